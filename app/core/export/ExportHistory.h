// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/BatchManifest.h"
#include "export/ExportJob.h"
#include "profile/credentials/Credentials.h"
#include "rows/TaskRow.h"
#include "util/Outcome.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace smsc {

//! One export as the history view shows it. Holds no secret (the texts are scrubbed on the way in).
struct HistoryEntry
{
    QDateTime timeUtc;
    QString profile;
    QString endpoint;
    QList<TaskRow> rows;     //!< for "Load these rows again"
    QString requestId;
    QString outcome;         //!< "ok", "no_file", or an errorKindId() such as "permission"
    int httpStatus = 0;
    QString errorCode;
    QString errorMessage;    //!< the headline shown under "Show error"
    QString filePath;        //!< the saved file (ok only)
    qint64 bytes = 0;
    //! A batch run (README.md "Batch export"): its manifest and totals; the rows stay in its rows file.
    QString manifestPath;
    int batchesSaved = 0;
    int batchesFailed = 0;
    int batchesPending = 0;
    int batchRows = 0;

    bool isBatchRun() const { return !manifestPath.isEmpty(); }
    int rowCount() const { return isBatchRun() ? batchRows : int(rows.size()); }
    bool ok() const { return outcome == u"ok"; }
    QJsonObject toJson() const;
    static std::optional<HistoryEntry> fromJson(const QJsonObject &object);
    //! An entry for a finished export; `credentials` only serve to scrub any secret out of the texts.
    static HistoryEntry fromOutcome(const ExportOutcome &outcome, const QString &profile,
                                    const QList<TaskRow> &rows, const Credentials &credentials,
                                    const QDateTime &timeUtc = QDateTime::currentDateTimeUtc());
    //! One entry for a whole batch run, from its manifest as it stands (outcome "ok" when every batch is saved).
    static HistoryEntry fromManifest(const BatchManifest &manifest, const QString &manifestPath,
                                     const QDateTime &timeUtc = QDateTime::currentDateTimeUtc());
};

/*!
 * The export history: a JSON file in the app-data folder, appended after every export, written
 * atomically (QSaveFile), capped to the newest entries. GUI and CLI share it (re-read before each write).
 */
class ExportHistory final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::ExportHistory)
public:
    static constexpr int kDefaultCap = 200;

    explicit ExportHistory(QString filePath = defaultPath(), int cap = kDefaultCap);
    //! <AppDataLocation>/export-history.json (call applyAppIdentity() first).
    static QString defaultPath();

    //! Reads the file; a missing file is an empty history.
    Outcome<void> load();
    //! Re-reads, appends (a batch run replaces its earlier entry), drops the oldest beyond the cap, saves atomically.
    //! A damaged file is kept as "<path>.damaged" and the history starts over.
    Outcome<void> append(const HistoryEntry &entry);
    //! Empties the history on disk.
    Outcome<void> clear();

    const QList<HistoryEntry> &entries() const { return m_entries; }  //!< oldest first
    QString path() const { return m_path; }
    int cap() const { return m_cap; }

private:
    Outcome<void> save();

    QString m_path;
    int m_cap;
    QList<HistoryEntry> m_entries;
};

} // namespace smsc
