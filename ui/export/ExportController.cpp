#include "export/ExportController.h"

#include "clock/ClockSkew.h"
#include "diagnostics/ClockRetryPrompt.h"
#include "diagnostics/ErrorDialog.h"
#include "errors/ErrorReport.h"
#include "export/ExportFilePlacer.h"
#include "export/ExportProgressDialog.h"
#include "profile/ProfileStore.h"
#include "prompts/UserPrompts.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace smsc {
namespace {

const QString kFolderKey = u"export/folder"_s;

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
      m_window(window), m_openFolder([](const QUrl &url) { QDesktopServices::openUrl(url); })
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

void ExportController::setFolderOpener(std::function<void(const QUrl &)> opener)
{
    m_openFolder = std::move(opener);
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
        connect(m_progress, &ExportProgressDialog::openFolderRequested, this,
                [this] { m_openFolder(QUrl::fromLocalFile(m_folder)); });
        connect(m_progress, &ExportProgressDialog::changeFolderRequested, this, &ExportController::chooseFolder);
        // Escape or the window's close button while working means Cancel, not "hide and keep going".
        connect(m_progress, &QDialog::rejected, this, [this] {
            if (m_busy)
                cancel();
        });
    }
    setBusy(true);
    ++m_run;
    m_lastOutcome = {};
    m_report = {};
    m_clockOffset.reset();
    m_clockRetried = false;
    m_progress->showWorking(tr("Preparing the export…"));
    m_progress->show();
    m_progress->raise();
    if (!profile) {
        fail(profileName.isEmpty() ? tr("No profile is selected.") : tr("There is no profile named \"%1\".").arg(profileName),
             QString(), tr("Open Profiles, create a profile with your keys, and choose it in the main window."));
        return;
    }
    m_profile = *profile;
    if (m_profile.languageFollowsUi && m_uiLanguage)
        m_profile.language = m_uiLanguage();
    m_rows = rows;
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
                 QString(), tr("Choose another folder for exports, or create this one."));
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
    m_secrets.load(m_profile.name, m_profile.authMode, this, [this, run](const SecretsResult &result) {
        if (run != m_run)
            return;
        if (result.status == StoreResult::Status::NotFound) {
            fail(tr("Profile \"%1\" has no keys stored yet.").arg(m_profile.name), result.error,
                 tr("Open Profiles, enter the keys for this profile and save."));
        } else if (!result.ok()) {
            fail(tr("The keys of profile \"%1\" could not be read: the system keychain is unavailable.")
                     .arg(m_profile.name),
                 result.error, tr("Unlock or start the system keychain (for example GNOME Keyring), then export again."));
        } else {
            runJob(result.credentials);
        }
    });
}

void ExportController::runJob(const Credentials &credentials)
{
    m_staging = std::make_unique<QTemporaryDir>(QDir(m_folder).filePath(u".sms-export-XXXXXX"_s));
    if (!m_staging->isValid()) {
        fail(tr("The export folder \"%1\" cannot be written to.").arg(QDir::toNativeSeparators(m_folder)),
             m_staging->errorString(), tr("Choose another folder, or check its permissions."));
        return;
    }
    m_credentials = credentials;
    OutputOptions output;
    output.directory = m_staging->path();
    auto *job = new ExportJob(m_network, m_profile, credentials, m_rows, output, this);
    job->setAccountIdCache(&m_accountIds);
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
    if (outcome.ok && ClockSkew::shouldWarn(outcome.clockSkewSeconds))
        emit clockWarning(ClockSkew::warningText(*outcome.clockSkewSeconds));
    if (outcome.ok && outcome.noFile) {
        m_progress->showNoFile(outcome.returnedBody, outcome.requestId);
        finish(outcome, QString());
    } else if (outcome.ok) {
        placeFile(outcome, static_cast<int>(ExportFilePlacer::Conflict::Ask));
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
        m_progress->showFailure(m_report.headline(), httpError ? QString() : m_report.error().technicalDetail,
                                m_report.error().hint, true);
        finish(outcome, QString());
        if (httpError)
            showErrorDialog();
    }
}

bool ExportController::offerClockRetry(const ExportOutcome &outcome)
{
    // "Signature expired" with a measured skew: ask before ONE retry with that offset (docs/SERVICE.md "Clock").
    if (m_clockRetried || !ClockSkew::retryOffset(outcome.error))
        return false;
    m_clockRetried = true;
    m_progress->showWorking(ClockSkew::warningText(*outcome.error.clockSkewSeconds));
    const int run = m_run;
    const Credentials credentials = m_credentials;
    ClockRetryPrompt::ask(m_progress, m_prompts, outcome.error,
                          [this, run, outcome, credentials](std::optional<ClockOffset> offset) {
                              if (run != m_run)
                                  return;
                              if (!offset) {
                                  onFinished(outcome);  // m_clockRetried: shows the error now
                                  return;
                              }
                              m_clockOffset = offset;
                              m_progress->showWorking(tr("Retrying once with the clock corrected…"));
                              runJob(credentials);
                          });
    return true;
}

void ExportController::placeFile(const ExportOutcome &outcome, int conflict)
{
    const PlaceResult placed = ExportFilePlacer::place(outcome.filePath, m_folder,
                                                       static_cast<ExportFilePlacer::Conflict>(conflict));
    if (placed.status == PlaceResult::Status::Exists) {
        const int run = m_run;
        m_prompts->overwrite(m_progress, placed.path, [this, run, outcome](UserPrompts::Overwrite choice) {
            if (run != m_run)
                return;
            if (choice == UserPrompts::Overwrite::Cancel) {
                QFile::remove(outcome.filePath);
                fail(tr("Not saved: a file with that name already exists and you chose Cancel."), QString(), QString());
                return;
            }
            placeFile(outcome, static_cast<int>(choice == UserPrompts::Overwrite::Replace
                                                    ? ExportFilePlacer::Conflict::Replace
                                                    : ExportFilePlacer::Conflict::KeepBoth));
        });
        return;
    }
    if (placed.status == PlaceResult::Status::Failed) {
        fail(tr("The file was received but could not be saved."), placed.error,
             tr("Check the free space and permissions of the export folder."));
        return;
    }
    m_progress->showSuccess(placed.path, outcome.bytes, outcome.requestId);
    finish(outcome, placed.path);
}

void ExportController::fail(const QString &headline, const QString &detail, const QString &hint)
{
    m_progress->showFailure(headline, detail, hint, false);
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
    m_errorDialog = new ErrorDialog(m_report, m_prompts, m_window);
    m_errorDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_errorDialog->show();  // non-modal: the table and the error can be read side by side
    emit errorDialogShown(m_errorDialog);
}

} // namespace smsc
