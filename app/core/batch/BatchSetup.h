// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/BatchManifest.h"
#include "batch/BatchPlan.h"
#include "util/Outcome.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace smsc {

/*!
 * What a batch run starts from, read and checked before anything is sent: the rows file (its
 * SHA-256 and its plan) and the manifest, fresh for a new run or read back for a resume. The one
 * set of checks the CLI's `export --batch`/`--resume` and the batch window share (README.md
 * "Batch export"): the rows file must be a regular file, every row is validated with the file's
 * line numbers, and on resume the endpoint must be the manifest's and the rows file's SHA-256 and
 * split equal to the recorded ones.
 */
class BatchSetup final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::BatchSetup)
public:
    QString rowsFile;        //!< absolute path
    QString rowsSha256;      //!< of the rows file's bytes (lower-case hex)
    BatchPlan plan;
    BatchManifest manifest;  //!< every batch pending for a new run; as recorded for a resume
    QString runFolder;       //!< the manifest's folder on resume; empty for a new run

    bool isResume() const { return !runFolder.isEmpty(); }

    //! Reads and validates `path`; a failure is one message naming the file line, field and rule.
    static Outcome<BatchSetup> fromRowsFile(const QString &path, int batchSize);
    //! Reads the manifest at `manifestPath` and its rows file, refusing a run recorded against
    //! another endpoint than `endpoint` (the connection's now) and a rows file that changed.
    static Outcome<BatchSetup> resume(const QString &manifestPath, const QString &endpoint);
    //! Refuses a rows file that exists but is not a regular file (a FIFO, a device): a run is
    //! resumed by reading it again. NotFound when nothing is there (the reader names that).
    static Outcome<void> checkRowsFile(const QString &path);
    //! Refuses a resume whose saved batches' files are gone, links or not of the recorded size:
    //! a saved batch is never sent again, so its file must be what the run saved.
    static Outcome<void> checkSavedFiles(const BatchManifest &manifest, const QString &runFolder);
    //! Writes `rows` as "rows.csv" into a new run folder (RunFolder) in `parent`; returns the file's path.
    static Outcome<QString> writeRowsFile(const QString &parent, const QList<TaskRow> &rows,
                                          const QDateTime &localTime);
    static QString rowsFileName() { return QStringLiteral("rows.csv"); }
};

} // namespace smsc
