// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/BatchRun.h"

#include "account/AccountIdCache.h"
#include "account/ProjectIdCache.h"
#include "batch/BatchManifestWriter.h"
#include "export/ExportJob.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMetaMethod>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

bool stopsTheRun(const ApiError &error)
{
    return error.httpStatus == 401 || error.httpStatus == 403;
}

} // namespace

struct BatchRun::Private
{
    BatchRun *q = nullptr;
    QPointer<QNetworkAccessManager> network;
    Profile profile;
    Credentials credentials;
    QList<BatchSlice> batches;
    BatchManifest manifest;
    BatchManifestWriter manifestWriter;  // rewrites only the lines of batches that changed
    QString folder;
    BatchRunOptions options;
    std::function<QDateTime()> clock;
    AccountIdCache accountIds;
    ProjectIdCache projectIds;
    QList<int> queue;                  // positions in `batches` still to send, in order
    QHash<int, QPointer<ExportJob>> running;  // position -> its job
    QSet<int> waitingToRetry;          // positions whose job waits out a backoff (nothing on the wire)
    BatchRunSummary summary;
    bool started = false;
    bool stopping = false;
    bool finished = false;

    QString manifestPath() const { return QDir(folder).filePath(BatchManifest::fileName()); }

    bool writeManifest()
    {
        const Outcome<void> written = manifestWriter.write(manifest, manifestPath());
        if (written.ok())
            return true;
        if (summary.manifestError.isEmpty())
            summary.manifestError = written.error();
        stopping = true;
        return false;
    }

    void launchMore()
    {
        while (!stopping && !queue.isEmpty() && running.size() < options.parallel)
            launch(queue.takeFirst());
        finishIfDone();
    }

    void launch(int position)
    {
        const BatchSlice &slice = batches.at(position);
        OutputOptions output;
        output.directory = folder;
        output.namePrefix = filePrefix(slice.index);
        // A file of this batch left by a run that stopped before its manifest was written keeps its name.
        output.uniqueName = true;
        Profile batchProfile = profile;
        batchProfile.transport.retryTransient = options.retries > 0;
        batchProfile.transport.maxAttempts = options.retries + 1;
        auto *job = new ExportJob(network, batchProfile, credentials, slice.rows, output, q);
        job->setAccountIdCache(&accountIds);
        job->setProjectIdCache(&projectIds);
        job->setBaseRetryDelayMs(options.baseRetryDelayMs);
        if (clock)
            job->setClock(clock);
        running.insert(position, job);
        QObject::connect(job, &ExportJob::requestSent, q, [this, position] { waitingToRetry.remove(position); });
        if (q->isSignalConnected(QMetaMethod::fromSignal(&BatchRun::batchReceiving))) {
            QObject::connect(job, &ExportJob::progress, q, [this, index = slice.index](qint64 received, qint64) {
                emit q->batchReceiving(index, received);
            });
        }
        QObject::connect(job, &ExportJob::retrying, q, [this, position, job] {
            waitingToRetry.insert(position);
            if (stopping)
                job->cancel();  // the run stopped while this batch was on the wire: no further attempt
        });
        QObject::connect(job, &ExportJob::finished, q, [this, position, job](const ExportOutcome &outcome) {
            job->deleteLater();
            running.remove(position);
            waitingToRetry.remove(position);
            onBatchFinished(position, outcome);
        });
        job->start();
    }

    void onBatchFinished(int position, const ExportOutcome &outcome)
    {
        BatchRecord &record = manifest.batches[position];
        const BatchSlice &slice = batches.at(position);
        record = BatchRecord::pending(record.index, record.firstRow, record.rows);
        ApiError error = outcome.error;
        record.requestId = outcome.requestId;
        record.httpStatus = outcome.httpStatus;
        record.attempts = outcome.attempts;
        if (error.kind == ErrorKind::Cancelled) {
            record = BatchRecord::pending(record.index, record.firstRow, record.rows);  // not finished: sent again later
        } else if (outcome.ok() && !outcome.noFile) {
            record.status = BatchStatus::Saved;
            record.file = QFileInfo(outcome.filePath).fileName();
            record.bytes = QFileInfo(outcome.filePath).size();
            record.sha256 = sha256Of(outcome.filePath);
            summary.rowsSaved += slice.rows.size();
            summary.bytes += record.bytes;
        } else {
            if (outcome.ok())  // 2xx without a file: nothing to keep, the batch did not succeed
                error = noFileError(outcome);
            record.status = BatchStatus::Failed;
            record.errorKind = errorKindId(error.kind);
            record.errorCode = error.errorCode;
            record.errorMessage = error.errorMsg.isEmpty() ? error.headline : error.errorMsg;
            // A file that could not be saved: the OS's reason (disk full, permission) is the message.
            if (error.kind == ErrorKind::LocalFile && !error.technicalDetail.isEmpty())
                record.errorMessage = BatchRun::tr("%1 (%2)").arg(error.headline, error.technicalDetail);
            if (stopsTheRun(error) && !stopping) {
                summary.stoppedByRejection = true;
                stopRunning(KeepSent);
            }
        }
        writeManifest();
        emit q->batchFinished(record, error, outcome.request, outcome.curlCommand);
        launchMore();
    }

