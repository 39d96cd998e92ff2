// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/BatchController.h"

#include "batch/BatchTableModel.h"
#include "batch/RunFolder.h"
#include "profile/endpoints/EndpointCatalogue.h"
#include "profile/ProfileStore.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smsc {

BatchController::BatchController(ProfileStore *profiles, CredentialStore *secrets, QNetworkAccessManager *network,
                                 QObject *parent)
    : QObject(parent), m_profiles(profiles), m_secrets(secrets), m_network(network), m_model(new BatchTableModel(this))
{
    m_progressTimer.setSingleShot(true);
    m_progressTimer.setInterval(kProgressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        if (!m_progressDirty)
            return;
        m_progressDirty = false;
        emitProgress();
        m_progressTimer.start();
    });
}

BatchController::~BatchController()
{
    if (m_run) {
        m_run->disconnect(this);  // no result handling while this object goes away
        m_run->cancel();
    }
}

void BatchController::setUiRequestLanguage(std::function<RequestLanguage()> uiLanguage)
{
    m_uiLanguage = std::move(uiLanguage);
}

QString BatchController::manifestPath() const
{
    return m_runFolder.isEmpty() ? QString() : QDir(m_runFolder).filePath(BatchManifest::fileName());
}

ErrorReport BatchController::reportFor(int row) const
{
    const BatchRecord record = m_model->recordAt(row);
    if (const auto it = m_reports.constFind(record.index); it != m_reports.constEnd())
        return *it;
    ErrorReportContext context;  // failed in an earlier run: what its manifest kept
    context.profileName = m_setup.manifest.profile;
    context.endpoint = m_setup.manifest.endpoint;
    return ErrorReport(m_model->errorAt(row), RequestRecord{}, context, Credentials{});
}

bool BatchController::isRecordedOnly(int row) const
{
    return !m_reports.contains(m_model->recordAt(row).index);
}

void BatchController::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    emit runningChanged(running);
}

void BatchController::startNew(const QString &rowsFile, int batchSize, const BatchRunOptions &options,
                               const QString &outputFolder, const QString &profileName, const QString &preparedFolder)
{
    if (m_running)
        return;
    m_clock.reset();
    if (rowsFile.trimmed().isEmpty())
        return fail(tr("Choose the rows file to export."));
    const Outcome<BatchSetup> setup = BatchSetup::fromRowsFile(rowsFile, batchSize);
    if (!setup.ok())
        return fail(setup.error());  // the rows first: checked before the profile
    prepare([&setup](const QString &) { return setup; }, options, outputFolder, profileName, preparedFolder);
}

void BatchController::resume(const QString &manifestPath, const BatchRunOptions &options, const QString &profileName,
                             std::optional<ClockOffset> clock)
{
    if (m_running || manifestPath.isEmpty())
        return;
    m_clock = clock;
    prepare([&manifestPath](const QString &endpoint) { return BatchSetup::resume(manifestPath, endpoint); }, options,
            QString(), profileName, QString());
}

void BatchController::prepare(const std::function<Outcome<BatchSetup>(const QString &endpoint)> &makeSetup,
                              const BatchRunOptions &options, const QString &outputFolder, const QString &profileName,
                              const QString &preparedFolder)
{
    const std::optional<Profile> profile = m_profiles->load(profileName);
    if (!profile) {
        return fail(profileName.isEmpty() ? tr("No profile is selected: choose one in the main window.")
                                          : tr("There is no profile named \"%1\".").arg(profileName));
    }
    Profile chosen = *profile;
    if (chosen.languageFollowsUi && m_uiLanguage)
        chosen.language = m_uiLanguage();
    const ServiceEndpoints endpoints = EndpointCatalogue::resolve(chosen);
    if (!endpoints.ok())
        return fail(endpoints.error);
    const Outcome<BatchSetup> setup = makeSetup(endpoints.sms.toString());
    if (!setup.ok())
        return fail(setup.error());
    m_setup = setup.value();
    m_options = options;
    m_options.baseRetryDelayMs = m_baseRetryDelayMs;
    m_outputFolder = outputFolder;
    m_preparedFolder = preparedFolder;
    m_profile = chosen;
    m_endpoint = endpoints.sms.toString();
    m_reports.clear();
    m_model->setManifest(m_setup.manifest);
    setRunning(true);
    const int attempt = ++m_attempt;
    m_secrets.load(m_profile.name, m_profile.authMode, this, [this, attempt](const Outcome<Credentials> &result) {
        if (attempt != m_attempt)
            return;
        if (result.kind() == FailureKind::NotFound)
            return fail(tr("Profile \"%1\" has no keys stored yet: open Profiles, enter its keys and save.")
                            .arg(m_profile.name));
        if (!result.ok())
            return fail(tr("The keys of profile \"%1\" could not be read: the system keychain is unavailable (%2).")
                            .arg(m_profile.name, result.error()));
        run(result.value());
    });
}

