// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/ExportCommand.h"

#include "commands/AccountCommandSupport.h"
#include "commands/BatchExportCommand.h"
#include "diagnostics/SupportBundle.h"
#include "export/ExportHistory.h"
#include "input/CommonOptions.h"
#include "input/InputReader.h"
#include "input/RowsInput.h"
#include "output/Console.h"
#include "output/ExitCode.h"
#include "output/JsonReport.h"
#include "output/OutputTarget.h"
#include "output/ProgressLine.h"
#include "output/ReportPrinter.h"
#include "rows/RowValidator.h"
#include "rows/RowsFile.h"
#include "SignalWatcher.h"

using namespace Qt::StringLiterals;

namespace smsc::cli {

QString ExportCommand::name() const
{
    return u"export"_s;
}

QString ExportCommand::summary() const
{
    return tr("Export the consistency results of up to 200 tasks to a file, or any number in batches (--batch).");
}

void ExportCommand::start(const QStringList &arguments)
{
    if (BatchExportCommand::wants(arguments)) {
        auto *batch = new BatchExportCommand(m_context, this);
        connect(batch, &Command::finished, this, [this](int exitCode) { finish(exitCode); });
        batch->start(arguments);
        return;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Sends POST /v3/tasks/consistency-results/export and saves the returned file.\n"
           "Credentials: --profile NAME, or CLOUD_SDK_AK / CLOUD_SDK_SK (optional CLOUD_SDK_SECURITY_TOKEN), "
           "or an IAM token with --token-file or CLOUD_SDK_IAM_TOKEN. Secrets are never taken as arguments.\n"
           "Exit codes: 0 saved; 2 invalid input or usage (nothing sent); 3 rejected by the service (4xx); "
           "4 service error (5xx); 5 network, TLS or timeout; 6 credentials unavailable; "
           "7 the answer could not be saved (disk full, name taken, folder gone, permission, a symbolic link "
           "at the output name); 130 interrupted (SIGINT), 143 terminated (SIGTERM)."));
    const CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption rowsFile(u"rows"_s, tr("Read rows from a CSV or TSV FILE with a header row naming "
                                                     "task_id, source_id, source_name (or the window's titles, "
                                                     "e.g. Task ID), each once; - reads stdin."), u"FILE"_s);
    const QCommandLineOption row(u"row"_s, tr("One row (repeatable)."), u"TASK_ID,SOURCE_ID,SOURCE_NAME"_s);
    const QCommandLineOption output(u"output"_s, tr("Save to this file path."), u"PATH"_s);
    const QCommandLineOption outputDir(u"output-dir"_s, tr("Save into this folder, named by the service "
                                                            "(default: the current folder)."), u"DIR"_s);
    const QCommandLineOption force(u"force"_s, tr("Replace an existing output file."));
    const QCommandLineOption language(u"language"_s, tr("X-Language header: en-us, zh-cn or none."), u"LANG"_s);
    const QCommandLineOption dryRun(u"dry-run"_s, tr("Print the signed request (secrets redacted); send nothing."));
    const QCommandLineOption json(u"json"_s, tr("Print one JSON object with the outcome on stdout."));
    const QCommandLineOption clock = AccountCommandSupport::clockOffsetOption();
    // Handed to BatchExportCommand before parsing; listed here so that `export --help` names them.
    const QCommandLineOption batch(u"batch"_s, tr("Any number of rows in batches, resumable "
                                                   "(see 'sms-consistency-cli export --batch --help')."));
    const QCommandLineOption resume(u"resume"_s, tr("Continue a batch run from its manifest.json."), u"MANIFEST"_s);
    parser.addOptions({rowsFile, row, output, outputDir, force, language, dryRun, json, clock, batch, resume});
    addProgressOptions(parser);
    if (!parse(parser, arguments,
               u"sms-consistency-cli export [common options] (--rows FILE | --rows - | --row T,S,N ...) "
               "[--output PATH | --output-dir DIR] [--force] [--language en-us|zh-cn|none] [--dry-run] [--json] "
               "[--clock-offset auto|SECONDS] [--quiet | --progress]"_s))
        return;
    m_json = parser.isSet(json);
    startProgress(parser, m_json);
    m_dryRun = parser.isSet(dryRun);
    if (m_context.signalWatcher)
        connect(m_context.signalWatcher, &SignalWatcher::interruptRequested, this, &ExportCommand::onInterrupt);
    if (!readClockOffset(parser.value(clock)))
        return;

    if (!parser.positionalArguments().isEmpty())
        return failUsage(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()), m_json);
    if (parser.isSet(rowsFile) == parser.isSet(row))
        return failUsage(tr("Give the rows with either --rows FILE or --row TASK_ID,SOURCE_ID,SOURCE_NAME."), m_json);
    if (parser.isSet(output) && parser.isSet(outputDir))
        return failUsage(tr("Give either --output or --output-dir, not both."), m_json);

    if (!readConnection(parser, common))
        return;
    if (parser.isSet(language) && !requestLanguageFromId(parser.value(language).trimmed().toLower(), &m_profile.language))
        return failUsage(tr("--language must be en-us, zh-cn or none, not \"%1\".").arg(parser.value(language)), m_json);

    m_outputPath = parser.value(output);
    m_outputDir = parser.value(outputDir);
    m_force = parser.isSet(force);
    // Unlike the account commands, a given but empty --token-file keeps the keychain out.
    m_useKeychain = m_fromStore && !parser.isSet(common.tokenFile);
    m_tokenFile = parser.value(common.tokenFile);

    progressStage(ProgressState::Stage::CheckingRows);
    if (!parser.isSet(rowsFile)) {
        continueWithRows(RowsInput::fromArguments(parser.values(row)));
        return;
    }
    // Read without blocking the event loop: a FIFO or stdin that never ends is bounded by size
    // and time, and SIGINT/SIGTERM still end the command at once.
    m_reader = new InputReader(parser.value(rowsFile), RowsFile::kMaxFileBytes, this);
    m_reader->start([this, origin = m_reader->origin()](const Outcome<QByteArray> &bytes) {
        m_reader->deleteLater();
        continueWithRows(RowsInput::fromBytes(bytes, origin));
    });
}

