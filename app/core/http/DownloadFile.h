#pragma once

#include "errors/ApiError.h"
#include "util/Outcome.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <memory>

class QSaveFile;

namespace smsc {

/*!
 * The destination of a downloaded body, written as it arrives and made visible atomically:
 * the file appears under its name only after commit(); a discard, a failure or a crash leaves
 * nothing behind (QSaveFile writes to an unnamed or hidden temporary file in the same folder).
 */
class DownloadFile final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::DownloadFile)
public:
    enum class Existing {
        Refuse,          //!< an existing file is an error (checked at open and again at commit)
        Overwrite,       //!< replace it atomically
        PickUniqueName,  //!< save as "name (1).ext", "name (2).ext", … instead
    };

    explicit DownloadFile(QString path, Existing existing = Existing::Refuse);
    ~DownloadFile();  //!< discards an uncommitted file
    DownloadFile(const DownloadFile &) = delete;
    DownloadFile &operator=(const DownloadFile &) = delete;

    // A failure's message is error().headline, its detail error().technicalDetail; a refused
    // existing file is FailureKind::Exists.

    //! Starts a fresh temporary file (again after discard()).
    Outcome<void> open();
    //! Appends bytes; fails when the disk refuses them.
    Outcome<void> write(const QByteArray &bytes);
    //! Makes the file visible under path(); nothing is left when it fails.
    Outcome<void> commit();
    //! Throws away everything written; nothing is left on disk.
    void discard();

    QString path() const { return m_path; }   //!< final path (unique name resolved by open())
    qint64 size() const { return m_size; }    //!< bytes written since open()
    bool isOpen() const;
    //! The last failure as the download's result reports it.
    const ApiError &error() const { return m_error; }

    //! `path` itself when free, else "stem (n).ext" with the first free n (up to 9999).
    static QString uniquePath(const QString &path);

private:
    Outcome<void> fail(ApiError error, FailureKind kind = FailureKind::Failed);

    QString m_requestedPath;
    QString m_path;
    Existing m_existing;
    std::unique_ptr<QSaveFile> m_file;
    qint64 m_size = 0;
    ApiError m_error;
};

} // namespace smsc
