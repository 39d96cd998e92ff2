#pragma once

#include <QCoreApplication>
#include <QString>

namespace smsc {

//! Outcome of moving a finished download into the export folder.
struct PlaceResult
{
    enum class Status { Placed, Exists, Failed };
    Status status = Status::Failed;
    QString path;   //!< the final path (Placed) or the existing file's path (Exists)
    QString error;  //!< translated, for Failed
};

/*!
 * Moves a file downloaded into a staging folder (inside the export folder, so the move is a
 * rename on the same disk) to its final name, never overwriting without being told to.
 */
class ExportFilePlacer final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::ExportFilePlacer)
public:
    enum class Conflict { Ask, Replace, KeepBoth };

    //! Moves `stagedFile` into `folder` under its own name; Ask returns Exists when that name is taken.
    static PlaceResult place(const QString &stagedFile, const QString &folder, Conflict conflict);
    //! Human-readable size, e.g. "12.3 KB (12,345 bytes)", in the current locale.
    static QString formatSize(qint64 bytes);
};

} // namespace smsc
