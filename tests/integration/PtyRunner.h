// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliRunner.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QProcessEnvironment>
#include <QStringList>

#include <cerrno>
#include <csignal>
#include <functional>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

namespace smsc::test {

//! What one run under a pseudo-terminal produced: stdout and stderr both went to the terminal.
struct PtyResult
{
    int exitCode = -1;
    QByteArray screen;   //!< every byte the program wrote, in order
    QString problem;     //!< why the run could not be completed (empty when it was)
};

/*!
 * Runs the real sms-consistency-cli on the slave side of a pseudo-terminal (forkpty), as a user
 * at a terminal would: isatty() is true for stdin, stdout and stderr. Output post-processing is
 * off (a "\n" stays "\n"), and Ctrl+C typed on the terminal sends SIGINT like a real one.
 * `onOutput` sees the screen so far after every read and may type into the terminal.
 */
class PtyRunner final
{
public:
    using Watcher = std::function<void(const QByteArray &screen, int masterFd)>;

    static PtyResult run(const QStringList &arguments, const QProcessEnvironment &env, unsigned short columns = 120,
                         const Watcher &onOutput = {}, int timeoutMs = 60000)
    {
        PtyResult r;
        termios mode = {};
        mode.c_cflag = CS8 | CREAD;
        mode.c_lflag = ISIG;  // no echo, no canonical input, no output translation; ^C is SIGINT
        mode.c_cc[VINTR] = 3;
        mode.c_cc[VMIN] = 1;
        cfsetispeed(&mode, B38400);
        cfsetospeed(&mode, B38400);
        winsize size = {};
        size.ws_row = 24;
        size.ws_col = columns;

        QList<QByteArray> argStore{QFile::encodeName(CliRunner::program())};
        for (const QString &a : arguments)
            argStore << a.toUtf8();
        QList<QByteArray> envStore;
        for (const QString &entry : env.toStringList())
            envStore << entry.toUtf8();
        std::vector<char *> argv, envp;
        for (QByteArray &a : argStore)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        for (QByteArray &e : envStore)
            envp.push_back(e.data());
        envp.push_back(nullptr);

        int master = -1;
        const pid_t pid = ::forkpty(&master, nullptr, &mode, &size);
        if (pid < 0) {
            r.problem = u"forkpty failed: %1"_s.arg(QString::fromLocal8Bit(std::strerror(errno)));
            return r;
        }
        if (pid == 0) {
            ::execve(argv[0], argv.data(), envp.data());
            ::_exit(127);
        }
        QDeadlineTimer deadline(timeoutMs);
        char buffer[4096];
        for (;;) {
            pollfd p = {master, POLLIN, 0};
            const int ready = ::poll(&p, 1, int(std::min<qint64>(deadline.remainingTime(), 200)));
            if (deadline.hasExpired()) {
                ::kill(pid, SIGKILL);
                r.problem = u"timed out"_s;
                break;
            }
            if (ready <= 0)
                continue;
            const ssize_t n = ::read(master, buffer, sizeof buffer);
            if (n <= 0)
                break;  // EIO: every slave descriptor is closed, the program has ended
            r.screen.append(buffer, n);
            if (onOutput)
                onOutput(r.screen, master);
        }
        int status = 0;
        ::waitpid(pid, &status, 0);
        ::close(master);
        r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : (WIFSIGNALED(status) ? 128 + WTERMSIG(status) : -1);
        return r;
    }
};

} // namespace smsc::test
