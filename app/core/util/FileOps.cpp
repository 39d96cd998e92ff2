// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/FileOps.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace smsc {

QString FileOps::osReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

bool FileOps::entryExists(const QString &path)
{
    struct stat info = {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0;
}

bool FileOps::isSymLink(const QString &path)
{
    struct stat info = {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 && S_ISLNK(info.st_mode);
}

QString FileOps::numberedPath(const QString &path, int n)
{
    if (n <= 0)
        return path;
    const QFileInfo info(path);
    const QString suffix = info.completeSuffix();
    const QString stem = suffix.isEmpty() ? info.fileName() : info.fileName().chopped(suffix.size() + 1);
    const QString name = suffix.isEmpty() ? u"%1 (%2)"_s.arg(stem).arg(n) : u"%1 (%2).%3"_s.arg(stem).arg(n).arg(suffix);
    return QDir(info.path()).filePath(name);
}

int FileOps::moveNoReplace(const QString &from, const QString &to)
{
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
    if (::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    const int error = errno;
    if (error != EINVAL && error != ENOSYS && error != EOPNOTSUPP)
        return error;
    // A file system without RENAME_NOREPLACE: link(2) refuses a taken name just the same.
    if (::link(source.constData(), target.constData()) != 0)
        return errno;
    ::unlink(source.constData());
    return 0;
}

int FileOps::moveReplacing(const QString &from, const QString &to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return 0;
    return errno;
}

} // namespace smsc
