// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliTestHelpers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <memory>
#include <sys/prctl.h>
#include <linux/capability.h>
#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace smsc::test {

/*!
 * One sms-consistency-cli run the test watches while it runs: started without waiting, so the
 * test can act in the middle (send a signal, remove the folder) once /proc shows the stage.
 */
class CliProcess final
{
public:
    CliProcess(const CliRunner &cli, const QStringList &arguments, const QProcessEnvironment &env = {})
    {
        m_process.setProcessEnvironment(cli.merged(env));
        m_arguments = arguments;
    }
    ~CliProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    QProcess &process() { return m_process; }
    //! Without CAP_DAC_OVERRIDE: root then obeys folder modes, as every other user does.
    void dropFilePermissionOverride()
    {
        m_process.setChildProcessModifier([] {
            ::prctl(PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, 0, 0, 0);
            ::prctl(PR_CAPBSET_DROP, CAP_DAC_READ_SEARCH, 0, 0, 0);
        });
    }
    bool start()
    {
        m_process.start(CliRunner::program(), m_arguments);
        return m_process.waitForStarted(10000);
    }
    pid_t pid() const { return pid_t(m_process.processId()); }

    //! True once the process holds a file descriptor on `path` or on something inside folder `path`.
    bool holdsFileIn(const QString &path) const
    {
        const QDir fds(u"/proc/%1/fd"_s.arg(pid()));
        for (const QString &fd : fds.entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot)) {
            char link[4096];
            const ssize_t size = ::readlink(QFile::encodeName(fds.filePath(fd)).constData(), link, sizeof link);
            // Not QFile::symLinkTarget: an unnamed O_TMPFILE reads "<folder>/#123 (deleted)", verbatim.
            const QString target = size > 0 ? QFile::decodeName(QByteArray(link, size)) : QString();
            if (target == path || target.startsWith(path + u'/'))
                return true;
        }
        return false;
    }
    bool waitUntilHolding(const QString &path, int timeoutMs = 30000) const
    {
        return QTest::qWaitFor([&] { return holdsFileIn(path) || m_process.state() == QProcess::NotRunning; }, timeoutMs)
            && m_process.state() != QProcess::NotRunning;
    }

    //! True once SIGINT and SIGTERM have handlers (SigCgt in /proc/PID/status): the CLI is past main()'s setup.
    bool catchesSignals() const
    {
        QFile status(u"/proc/%1/status"_s.arg(pid()));
        if (!status.open(QIODevice::ReadOnly))
            return false;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("SigCgt:")) {
                const quint64 caught = line.mid(7).trimmed().toULongLong(nullptr, 16);
                const quint64 wanted = (quint64(1) << (SIGINT - 1)) | (quint64(1) << (SIGTERM - 1));
                return (caught & wanted) == wanted;
            }
        }
        return false;
    }
    bool waitUntilCatchingSignals(int timeoutMs = 30000) const
    {
        return QTest::qWaitFor([&] { return catchesSignals(); }, timeoutMs);
    }

    //! Sends `signo` and waits for the end; `afterSignalMs` is how long the exit took.
    CliResult interrupt(int signo, qint64 *afterSignalMs)
    {
        QElapsedTimer clock;
        clock.start();
        ::kill(pid(), signo);
        CliResult r = finish(20000);
        *afterSignalMs = clock.elapsed();
        return r;
    }
    CliResult finish(int timeoutMs = 120000)
    {
        CliResult r;
        if (!m_process.waitForFinished(timeoutMs)) {
            m_process.kill();
            m_process.waitForFinished();
            r.err = "timed out";
            return r;
        }
        r.exitCode = m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
        r.out = m_process.readAllStandardOutput();
        r.err = m_process.readAllStandardError();
        return r;
    }

private:
    QProcess m_process;
    QStringList m_arguments;
};

//! Two busy loops while a race is repeated: interleavings that hide on an idle machine show.
class BusyCores final
{
public:
    BusyCores()
    {
        for (auto &loop : m_loops) {
            loop = std::make_unique<QProcess>();
            loop->start(u"/bin/sh"_s, {u"-c"_s, u"while :; do :; done"_s});
            loop->waitForStarted();
        }
    }
    ~BusyCores()
    {
        for (auto &loop : m_loops) {
            loop->kill();
            loop->waitForFinished();
        }
    }

private:
    std::unique_ptr<QProcess> m_loops[2];
};

} // namespace smsc::test
