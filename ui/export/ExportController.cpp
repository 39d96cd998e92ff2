// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportController.h"

#include "clock/ClockSkew.h"
#include "diagnostics/ClockRetryPrompt.h"
#include "diagnostics/ErrorDialog.h"
#include "errors/ErrorReport.h"
#include "export/ExportFilePlacer.h"
#include "export/ExportProgressDialog.h"
#include "profile/ProfileStore.h"
#include "prompts/UserPrompts.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace smsc {
namespace {

const QString kFolderKey = u"export/folder"_s;
const QString kAskWhenNameExistsKey = u"export/askWhenNameExists"_s;

QString stageText(ExportJob::Stage stage)
{
    switch (stage) {
    case ExportJob::Stage::Validating: return ExportController::tr("Checking the rows and the profile…");
    case ExportJob::Stage::ResolvingAccount: return ExportController::tr("Finding the account ID…");
    case ExportJob::Stage::Sending: return ExportController::tr("Sending the export request…");
    case ExportJob::Stage::Receiving: return ExportController::tr("Receiving the file…");
    case ExportJob::Stage::Done: return ExportController::tr("Finishing…");
    }
    return {};
}

} // namespace

ExportController::ExportController(ProfileStore *profiles, CredentialStore *secrets, QNetworkAccessManager *network,
                                   UserPrompts *prompts, QWidget *window, QObject *parent)
    : QObject(parent), m_profiles(profiles), m_secrets(secrets), m_network(network), m_prompts(prompts),
      m_window(window), m_openFolder([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
}

ExportController::~ExportController()
{
    if (m_job) {
        m_job->disconnect(this);  // no result handling while this object goes away
        m_job->cancel();
    }
    delete m_progress;
}

QString ExportController::exportFolder() const
{
    return QSettings().value(kFolderKey).toString();
}

void ExportController::setExportFolder(const QString &folder)
{
    QSettings().setValue(kFolderKey, folder);
}

void ExportController::setFolderOpener(std::function<bool(const QUrl &)> opener)
{
    m_openFolder = std::move(opener);
}

bool ExportController::asksWhenNameExists() const
{
    return QSettings().value(kAskWhenNameExistsKey, false).toBool();
}

void ExportController::setAsksWhenNameExists(bool ask)
{
    QSettings().setValue(kAskWhenNameExistsKey, ask);
    if (m_progress)
        m_progress->setAsksWhenNameExists(ask);
}

void ExportController::openPath(const QString &path)
{
    if (path.isEmpty() || m_openFolder(QUrl::fromLocalFile(path)))
        return;
    QWidget *parent = m_progress && m_progress->isVisible() ? static_cast<QWidget *>(m_progress) : m_window.data();
    const QString shown = QDir::toNativeSeparators(path);
    m_prompts->confirm(parent, tr("Cannot open"),
                       tr("No application on this desktop opens \"%1\". Copy its path to paste it elsewhere?")
                           .arg(shown),
                       tr("&Copy path"), [shown](bool copy) {
                           if (copy)
                               QGuiApplication::clipboard()->setText(shown);
                       });
}

void ExportController::retry()
{
    if (!m_busy && !m_profileName.isEmpty())
        start(m_profileName, m_rows);
}

void ExportController::setUiRequestLanguage(std::function<RequestLanguage()> uiLanguage)
{
    m_uiLanguage = std::move(uiLanguage);
}

ExportProgressDialog *ExportController::progressDialog() const
{
    return m_progress;
}

ErrorDialog *ExportController::errorDialog() const
{
    return m_errorDialog;
}

void ExportController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void ExportController::start(const QString &profileName, const QList<TaskRow> &rows)
{
    if (m_busy)
        return;
    const std::optional<Profile> profile = m_profiles->load(profileName);
    if (!m_progress) {
        m_progress = new ExportProgressDialog(m_window);
        connect(m_progress, &ExportProgressDialog::cancelRequested, this, &ExportController::cancel);
        connect(m_progress, &ExportProgressDialog::detailsRequested, this, &ExportController::showErrorDialog);
        connect(m_progress, &ExportProgressDialog::openFolderRequested, this, [this] { openPath(m_folder); });
        connect(m_progress, &ExportProgressDialog::openFileRequested, this, [this] { openPath(m_savedPath); });
        connect(m_progress, &ExportProgressDialog::asksWhenNameExistsChanged, this,
                &ExportController::setAsksWhenNameExists);
        connect(m_progress, &ExportProgressDialog::changeFolderRequested, this, &ExportController::chooseFolder);
        // Escape or the window's close button while working means Cancel, not "hide and keep going".
        connect(m_progress, &QDialog::rejected, this, [this] {
            if (m_busy)
                cancel();
        });
    }
    m_progress->setAsksWhenNameExists(asksWhenNameExists());
    setBusy(true);
    ++m_run;
    m_profileName = profileName;
    m_rows = rows;
    m_savedPath.clear();
    m_lastOutcome = {};
    m_report = {};
    m_clockOffset.reset();
    m_clockRetry.reset();
    m_progress->showWorking(tr("Preparing the export…"));
    m_progress->show();
    m_progress->raise();
    m_progress->activateWindow();  // also when still open from the last export: Escape cancels this one
    if (!profile) {
        fail(profileName.isEmpty() ? tr("No profile is selected.") : tr("There is no profile named \"%1\".").arg(profileName),
             QString(), tr("Open Profiles, create a profile with your keys, and choose it in the main window."));
        return;
    }
    m_profile = *profile;
    if (m_profile.languageFollowsUi && m_uiLanguage)
        m_profile.language = m_uiLanguage();
    withFolder([this](const QString &folder) {
        m_folder = folder;
        loadSecrets();
    });
}

void ExportController::withFolder(std::function<void(const QString &)> next)
{
    const QString saved = exportFolder();
    if (!saved.isEmpty()) {
        if (QDir().mkpath(saved))
            next(saved);
        else
            fail(tr("The export folder \"%1\" does not exist and cannot be created.").arg(QDir::toNativeSeparators(saved)),
                 QString(), tr("Choose another folder for exports, or create this one."), true);
        return;
    }
    // First use: suggest Documents/SMS exports, and remember what the user picks.
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("SMS exports"));
    QDir().mkpath(suggested);
    const int run = m_run;
    m_prompts->directory(m_window, tr("Where should exports be saved?"), suggested,
                         [this, run, next = std::move(next)](const QString &folder) {
                             if (run != m_run)
                                 return;
                             if (folder.isEmpty()) {
                                 fail(tr("Export cancelled: no folder was chosen."), QString(), QString());
                                 return;
                             }
                             setExportFolder(folder);
                             next(folder);
                         });
}

