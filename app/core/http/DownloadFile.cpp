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

bool DownloadFile::open()
{
    discard();
    m_error = {};
    m_size = 0;
    m_path = m_requestedPath;
    if (m_existing == Existing::PickUniqueName)
        m_path = uniquePath(m_requestedPath);
    if (m_path.isEmpty()) {
        m_error = ErrorMapper::localFile(m_requestedPath, tr("No free file name is left in this folder."));
        return false;
    }
    const QFileInfo info(m_path);
    if (info.isDir()) {
        m_error = ErrorMapper::localFile(m_path, tr("A folder of that name exists."));
        return false;
    }
    if (m_existing == Existing::Refuse && info.exists()) {
        m_error = ErrorMapper::fileExists(m_path);
        return false;
    }
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        m_error = ErrorMapper::localFile(m_path, m_file->errorString());
        m_file.reset();
        return false;
    }
    return true;
}

bool DownloadFile::write(const QByteArray &bytes)
{
    if (!isOpen()) {
        m_error = ErrorMapper::localFile(m_path, tr("The file is not open for writing."));
        return false;
    }
    if (m_file->write(bytes) != bytes.size()) {
        m_error = ErrorMapper::localFile(m_path, m_file->errorString());
        discard();
        return false;
    }
    m_size += bytes.size();
    return true;
}

bool DownloadFile::commit()
{
    if (!isOpen()) {
        m_error = ErrorMapper::localFile(m_path, tr("The file is not open for writing."));
        return false;
    }
    // Someone may have created the file while the download ran: do not replace it silently.
    if (m_existing != Existing::Overwrite && QFileInfo::exists(m_path)) {
        m_error = ErrorMapper::fileExists(m_path);
        discard();
        return false;
    }
    if (!m_file->commit()) {
        m_error = ErrorMapper::localFile(m_path, m_file->errorString());
        m_file.reset();
        return false;
    }
    m_file.reset();
    return true;
}

void DownloadFile::discard()
{
    if (!m_file)
        return;
    m_file->cancelWriting();
    m_file.reset();  // QSaveFile's destructor removes the temporary file
}

} // namespace smsc
