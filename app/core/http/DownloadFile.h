// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/ApiError.h"
#include "util/Outcome.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace smsc {

/*!
 * The destination of a downloaded body, written as it arrives and made visible atomically:
 * the file appears under its name only after commit(); a discard, a failure or a crash leaves
 * nothing behind (an unnamed O_TMPFILE in the same folder, or a hidden O_EXCL|O_NOFOLLOW file
 * where the file system lacks it). A symbolic link at the final name is never written through,
 * and commit() never replaces a name taken meanwhile (docs/PLATFORM.md "Saving files").
 */
class DownloadFile final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::DownloadFile)
public:
    enum class Existing {
        Refuse,          //!< a name taken at open() (a link too) is an error; taken at commit(): the next free name
        Overwrite,       //!< replace it atomically; a link at the name is replaced itself, never its target
        PickUniqueName,  //!< save as "name (1).ext", "name (2).ext", … instead
    };

    explicit DownloadFile(QString path, Existing existing = Existing::Refuse);
    ~DownloadFile();  //!< discards an uncommitted file
    DownloadFile(const DownloadFile &) = delete;
    DownloadFile &operator=(const DownloadFile &) = delete;

    // A failure's message is error().headline, its detail error().technicalDetail (the OS's own
    // reason); a refused existing file or link is FailureKind::Exists.

    //! Starts a fresh temporary file (again after discard()).
    Outcome<void> open();
    //! Appends bytes; fails when the disk refuses them.
    Outcome<void> write(const QByteArray &bytes);
    //! Makes the file visible under path(); nothing is left when it fails.
    Outcome<void> commit();
    //! Throws away everything written; nothing is left on disk.
    void discard();

    QString path() const { return m_path; }   //!< final path (a taken name resolved by open() and commit())
    QString requestedPath() const { return m_requestedPath; }
    qint64 size() const { return m_size; }    //!< bytes written since open()
    bool isOpen() const { return m_fd >= 0; }
    //! True after a commit() that replaced a symbolic link at the name (Existing::Overwrite).
    bool replacedLink() const { return m_replacedLink; }
    //! The last failure as the download's result reports it.
    const ApiError &error() const { return m_error; }

    //! `path` itself when free, else "stem (n).ext" with the first free n (up to 9999); a
    //! dangling link counts as taken.
    static QString uniquePath(const QString &path);

private:
    Outcome<void> fail(ApiError error, FailureKind kind = FailureKind::Failed);
    Outcome<void> failWithErrno(int error, const QString &path);
    int createTemporary(const QString &folder);
    int linkTemporary(const QString &to) const;
    int publishNoReplace();
    int publishReplacing();
    void closeFd();

    QString m_requestedPath;
    QString m_path;
    Existing m_existing;
    int m_fd = -1;
    QString m_tempPath;  // empty for an unnamed (O_TMPFILE) file
    qint64 m_size = 0;
    bool m_replacedLink = false;
    ApiError m_error;
};

} // namespace smsc