void ExportController::chooseFolder()
{
    const QString start = exportFolder().isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              : exportFolder();
    m_prompts->directory(m_progress ? static_cast<QWidget *>(m_progress) : m_window.data(),
                         tr("Where should exports be saved?"), start, [this](const QString &folder) {
                             if (folder.isEmpty())
                                 return;
                             setExportFolder(folder);
                             emit exportFolderChanged(folder);
                         });
}

void ExportController::loadSecrets()
{
    m_progress->showWorking(tr("Reading the keys of \"%1\" from the system keychain…").arg(m_profile.name));
    const int run = m_run;
    m_secrets.load(m_profile.name, m_profile.authMode, this, [this, run](const Outcome<Credentials> &result) {
        if (run != m_run)
            return;
        if (result.kind() == FailureKind::NotFound) {
            fail(tr("Profile \"%1\" has no keys stored yet.").arg(m_profile.name), result.error(),
                 tr("Open Profiles, enter the keys for this profile and save."));
        } else if (!result.ok()) {
            fail(tr("The keys of profile \"%1\" could not be read: the system keychain is unavailable.")
                     .arg(m_profile.name),
                 result.error(), tr("Unlock or start the system keychain (for example GNOME Keyring), then export again."));
        } else {
            runJob(result.value());
        }
    });
}

void ExportController::runJob(const Credentials &credentials)
{
    m_staging = std::make_unique<QTemporaryDir>(QDir(m_folder).filePath(u".sms-export-XXXXXX"_s));
    if (!m_staging->isValid()) {
        fail(tr("The export folder \"%1\" cannot be written to.").arg(QDir::toNativeSeparators(m_folder)),
             m_staging->errorString(), tr("Choose another folder, or check its permissions."), true);
        return;
    }
    m_credentials = credentials;
    OutputOptions output;
    output.directory = m_staging->path();
    auto *job = new ExportJob(m_network, m_profile, credentials, m_rows, output, this);
    job->setAccountIdCache(&m_accountIds);
    job->setProjectIdCache(&m_projectIds);
    if (m_clockOffset)
        job->setClock(m_clockOffset->clock());
    m_job = job;
    connect(job, &ExportJob::stageChanged, this, [this](ExportJob::Stage stage) {
        m_progress->showWorking(stageText(stage));
    });
    connect(job, &ExportJob::progress, this, [this](qint64 received, qint64 total) {
        m_progress->showProgress(received, total);
    });
    connect(job, &ExportJob::finished, this, [this, job](const ExportOutcome &outcome) {
        job->deleteLater();
        onFinished(outcome);
    });
    job->start();
}

void ExportController::cancel()
{
    if (m_job) {
        m_job->cancel();  // finished() follows with kind Cancelled
        return;
    }
    if (!m_busy)
        return;
    ++m_run;
    fail(tr("Export cancelled; nothing was saved."), QString(), QString());
}

