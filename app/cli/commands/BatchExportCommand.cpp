// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/BatchExportCommand.h"

#include "batch/BatchSetup.h"
#include "batch/RunFolder.h"
#include "input/CommonOptions.h"
#include "output/Console.h"
#include "output/ExitCode.h"
#include "output/JsonReport.h"
#include "output/OutputTarget.h"
#include "output/ProgressLine.h"
#include "profile/endpoints/EndpointCatalogue.h"
#include "SignalWatcher.h"

#include <QDir>
#include <QJsonObject>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace smsc::cli {

namespace {

//! Which failure outranks which when batches fail differently (README.md "The command line").
int severity(int code)
{
    switch (code) {
    case Success: return 0;
    case ServiceFailure: return 1;
    case NetworkFailure: return 2;
    case SaveFailed: return 3;
    case Rejected: return 4;
    default: return 5;  // interrupted
    }
}

std::optional<int> integerOption(const QCommandLineParser &parser, const QCommandLineOption &option, int fallback)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

} // namespace

QString BatchExportCommand::name() const
{
    return u"export"_s;
}

QString BatchExportCommand::summary() const
{
    return tr("Export any number of rows in batches into a run folder, resumable.");
}

bool BatchExportCommand::wants(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument == u"--"_s)
            break;
        if (argument == u"--batch"_s || argument == u"--resume"_s || argument.startsWith(u"--resume="_s))
            return true;
    }
    return false;
}

void BatchExportCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Exports any number of rows in batches of at most 200, one request per batch, into a new run folder "
           "(sms-export-YYYYMMDD-HHMMSS in --output-dir) holding one file per batch and manifest.json, which "
           "records every batch. --resume sends only the batches that are not saved, into the same folder.\n"
           "Exit codes: 0 every batch saved; 2 invalid input or usage, or a changed rows file (nothing sent); "
           "3 stopped by a 401/403 or another 4xx; 4 a batch failed with 5xx after its retries; 5 network; "
           "6 credentials unavailable; 7 a file or the manifest could not be saved; 130 interrupted. When "
           "batches fail differently, 130 wins over 3, 3 over 7, 7 over 5, 5 over 4."));
    const CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption batch(u"batch"_s, tr("Split the rows into batches (see --batch-size)."));
    const QCommandLineOption resume(u"resume"_s, tr("Continue the run this manifest.json describes."), u"MANIFEST"_s);
    const QCommandLineOption rowsFile(u"rows"_s, tr("Read the rows from this CSV or TSV FILE (not stdin: a run "
                                                     "is resumed from the file)."), u"FILE"_s);
    const QCommandLineOption batchSize(u"batch-size"_s, tr("Rows per request, 1 to 200 (default 200)."), u"N"_s);
    const QCommandLineOption parallel(u"parallel"_s, tr("Batches sent at once, 1 to 4 (default 1)."), u"K"_s);
    const QCommandLineOption retry(u"retry"_s, tr("Repeat a batch after 429, 5xx or a network error up to N times, "
                                                   "0 to 5 (default 0); never after 401/403."), u"N"_s);
    const QCommandLineOption outputDir(u"output-dir"_s, tr("Create the run folder in this folder "
                                                            "(default: the current folder)."), u"DIR"_s);
    const QCommandLineOption language(u"language"_s, tr("X-Language header: en-us, zh-cn or none."), u"LANG"_s);
    const QCommandLineOption json(u"json"_s, tr("Print one JSON object with the totals on stdout."));
    parser.addOptions({batch, resume, rowsFile, batchSize, parallel, retry, outputDir, language, json});
    addProgressOptions(parser);
    if (!parse(parser, arguments,
               u"sms-consistency-cli export --batch [common options] --rows FILE [--batch-size N] [--parallel K] "
               "[--retry N] [--output-dir DIR] [--json] [--language en-us|zh-cn|none]\n"
               "sms-consistency-cli export --resume MANIFEST [common options] [--parallel K] [--retry N] [--json]"_s))
        return;
    m_json = parser.isSet(json);
    startProgress(parser, m_json);
    if (m_context.signalWatcher)
        connect(m_context.signalWatcher, &SignalWatcher::interruptRequested, this, &BatchExportCommand::onInterrupt);

    if (!parser.positionalArguments().isEmpty())
        return failUsage(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()), m_json);
    m_resume = parser.isSet(resume);
    if (m_resume == parser.isSet(batch))
        return failUsage(tr("Give either --batch or --resume MANIFEST, not both."), m_json);
    if (m_resume) {
        for (const QCommandLineOption *refused : {&rowsFile, &batchSize, &outputDir}) {
            if (parser.isSet(*refused)) {
                return failUsage(tr("--%1 cannot be changed on --resume: the manifest records it.")
                                     .arg(refused->names().constFirst()), m_json);
            }
        }
    } else if (!parser.isSet(rowsFile)) {
        return failUsage(tr("--batch needs the rows in a file: --rows FILE."), m_json);
    } else if (parser.value(rowsFile) == u"-"_s) {
        return failUsage(tr("--batch cannot read the rows from stdin: a run is resumed from its rows file."), m_json);
    }
    const std::optional<int> size = integerOption(parser, batchSize, BatchPlan::kDefaultBatchSize);
    if (!size || *size < 1 || *size > kMaxRows)
        return failUsage(tr("--batch-size must be a whole number from 1 to %1.").arg(kMaxRows), m_json);
    m_batchSize = *size;
    const std::optional<int> inFlight = integerOption(parser, parallel, 1);
    if (!inFlight || *inFlight < 1 || *inFlight > BatchRunOptions::kMaxParallel)
        return failUsage(tr("--parallel must be a whole number from 1 to %1.").arg(BatchRunOptions::kMaxParallel), m_json);
    m_options.parallel = *inFlight;
    const std::optional<int> retries = integerOption(parser, retry, 0);
    if (!retries || *retries < 0 || *retries > BatchRunOptions::kMaxRetries)
        return failUsage(tr("--retry must be a whole number from 0 to %1.").arg(BatchRunOptions::kMaxRetries), m_json);
    m_options.retries = *retries;

    if (!readConnection(parser, common))
        return;
    if (parser.isSet(language) && !requestLanguageFromId(parser.value(language).trimmed().toLower(), &m_profile.language))
        return failUsage(tr("--language must be en-us, zh-cn or none, not \"%1\".").arg(parser.value(language)), m_json);
    m_useKeychain = m_fromStore && !parser.isSet(common.tokenFile);
    m_tokenFile = parser.value(common.tokenFile);

    if (!m_resume) {
        m_outputDir = parser.value(outputDir).isEmpty() ? QDir::currentPath() : parser.value(outputDir);
        const OutputCheck target = OutputTarget::check(QString(), m_outputDir, false);
        if (!target.ok())
            return failUsage(target.error, m_json);
    }
    progressStage(ProgressState::Stage::CheckingRows);
    // The window's checks, in the same order (BatchSetup): for a resume the manifest, the endpoint,
    // then the rows file's SHA-256 and split; for a new run every row of the file.
    const Outcome<BatchSetup> setup =
        m_resume ? BatchSetup::resume(parser.value(resume), EndpointCatalogue::resolve(m_profile).sms.toString())
                 : BatchSetup::fromRowsFile(parser.value(rowsFile), m_batchSize);
    if (!setup.ok())
        return failUsage(setup.error(), m_json);
    m_setup = setup.value();
    progressStage(ProgressState::Stage::ReadingCredentials);
    loadCredentials(m_useKeychain, m_tokenFile);
}

void BatchExportCommand::send(const ClockOffset &offset)
{
    if (m_interrupted)
        return;  // the keychain answered after Ctrl+C: nothing is sent
    if (m_setup.isResume()) {
        m_runFolder = m_setup.runFolder;
    } else {
        m_setup.manifest.endpoint = EndpointCatalogue::resolve(m_profile).sms.toString();
        m_setup.manifest.profile = m_fromStore ? m_profile.name : QString();
        const Outcome<QString> folder = RunFolder::create(m_outputDir, QDateTime::currentDateTime());
        if (!folder.ok())
            return fail(SaveFailed, folder.error(), m_json);
        m_runFolder = folder.value();
    }
    if (!m_json)
        m_context.console->out(m_runFolder);
    m_toSend = int(m_setup.manifest.batches.size()) - m_setup.manifest.count(BatchStatus::Saved);
    m_run = new BatchRun(m_context.network, m_profile, m_credentials, m_setup.plan.batches(), m_setup.manifest, m_runFolder,
                         m_options, this);
    if (!offset.isZero())
        m_run->setClock(offset.clock());
    connect(m_run, &BatchRun::batchFinished, this, &BatchExportCommand::onBatchFinished);
    connect(m_run, &BatchRun::finished, this, &BatchExportCommand::onFinished);
    for (const BatchRecord &record : std::as_const(m_setup.manifest.batches)) {
        if (record.status == BatchStatus::Saved) {
            m_rowsSaved += record.rows;
            m_bytes += std::max<qint64>(0, record.bytes);
        }
    }
    showProgress();
    m_run->start();
}

