// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/BatchManifest.h"
#include "batch/BatchPlan.h"
#include "errors/ApiError.h"
#include "http/RequestRecord.h"
#include "profile/credentials/Credentials.h"
#include "profile/Profile.h"

#include <QDateTime>
#include <QObject>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace smsc {

struct BatchRunOptions
{
    static constexpr int kMaxParallel = 4;
    static constexpr int kMaxRetries = 5;
    int parallel = 1;               //!< batches in flight at once (1–4)
    int retries = 0;                //!< repeats of a batch after 429, 5xx or a network error (0–5)
    int baseRetryDelayMs = 1000;    //!< first backoff step (Retry-After wins when the service sends one)
};

//! How a batch run ended.
struct BatchRunSummary
{
    int saved = 0;
    int failed = 0;
    int pending = 0;
    qint64 rowsSaved = 0;
    qint64 bytes = 0;                //!< bytes of every saved file of the run folder
    bool stoppedByRejection = false; //!< a 401/403 ended the run
    bool cancelled = false;
    QString manifestError;           //!< the manifest could not be written (the run stopped there)
};

/*!
 * A batch run: every batch of the manifest that is not saved, sent as one ExportJob each (up to
 * `parallel` at once, on one network manager), saved as "batch-NNN-<the service's name>" in the
 * run folder, with the manifest rewritten after every batch. 429, 5xx and network errors are
 * retried per batch; a 401 or 403 stops the run at once, because the gateway locks a key after
 * repeated failures (docs/SERVICE.md "Retries and the lockout"): the batches not sent stay pending
 * and are never retried. cancel() stops sending; unfinished batches become pending and nothing
 * half-written remains. Emits finished() exactly once.
 */
class BatchRun final : public QObject
{
    Q_OBJECT
public:
    //! `batches` is the plan of the whole rows file; `manifest` says which are still to be sent.
    BatchRun(QNetworkAccessManager *network, Profile profile, Credentials credentials, QList<BatchSlice> batches,
             BatchManifest manifest, QString runFolder, BatchRunOptions options, QObject *parent = nullptr);
    ~BatchRun() override;

    void setClock(std::function<QDateTime()> utcNow);  //!< signing clock; default: current UTC

    void start();
    void cancel();
    const BatchManifest &manifest() const;
    QString manifestPath() const;

    //! "batch-007-" for index 7 (three digits at least, so names sort in order up to 999).
    static QString filePrefix(int index);

signals:
    //! A batch ended (saved, failed, or pending again after a cancel); `error` kind None when saved.
    //! `request` and `curlCommand` are its last request, redacted (ExportOutcome), for the error dialog.
    void batchFinished(const smsc::BatchRecord &record, const smsc::ApiError &error, const smsc::RequestRecord &request,
                       const QString &curlCommand);
    void finished(const smsc::BatchRunSummary &summary);
    //! Bytes of batch `index`'s answer received so far (its ExportJob's progress; its current attempt),
    //! for a live count. Every chunk, unthrottled; jobs report it only while this signal has a receiver.
    void batchReceiving(int index, qint64 bytesReceived);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace smsc

Q_DECLARE_METATYPE(smsc::BatchRunSummary)
