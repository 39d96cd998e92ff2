#include "http/DownloadFile.h"

#include "errors/ErrorMapper.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace smsc {

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

bool DownloadFile::isOpen() const
{
    return m_file && m_file->isOpen();
}

QString DownloadFile::uniquePath(const QString &path)
{
    if (!QFileInfo::exists(path))
        return path;
    const QFileInfo info(path);
    const QString suffix = info.completeSuffix();
    const QString stem = suffix.isEmpty() ? info.fileName() : info.fileName().chopped(suffix.size() + 1);
    for (int n = 1; n < 10000; ++n) {
        const QString name = suffix.isEmpty() ? u"%1 (%2)"_s.arg(stem).arg(n)
                                              : u"%1 (%2).%3"_s.arg(stem).arg(n).arg(suffix);
        const QString candidate = info.dir().filePath(name);
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
    return {};
}

Outcome<void> DownloadFile::fail(ApiError error, FailureKind kind)
{
    m_error = std::move(error);
    return Failure{m_error.headline, kind, m_error.technicalDetail};
}

Outcome<void> DownloadFile::open()
{
    discard();
    m_error = {};
    m_size = 0;
    m_path = m_requestedPath;
    if (m_existing == Existing::PickUniqueName)
        m_path = uniquePath(m_requestedPath);
    if (m_path.isEmpty())
        return fail(ErrorMapper::localFile(m_requestedPath, tr("No free file name is left in this folder.")));
    const QFileInfo info(m_path);
    if (info.isDir())
        return fail(ErrorMapper::localFile(m_path, tr("A folder of that name exists.")));
    if (m_existing == Existing::Refuse && info.exists())
        return fail(ErrorMapper::fileExists(m_path), FailureKind::Exists);
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString reason = m_file->errorString();
        m_file.reset();
        return fail(ErrorMapper::localFile(m_path, reason));
    }
    return {};
}

Outcome<void> DownloadFile::write(const QByteArray &bytes)
{
    if (!isOpen())
        return fail(ErrorMapper::localFile(m_path, tr("The file is not open for writing.")));
    if (m_file->write(bytes) != bytes.size()) {
        Outcome<void> failed = fail(ErrorMapper::localFile(m_path, m_file->errorString()));
        discard();
        return failed;
    }
    m_size += bytes.size();
    return {};
}

Outcome<void> DownloadFile::commit()
{
    if (!isOpen())
        return fail(ErrorMapper::localFile(m_path, tr("The file is not open for writing.")));
    // Someone may have created the file while the download ran: do not replace it silently.
    if (m_existing != Existing::Overwrite && QFileInfo::exists(m_path)) {
        Outcome<void> failed = fail(ErrorMapper::fileExists(m_path), FailureKind::Exists);
        discard();
        return failed;
    }
    if (!m_file->commit()) {
        Outcome<void> failed = fail(ErrorMapper::localFile(m_path, m_file->errorString()));
        m_file.reset();
        return failed;
    }
    m_file.reset();
    return {};
}

void DownloadFile::discard()
{
    if (!m_file)
        return;
    m_file->cancelWriting();
    m_file.reset();  // QSaveFile's destructor removes the temporary file
}

} // namespace smsc