void ExportCommand::continueWithRows(const RowsInputResult &input)
{
    if (!input.ok())
        return failUsage(input.error, m_json);
    const RowValidation validation = RowValidator::validate(input.rows);
    if (!validation.ok()) {
        QStringList lines;
        for (const RowProblem &problem : validation.problems)
            lines << RowsInput::describe(input, problem);
        return failUsage(lines.join(QLatin1Char('\n')), m_json);
    }
    m_rows = validation.rows;

    if (!m_dryRun) {
        const OutputCheck target = OutputTarget::check(m_outputPath, m_outputDir, m_force);
        if (!target.ok())
            return target.saveRefused ? fail(SaveFailed, target.error, m_json) : failUsage(target.error, m_json);
        m_output = target.options;
    }

    progressStage(ProgressState::Stage::ReadingCredentials);
    loadCredentials(m_useKeychain, m_tokenFile);
}

void ExportCommand::send(const ClockOffset &offset)
{
    if (m_interrupted)
        return;  // e.g. the keychain answered after Ctrl+C: nothing is sent
    m_job = new ExportJob(m_context.network, m_profile, m_credentials, m_rows, m_output, this);
    m_job->setDryRun(m_dryRun);
    if (!offset.isZero())
        m_job->setClock(offset.clock());
    connect(m_job, &ExportJob::finished, this, &ExportCommand::onFinished);
    if (m_progress && !m_dryRun) {
        connect(m_job, &ExportJob::stageChanged, m_progress, [this](ExportJob::Stage stage) {
            if (stage == ExportJob::Stage::ResolvingAccount)
                progressStage(ProgressState::Stage::ResolvingAccount);
            else if (stage == ExportJob::Stage::Sending)
                progressStage(ProgressState::Stage::Connecting);
            else if (stage == ExportJob::Stage::Receiving)
                progressStage(ProgressState::Stage::Receiving);
        });
        connect(m_job, &ExportJob::requestSent, m_progress, [this] { progressStage(ProgressState::Stage::Waiting); });
        connect(m_job, &ExportJob::progress, m_progress, &ProgressLine::setBytes);
    }
    m_job->start();
}

void ExportCommand::onFinished(const ExportOutcome &outcome)
{
    if (m_job)
        m_job->deleteLater();
    if (!outcome.ok() && retryClock(outcome.error))
        return;
    if (!m_dryRun)
        recordHistory(outcome);
    const ExchangeRecord exchange = SupportBundle::exchangeOf(outcome);
    int code = Success;
    if (!outcome.ok())
        code = exitCodeFor(outcome.error);
    else if (outcome.noFile)
        code = ServiceFailure;
    if (code == Interrupted && m_context.signalWatcher && m_context.signalWatcher->interrupted())
        code = m_context.signalWatcher->exitCode();

    if (outcome.projectIdSource == ProjectIdSource::Iam) {
        m_context.console->note(tr("X-Project-Id: %1 (looked up through IAM for region %2)")
                                   .arg(outcome.projectId, m_profile.region));
    }
    if (m_json) {
        QJsonObject report = JsonReport::fromOutcome(outcome);
        if (!outcome.projectId.isEmpty())
            report.insert(u"project_id"_s, outcome.projectId);
        if (outcome.noFile)
            report.insert(u"error_msg"_s, ReportPrinter::noFileMessage(outcome));
        if (m_dryRun && outcome.ok())
            report.insert(u"request"_s, JsonReport::request(outcome.request, outcome.curlCommand));
        const QJsonObject withComparison = AccountCommandSupport::jsonFailure(outcome.error, exchange);
        if (withComparison.contains(u"canonical_request_comparison"_s))
            report.insert(u"canonical_request_comparison"_s, withComparison.value(u"canonical_request_comparison"_s));
        m_context.console->outRaw(JsonReport::toBytes(report));
        if (code != Success) {
            ReportPrinter::printFailure(*m_context.console, outcome);
            AccountCommandSupport::printDiagnosis(*m_context.console, outcome.error, exchange);
        }
    } else if (m_dryRun && outcome.ok()) {
        ReportPrinter::printDryRun(*m_context.console, outcome);
    } else if (code == Success) {
        ReportPrinter::printSaved(*m_context.console, outcome);
    } else {
        ReportPrinter::printFailure(*m_context.console, outcome);
        AccountCommandSupport::printDiagnosis(*m_context.console, outcome.error, exchange);
    }
    finish(code);
}

void ExportCommand::recordHistory(const ExportOutcome &outcome)
{
    ExportHistory history;
    const Outcome<void> recorded = history.append(HistoryEntry::fromOutcome(outcome, m_profile.name, m_rows, m_credentials));
    if (!recorded.ok())
        m_context.console->err(recorded.error());  // the export itself is unaffected
}

void ExportCommand::onInterrupt()
{
    if (m_job) {
        m_job->cancel();  // the job removes its partial file and reports Cancelled
        return;
    }
    m_interrupted = true;
    if (m_reader)
        m_reader->cancel();
    fail(m_context.signalWatcher->exitCode(), tr("Interrupted; nothing was sent."), m_json);
}

} // namespace smsc::cli