    ApiError noFileError(const ExportOutcome &outcome) const
    {
        ApiError error;
        error.kind = ErrorKind::Server;
        error.httpStatus = outcome.httpStatus;
        error.requestId = outcome.requestId;
        error.headline = BatchRun::tr("The service answered without a file.");
        return error;
    }

    enum StopMode { CancelAll, KeepSent };

    /*!
     * Stops sending. A cancel aborts every job. A rejection keeps the batches already on the wire:
     * they were sent with that key before the answer came, so letting them end adds no attempt, and
     * aborting them would make a resume send them a second time. A job not yet sending, or waiting
     * out a backoff, is cancelled, and a job on the wire is cancelled if it asks to retry.
     */
    void stopRunning(StopMode mode)
    {
        stopping = true;
        // A cancel may report at once and so change `running`: walk a copy.
        const QList<int> positions = running.keys();
        for (const int position : positions) {
            const QPointer<ExportJob> job = running.value(position);
            if (!job)
                continue;
            const bool onTheWire = job->stage() >= ExportJob::Stage::Sending && !waitingToRetry.contains(position);
            if (mode == CancelAll || !onTheWire)
                job->cancel();  // comes back Cancelled: pending, its partial file removed
        }
    }

    void finishIfDone()
    {
        if (finished || !started || !running.isEmpty() || (!queue.isEmpty() && !stopping))
            return;
        finished = true;
        summary.saved = manifest.count(BatchStatus::Saved);
        summary.failed = manifest.count(BatchStatus::Failed);
        summary.pending = manifest.count(BatchStatus::Pending);
        const BatchRunSummary result = summary;
        QMetaObject::invokeMethod(q, [this, result] { emit q->finished(result); }, Qt::QueuedConnection);
    }
};

BatchRun::BatchRun(QNetworkAccessManager *network, Profile profile, Credentials credentials, QList<BatchSlice> batches,
                   BatchManifest manifest, QString runFolder, BatchRunOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->network = network;
    d->profile = std::move(profile);
    d->credentials = std::move(credentials);
    d->batches = std::move(batches);
    d->manifest = std::move(manifest);
    d->folder = std::move(runFolder);
    d->options = options;
    d->options.parallel = std::clamp(d->options.parallel, 1, BatchRunOptions::kMaxParallel);
    d->options.retries = std::clamp(d->options.retries, 0, BatchRunOptions::kMaxRetries);
}

BatchRun::~BatchRun() = default;

void BatchRun::setClock(std::function<QDateTime()> utcNow) { d->clock = std::move(utcNow); }
const BatchManifest &BatchRun::manifest() const { return d->manifest; }
QString BatchRun::manifestPath() const { return d->manifestPath(); }

QString BatchRun::filePrefix(int index)
{
    return u"batch-%1-"_s.arg(index, 3, 10, QLatin1Char('0'));
}

void BatchRun::start()
{
    if (d->started)
        return;
    d->started = true;
    Q_ASSERT(d->batches.size() == d->manifest.batches.size());
    const qsizetype count = std::min(d->batches.size(), d->manifest.batches.size());
    for (qsizetype i = 0; i < count; ++i) {
        const BatchRecord &record = d->manifest.batches.at(i);
        if (record.status == BatchStatus::Saved) {
            d->summary.rowsSaved += record.rows;
            d->summary.bytes += std::max<qint64>(0, record.bytes);
        } else {
            d->queue.append(int(i));
        }
    }
    // The manifest exists before the first request, so even a run killed at once can be resumed.
    if (d->writeManifest())
        d->launchMore();
    else
        d->finishIfDone();
}

void BatchRun::cancel()
{
    if (d->finished || d->summary.cancelled)
        return;
    d->summary.cancelled = true;
    d->stopRunning(Private::CancelAll);
    d->finishIfDone();
}

} // namespace smsc

