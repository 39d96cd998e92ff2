// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/DownloadFile.h"

#include "errors/ErrorMapper.h"
#include "util/FileOps.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

constexpr int kDownloadNumberedNames = 10000;
constexpr int kDownloadHiddenNameTries = 100;

QByteArray nativePath(const QString &path)
{
    return QFile::encodeName(path);
}

QString hiddenDownloadName(const QString &path)
{
    const QFileInfo info(path);
    const QString name = u".%1.%2.part"_s.arg(info.fileName().left(200))
                             .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    return QDir(info.path()).filePath(name);
}

} // namespace

DownloadFile::DownloadFile(QString path, Existing existing)
    : m_requestedPath(QDir::cleanPath(path))
    , m_path(m_requestedPath)
    , m_existing(existing)
{
}

DownloadFile::~DownloadFile()
{
    discard();
}

QString DownloadFile::uniquePath(const QString &path)
{
    for (int n = 0; n < kDownloadNumberedNames; ++n) {
        const QString candidate = FileOps::numberedPath(path, n);
        if (!FileOps::entryExists(candidate))
            return candidate;
    }
    return {};
}

Outcome<void> DownloadFile::fail(ApiError error, FailureKind kind)
{
    m_error = std::move(error);
    return Failure{m_error.headline, kind, m_error.technicalDetail};
}

Outcome<void> DownloadFile::failWithErrno(int error, const QString &path)
{
    return fail(ErrorMapper::localFile(path, FileOps::osReason(error)),
                error == EEXIST ? FailureKind::Exists : FailureKind::Failed);
}

Outcome<void> DownloadFile::open()
{
    discard();
    m_error = {};
    m_size = 0;
    m_replacedLink = false;
    m_path = m_requestedPath;
    if (m_existing == Existing::PickUniqueName)
        m_path = uniquePath(m_requestedPath);
    if (m_path.isEmpty())
        return fail(ErrorMapper::localFile(m_requestedPath, tr("No free file name is left in this folder.")));
    struct stat info = {};
    if (::lstat(nativePath(m_path).constData(), &info) == 0) {
        if (S_ISDIR(info.st_mode))
            return fail(ErrorMapper::localFile(m_path, tr("A folder of that name exists.")));
        if (S_ISLNK(info.st_mode) && m_existing != Existing::Overwrite) {
            return fail(ErrorMapper::localFile(m_path, tr("It is a symbolic link; a file is never written through a link.")),
                        FailureKind::Exists);
        }
        if (m_existing == Existing::Refuse)
            return fail(ErrorMapper::fileExists(m_path), FailureKind::Exists);
    } else if (errno != ENOENT) {
        return failWithErrno(errno, m_path);
    }
    if (const int error = createTemporary(QFileInfo(m_path).path()); error != 0)
        return failWithErrno(error, m_path);
    return {};
}

int DownloadFile::createTemporary(const QString &folder)
{
    m_tempPath.clear();
    m_fd = ::open(nativePath(folder).constData(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
    if (m_fd >= 0)
        return 0;
    const int error = errno;
    // EISDIR: a kernel without O_TMPFILE sees O_DIRECTORY; EOPNOTSUPP: a file system without it.
    if (error != EOPNOTSUPP && error != EISDIR && error != EINVAL)
        return error;
    for (int attempt = 0; attempt < kDownloadHiddenNameTries; ++attempt) {
        const QString candidate = hiddenDownloadName(m_path);
        m_fd = ::open(nativePath(candidate).constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (m_fd >= 0) {
            m_tempPath = candidate;
            return 0;
        }
        if (errno != EEXIST)
            return errno;
    }
    return EEXIST;
}

Outcome<void> DownloadFile::write(const QByteArray &bytes)
{
    if (!isOpen())
        return fail(ErrorMapper::localFile(m_path, tr("The file is not open for writing.")));
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(m_fd, data, size_t(left));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            Outcome<void> failed = failWithErrno(errno, m_path);
            discard();
            return failed;
        }
        data += written;
        left -= written;
    }
    m_size += bytes.size();
    return {};
}

int DownloadFile::linkTemporary(const QString &to) const
{
    // linkat(AT_EMPTY_PATH) needs CAP_DAC_READ_SEARCH; the /proc form works for everyone.
    const QByteArray target = nativePath(to);
    const QByteArray self = "/proc/self/fd/" + QByteArray::number(m_fd);
    if (::linkat(AT_FDCWD, self.constData(), AT_FDCWD, target.constData(), AT_SYMLINK_FOLLOW) == 0)
        return 0;
    const int error = errno;
    if (error != ENOENT || QFileInfo::exists(u"/proc/self/fd"_s))
        return error;
    return ::linkat(m_fd, "", AT_FDCWD, target.constData(), AT_EMPTY_PATH) == 0 ? 0 : errno;
}

int DownloadFile::publishNoReplace()
{
    for (int n = 0; n < kDownloadNumberedNames; ++n) {
        const QString candidate = FileOps::numberedPath(m_requestedPath, n);
        const int error = m_tempPath.isEmpty() ? linkTemporary(candidate) : FileOps::moveNoReplace(m_tempPath, candidate);
        if (error == 0) {
            m_path = candidate;
            m_tempPath.clear();
            return 0;
        }
        if (error != EEXIST)
            return error;
    }
    return EEXIST;
}

int DownloadFile::publishReplacing()
{
    m_replacedLink = FileOps::isSymLink(m_path);
    if (!m_tempPath.isEmpty()) {
        const int error = FileOps::moveReplacing(m_tempPath, m_path);
        if (error == 0)
            m_tempPath.clear();
        return error;
    }
    // An unnamed file gets a hidden name first: only rename(2) replaces a name atomically.
    for (int attempt = 0; attempt < kDownloadHiddenNameTries; ++attempt) {
        const QString hidden = hiddenDownloadName(m_path);
        const int linked = linkTemporary(hidden);
        if (linked == EEXIST)
            continue;
        if (linked != 0)
            return linked;
        const int error = FileOps::moveReplacing(hidden, m_path);
        if (error != 0)
            ::unlink(nativePath(hidden).constData());
        return error;
    }
    return EEXIST;
}

Outcome<void> DownloadFile::commit()
{
    if (!isOpen())
        return fail(ErrorMapper::localFile(m_path, tr("The file is not open for writing.")));
    // A full disk may only show here (delayed allocation); then nothing becomes visible.
    if (::fsync(m_fd) != 0) {
        Outcome<void> failed = failWithErrno(errno, m_path);
        discard();
        return failed;
    }
    const int error = m_existing == Existing::Overwrite ? publishReplacing() : publishNoReplace();
    if (error != 0) {
        Outcome<void> failed = failWithErrno(error, m_path);
        discard();
        return failed;
    }
    closeFd();
    return {};
}

void DownloadFile::closeFd()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

void DownloadFile::discard()
{
    closeFd();
    if (!m_tempPath.isEmpty())
        ::unlink(nativePath(m_tempPath).constData());
    m_tempPath.clear();
}

} // namespace smsc