void BatchController::run(const Credentials &credentials)
{
    if (m_setup.isResume()) {
        m_runFolder = m_setup.runFolder;
    } else {
        const QString rowsFolder = QFileInfo(m_setup.rowsFile).absolutePath();
        // The ">200 rows" offer made a run folder for the rows file: the run goes there.
        const bool prepared = !m_preparedFolder.isEmpty()
                              && QFileInfo(m_preparedFolder).absoluteFilePath() == rowsFolder
                              && !QFileInfo::exists(QDir(rowsFolder).filePath(BatchManifest::fileName()));
        if (prepared) {
            m_runFolder = rowsFolder;
        } else {
            const Outcome<QString> folder = RunFolder::create(m_outputFolder, QDateTime::currentDateTime());
            if (!folder.ok())
                return fail(folder.error());
            m_runFolder = folder.value();
        }
        m_setup.manifest.endpoint = m_endpoint;
        m_setup.manifest.profile = m_profile.name;
    }
    m_credentials = credentials;
    m_toSend = int(m_setup.manifest.batches.size()) - m_setup.manifest.count(BatchStatus::Saved);
    m_done = 0;
    m_rowsSaved = 0;
    m_bytes = 0;
    for (const BatchRecord &record : std::as_const(m_setup.manifest.batches)) {
        if (record.status == BatchStatus::Saved) {
            m_rowsSaved += record.rows;
            m_bytes += std::max<qint64>(0, record.bytes);
        }
    }
    m_run = new BatchRun(m_network, m_profile, credentials, m_setup.plan.batches(), m_setup.manifest, m_runFolder,
                         m_options, this);
    if (m_clock)
        m_run->setClock(m_clock->clock());
    connect(m_run, &BatchRun::batchFinished, this, &BatchController::onBatchFinished);
    connect(m_run, &BatchRun::finished, this, &BatchController::onFinished);
    connect(m_run, &BatchRun::batchReceiving, this, [this](int index, qint64 bytes) {
        m_receiving.insert(index, bytes);
        throttledProgress();
    });
    m_receiving.clear();
    emit started(m_runFolder);
    emitProgress();
    m_run->start();
}

bool BatchController::open(const QString &manifestPath)
{
    if (m_running)
        return false;
    const Outcome<BatchManifest> manifest = BatchManifest::read(manifestPath);
    if (!manifest.ok()) {
        fail(manifest.error());
        return false;
    }
    m_setup = BatchSetup{};
    m_setup.manifest = manifest.value();
    m_setup.rowsFile = manifest.value().rowsFile;
    m_setup.runFolder = QFileInfo(manifestPath).absolutePath();
    m_runFolder = m_setup.runFolder;
    m_reports.clear();
    m_model->setManifest(m_setup.manifest);
    m_toSend = int(m_setup.manifest.batches.size());
    m_done = m_setup.manifest.count(BatchStatus::Saved);
    m_rowsSaved = 0;
    m_bytes = 0;
    for (const BatchRecord &record : std::as_const(m_setup.manifest.batches)) {
        if (record.status == BatchStatus::Saved) {
            m_rowsSaved += record.rows;
            m_bytes += std::max<qint64>(0, record.bytes);
        }
    }
    emitProgress();
    emit runningChanged(false);  // the window shows what can be done with this run
    return true;
}

void BatchController::cancel()
{
    if (!m_running)
        return;
    if (m_run) {
        m_run->cancel();  // finished() follows; unfinished batches become pending
        return;
    }
    ++m_attempt;  // still reading the keys: nothing was sent
    setRunning(false);
    BatchRunSummary summary;
    summary.cancelled = true;
    summary.pending = int(m_setup.manifest.batches.size());
    emit finished(summary);
}

void BatchController::emitProgress()
{
    qint64 bytes = m_bytes;
    for (const qint64 received : std::as_const(m_receiving))
        bytes += received;
    emit progressChanged(m_done, m_toSend, m_rowsSaved, m_setup.manifest.rows, bytes);
}

void BatchController::throttledProgress()
{
    if (m_progressTimer.isActive()) {
        m_progressDirty = true;
        return;
    }
    emitProgress();
    m_progressTimer.start();
}

void BatchController::onBatchFinished(const BatchRecord &record, const ApiError &error, const RequestRecord &request,
                                      const QString &curlCommand)
{
    m_model->updateBatch(record, error);
    m_receiving.remove(record.index);
    if (record.status == BatchStatus::Pending) {
        throttledProgress();  // what it had received is no longer counted
        return;  // stopped before it finished
    }
    ++m_done;
    if (record.status == BatchStatus::Saved) {
        m_rowsSaved += record.rows;
        m_bytes += std::max<qint64>(0, record.bytes);
    } else {
        ErrorReportContext context;
        context.profileName = m_profile.name;
        context.endpoint = m_endpoint;
        context.authMode = m_profile.authMode;
        context.curlCommand = curlCommand;
        m_reports.insert(record.index, ErrorReport(error, request, context, m_credentials));
    }
    throttledProgress();
    if (record.status == BatchStatus::Failed)
        emit batchFailed(record.index - 1);
}

void BatchController::onFinished(const BatchRunSummary &summary)
{
    if (m_run) {
        m_setup.manifest = m_run->manifest();
        m_run->deleteLater();
    }
    m_run.clear();
    m_credentials = {};
    m_receiving.clear();
    if (m_progressDirty) {  // the last count, not one up to an interval old
        m_progressTimer.stop();
        m_progressDirty = false;
        emitProgress();
    }
    setRunning(false);
    emit finished(summary);
}

void BatchController::fail(const QString &text)
{
    m_credentials = {};
    setRunning(false);
    emit problem(text);
}

} // namespace smsc