void BatchExportCommand::showProgress()
{
    if (m_progress)
        m_progress->setBatches(m_done, m_toSend, m_rowsSaved, m_setup.manifest.rows, m_bytes);
}

void BatchExportCommand::onBatchFinished(const BatchRecord &record, const ApiError &error)
{
    const int total = int(m_setup.manifest.batches.size());
    if (record.status == BatchStatus::Pending)
        return;  // stopped before it finished: the summary counts it
    ++m_done;
    if (record.status == BatchStatus::Saved) {
        m_rowsSaved += record.rows;
        m_bytes += record.bytes;
        m_context.console->note(tr("Batch %1/%2 saved: %3 (%4 rows, %5 bytes, request id %6)")
                                    .arg(record.index).arg(total).arg(record.file).arg(record.rows).arg(record.bytes)
                                    .arg(record.requestId.isEmpty() ? u"–"_s : record.requestId));
    } else {
        const int code = exitCodeFor(error);
        if (severity(code) > severity(m_worstCode))
            m_worstCode = code;
        const QString status = record.httpStatus > 0 ? u"HTTP %1"_s.arg(record.httpStatus) : errorKindId(error.kind);
        const QString errorCode = record.errorCode.isEmpty() ? QString() : record.errorCode + u' ';
        m_context.console->err(tr("Batch %1/%2 failed after %3 attempt(s): %4 (%5%6, request id %7)")
                                   .arg(record.index).arg(total).arg(record.attempts)
                                   .arg(error.kind == ErrorKind::LocalFile ? record.errorMessage : error.headline, errorCode, status,
                                        record.requestId.isEmpty() ? u"–"_s : record.requestId));
    }
    showProgress();
}

void BatchExportCommand::onFinished(const BatchRunSummary &summary)
{
    if (m_run)
        m_run->deleteLater();
    int code = m_worstCode;
    if (!summary.manifestError.isEmpty()) {
        m_context.console->err(summary.manifestError);
        if (severity(SaveFailed) > severity(code))
            code = SaveFailed;
    }
    if (summary.cancelled)
        code = m_context.signalWatcher ? m_context.signalWatcher->exitCode() : int(Interrupted);
    const QString manifestPath = QDir(m_runFolder).filePath(BatchManifest::fileName());
    if (summary.stoppedByRejection)
        m_context.console->err(tr("The service refused the credentials or the permission: the run stopped, the "
                                  "batches not sent are pending. Fix the cause, then: sms-consistency-cli export "
                                  "--resume %1").arg(manifestPath));
    else if (summary.failed + summary.pending > 0)
        m_context.console->note(tr("To send the batches not saved: sms-consistency-cli export --resume %1").arg(manifestPath));
    const int total = summary.saved + summary.failed + summary.pending;
    m_context.console->note(tr("%1 of %2 batches saved (%3 rows, %4 bytes), %5 failed, %6 pending; manifest: %7")
                                .arg(summary.saved).arg(total).arg(summary.rowsSaved).arg(summary.bytes)
                                .arg(summary.failed).arg(summary.pending).arg(manifestPath));
    if (m_json) {
        const QJsonObject report{{u"ok"_s, code == Success},
                                 {u"manifest"_s, manifestPath},
                                 {u"batches_total"_s, total},
                                 {u"saved"_s, summary.saved},
                                 {u"failed"_s, summary.failed},
                                 {u"pending"_s, summary.pending},
                                 {u"rows_saved"_s, summary.rowsSaved},
                                 {u"bytes"_s, summary.bytes}};
        m_context.console->outRaw(JsonReport::toBytes(report));
    }
    finish(code);
}

void BatchExportCommand::onInterrupt()
{
    m_interrupted = true;
    if (m_run) {
        m_run->cancel();  // unfinished batches become pending; their partial files are removed
        return;
    }
    fail(m_context.signalWatcher->exitCode(), tr("Interrupted; nothing was sent."), m_json);
}

} // namespace smsc::cli