void ExportController::onFinished(const ExportOutcome &outcome)
{
    m_lastOutcome = outcome;
    if (outcome.ok() && ClockSkew::shouldWarn(outcome.clockSkewSeconds))
        emit clockWarning(ClockSkew::warningText(*outcome.clockSkewSeconds));
    if (outcome.ok() && outcome.noFile) {
        m_progress->showNoFile(outcome.returnedBody, outcome.requestId);
        finish(outcome, QString());
    } else if (outcome.ok()) {
        placeFile(outcome, static_cast<int>(asksWhenNameExists() ? ExportFilePlacer::Conflict::Ask
                                                                   : ExportFilePlacer::Conflict::KeepBoth));
    } else if (outcome.error.kind == ErrorKind::Cancelled) {
        fail(tr("Export cancelled; nothing was saved."), QString(), QString());
    } else if (offerClockRetry(outcome)) {
        return;
    } else {
        const ApiError &e = outcome.error;
        const bool httpError = e.httpStatus >= 400;
        ErrorReportContext context;
        context.profileName = m_profile.name;
        context.endpoint = outcome.endpoint;
        context.authMode = m_profile.authMode;
        context.curlCommand = outcome.curlCommand;
        m_report = ErrorReport(e, outcome.request, context, m_credentials);
        // An HTTP error is told once, in the error dialog; the progress window only points to it.
        if (httpError)
            m_progress->showFailure(tr("The export failed: the service refused it. The error window shows why."),
                                    QString(), QString(), true, false);
        else
            m_progress->showFailure(m_report.headline(), m_report.error().technicalDetail, m_report.error().hint, true,
                                    false);
        finish(outcome, QString());
        if (httpError)
            showErrorDialog();
    }
}

bool ExportController::offerClockRetry(const ExportOutcome &outcome)
{
    // "Signature expired" with a measured skew: ask before ONE retry with that offset.
    if (!m_clockRetry.take(outcome.error))
        return false;
    m_progress->showWorking(ClockSkew::warningText(*outcome.error.clockSkewSeconds));
    const int run = m_run;
    const Credentials credentials = m_credentials;
    ClockRetryPrompt::ask(m_progress, m_prompts, outcome.error,
                          [this, run, outcome, credentials](std::optional<ClockOffset> offset) {
                              if (run != m_run)
                                  return;
                              if (!offset) {
                                  onFinished(outcome);  // the retry is used up: shows the error now
                                  return;
                              }
                              m_clockOffset = offset;
                              m_progress->showWorking(tr("Retrying once with the clock corrected…"));
                              runJob(credentials);
                          });
    return true;
}

void ExportController::placeFile(const ExportOutcome &outcome, int conflict, bool declinedReplace)
{
    const Outcome<QString> placed = ExportFilePlacer::place(outcome.filePath, m_folder,
                                                            static_cast<ExportFilePlacer::Conflict>(conflict));
    if (placed.kind() == FailureKind::Exists) {
        const int run = m_run;
        m_prompts->overwrite(m_progress, placed.failure().detail, [this, run, outcome](UserPrompts::Overwrite choice) {
            if (run != m_run)
                return;
            // Cancel replaces nothing, but the received file is kept under a free name, never thrown away.
            placeFile(outcome,
                      static_cast<int>(choice == UserPrompts::Overwrite::Replace ? ExportFilePlacer::Conflict::Replace
                                                                                 : ExportFilePlacer::Conflict::KeepBoth),
                      choice == UserPrompts::Overwrite::Cancel);
        });
        return;
    }
    if (!placed.ok()) {
        fail(tr("The file was received but could not be saved."), placed.error(),
             tr("Check the free space and permissions of the export folder."), true);
        return;
    }
    m_savedPath = placed.value();
    m_progress->showSuccess(placed.value(), outcome.bytes, outcome.requestId,
                            declinedReplace ? tr("Nothing was replaced. The received file was kept as \"%1\".")
                                                  .arg(QFileInfo(placed.value()).fileName())
                                            : QString());
    finish(outcome, placed.value());
}

void ExportController::fail(const QString &headline, const QString &detail, const QString &hint, bool folderProblem)
{
    m_progress->showFailure(headline, detail, hint, false, folderProblem);
    finish(m_lastOutcome, QString());
}

void ExportController::finish(const ExportOutcome &outcome, const QString &savedPath)
{
    m_progress->show();  // the result is shown even if the window was closed while working
    m_staging.reset();
    m_job.clear();
    m_credentials = {};
    setBusy(false);
    emit finished(outcome, savedPath);
}

void ExportController::showErrorDialog()
{
    if (m_errorDialog)
        m_errorDialog->close();
    // Over the export window: closing the error returns there, and Escape once more to the table.
    m_errorDialog = new ErrorDialog(m_report, m_prompts, m_progress ? static_cast<QWidget *>(m_progress) : m_window.data());
    m_errorDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_errorDialog->setRetryAvailable(true);  // a click, never automatic (docs/SERVICE.md: never retry 401/403 on its own)
    connect(m_errorDialog, &ErrorDialog::retryRequested, this, [this] {
        m_errorDialog->close();
        retry();
    });
    m_errorDialog->show();  // non-modal: the table and the error can be read side by side
    emit errorDialogShown(m_errorDialog);
}

} // namespace smsc
