// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/SafeFile.h"

#include "util/FileOps.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

//! Closes a descriptor when it goes out of scope.
struct Descriptor
{
    int fd = -1;
    ~Descriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

int writeAll(int fd, const QByteArray &data)
{
    qint64 done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        done += n;
    }
    return 0;
}

QString tooLarge(qint64 maxBytes)
{
    constexpr qint64 mib = 1024 * 1024;
    if (maxBytes >= mib && maxBytes % mib == 0)
        return SafeFile::tr("it is larger than %1 MiB").arg(maxBytes / mib);
    return SafeFile::tr("it is larger than %1 bytes").arg(maxBytes);
}

} // namespace

Outcome<QByteArray> SafeFile::read(const QString &path, qint64 maxBytes, Links links)
{
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, for ever.
    int flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY;
    if (links == Links::Refuse)
        flags |= O_NOFOLLOW;
    Descriptor file{::open(QFile::encodeName(path).constData(), flags)};
    if (file.fd < 0) {
        const int error = errno;
        if (error == ELOOP && links == Links::Refuse && FileOps::isSymLink(path))
            return Failure{tr("it is a symbolic link")};
        return Failure{FileOps::osReason(error), error == ENOENT ? FailureKind::NotFound : FailureKind::Failed};
    }
    struct stat info = {};
    if (::fstat(file.fd, &info) != 0)
        return Failure{FileOps::osReason(errno)};
    if (!S_ISREG(info.st_mode))
        return Failure{tr("it is not a regular file")};
    if (info.st_size > maxBytes)
        return Failure{tooLarge(maxBytes)};
    QByteArray data;
    data.reserve(qsizetype(info.st_size));
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(file.fd, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return Failure{FileOps::osReason(errno)};
        }
        if (n == 0)
            break;
        if (data.size() + n > maxBytes)  // it grew while being read
            return Failure{tooLarge(maxBytes)};
        data.append(buffer, qsizetype(n));
    }
    return data;
}

Outcome<void> SafeFile::checkRegular(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        const int error = errno;
        return Failure{FileOps::osReason(error), error == ENOENT ? FailureKind::NotFound : FailureKind::Failed};
    }
    if (!S_ISREG(info.st_mode))
        return Failure{tr("it is not a regular file")};
    return {};
}

Outcome<void> SafeFile::write(const QString &path, const QByteArray &data)
{
    const QFileInfo info(path);
    const QDir folder(info.absolutePath());
    // A new name beside the target (O_EXCL: never one that exists, a link included), so the rename
    // stays on one file system; 0666 lets the umask decide the mode, as for any new file.
    QByteArray tempName;
    Descriptor temp;
    for (int attempt = 0; attempt < 100 && temp.fd < 0; ++attempt) {
        const QString suffix = QString::number(QRandomGenerator::global()->generate64(), 36);
        tempName = QFile::encodeName(folder.filePath(u".%1.%2.tmp"_s.arg(info.fileName(), suffix)));
        temp.fd = ::open(tempName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (temp.fd < 0 && errno != EEXIST)
            return Failure{FileOps::osReason(errno)};
    }
    if (temp.fd < 0)
        return Failure{FileOps::osReason(EEXIST)};
    const QString tempPath = QFile::decodeName(tempName);
    int error = writeAll(temp.fd, data);
    // A file replaced keeps its mode (as QSaveFile did): a history made private stays private.
    struct stat existing = {};
    if (error == 0 && ::lstat(QFile::encodeName(path).constData(), &existing) == 0 && S_ISREG(existing.st_mode)
        && ::fchmod(temp.fd, existing.st_mode & 07777) != 0)
        error = errno;
    if (error == 0 && ::fsync(temp.fd) != 0)
        error = errno;
    const int closed = ::close(temp.fd);
    temp.fd = -1;
    if (error == 0 && closed != 0)
        error = errno;
    // rename(2) replaces the name itself: a link there is replaced, never written through.
    if (error == 0)
        error = FileOps::moveReplacing(tempPath, path);
    if (error != 0) {
        ::unlink(tempName.constData());
        return Failure{FileOps::osReason(error)};
    }
    return {};
}

} // namespace smsc
