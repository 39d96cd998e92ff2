// SPDX-License-Identifier: GPL-3.0-or-later
#include "input/BodyFile.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QLocale>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace smsc::cli {

namespace {

// Closes the descriptor on every way out.
class Descriptor final
{
public:
    explicit Descriptor(int fd) : m_fd(fd) {}
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

Outcome<QByteArray> BodyFile::read(const QString &path, qint64 maxBytes, int timeoutMs)
{
    const QString sizeText = QLocale::c().formattedDataSize(maxBytes, 0);
    auto tooLarge = [&] {
        return Failure(tr("The body file %1 is larger than %2; no request body of this API is that large.")
                           .arg(path, sizeText));
    };
    auto tooSlow = [&] {
        return Failure(tr("The body file %1 did not end within %2 seconds (a pipe nobody writes to?).")
                           .arg(path, QString::number((timeoutMs + 999) / 1000)));
    };
    // Non-blocking: opening a FIFO without a writer must not wait, and no read may wait past the deadline.
    const Descriptor fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC));
    if (fd.get() < 0)
        return Failure(tr("The body file %1 cannot be read: %2").arg(path, systemError(errno)));
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0)
        return Failure(tr("The body file %1 cannot be read: %2").arg(path, systemError(errno)));
    if (S_ISDIR(info.st_mode))
        return Failure(tr("The body file %1 is a folder.").arg(path));
    if (S_ISREG(info.st_mode) && info.st_size > maxBytes)
        return tooLarge();

    QByteArray body;
    const QDeadlineTimer deadline(timeoutMs);
    char buffer[64 * 1024];
    while (true) {
        pollfd wait{fd.get(), POLLIN, 0};
        const int ready = ::poll(&wait, 1, int(deadline.remainingTime()));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready < 0)
            return Failure(tr("The body file %1 cannot be read: %2").arg(path, systemError(errno)));
        if (ready == 0)
            return tooSlow();
        const qint64 wanted = std::min<qint64>(qint64(sizeof buffer), maxBytes + 1 - body.size());
        const ssize_t got = ::read(fd.get(), buffer, size_t(wanted));
        if (got == 0)
            return body;
        if (got < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) {
                if (deadline.hasExpired())
                    return tooSlow();
                continue;
            }
            return Failure(tr("The body file %1 cannot be read: %2").arg(path, systemError(errno)));
        }
        body.append(buffer, got);
        if (body.size() > maxBytes)
            return tooLarge();
    }
}

} // namespace smsc::cli
