// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/AccountWorkflows.h"

#include "account/AccountPickerDialog.h"
#include "clock/ClockRetry.h"
#include "diagnostics/ClockRetryPrompt.h"
#include "diagnostics/DenialDecodeDialog.h"
#include "diagnostics/DoctorDialog.h"
#include "diagnostics/ErrorDialog.h"
#include "diagnostics/WhoAmIDialog.h"
#include "doctor/DoctorRun.h"
#include "errors/ErrorReport.h"
#include "export/ExportController.h"
#include "export/ExportHistory.h"
#include "export/HistoryDialog.h"
#include "profile/ProfileStore.h"
#include "prompts/UserPrompts.h"
#include "rows/RowTableModel.h"
#include "table/RowActions.h"
#include "window/MainWindow.h"

#include <QPointer>

#include <memory>

namespace smsc {
namespace {

const char *const kPickerTitle = QT_TRANSLATE_NOOP("smsc::ErrorDialog", "Loading from the account failed");

// Dialogs opened from here are non-modal, owned by their parent and gone when closed.
template <typename Dialog> Dialog *showNonModal(Dialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

} // namespace

AccountWorkflows::AccountWorkflows(MainWindow *window, ProfileStore *profiles, CredentialStore *secrets,
                                 QNetworkAccessManager *network, UserPrompts *prompts, QObject *parent)
    : QObject(parent), m_window(window), m_profiles(profiles), m_secrets(secrets), m_network(network),
      m_prompts(prompts), m_historyPath(ExportHistory::defaultPath())
{
    connect(window, &MainWindow::addFromAccountRequested, this, &AccountWorkflows::showAccountPicker);
    connect(window, &MainWindow::historyRequested, this, &AccountWorkflows::showHistory);
    // The rows and profile of the export that is about to run, for its history entry.
    connect(window, &MainWindow::exportRequested, this, [this](const QList<TaskRow> &rows) {
        m_lastRows = rows;
        m_lastProfile = m_window->currentProfile();
    });
}

void AccountWorkflows::watchExports(ExportController *exports)
{
    connect(exports, &ExportController::finished, this, &AccountWorkflows::recordExport);
    connect(exports, &ExportController::errorDialogShown, this, &AccountWorkflows::attachErrorDialog);
}

void AccountWorkflows::attachErrorDialog(ErrorDialog *dialog)
{
    const QString profile = dialog->report().context().profileName;
    const QPointer<ErrorDialog> requester = dialog;
    connect(dialog, &ErrorDialog::decodeRequested, this, [this, profile, requester](const QString &message) {
        // Over the error dialog: closing the decision returns there, where Save report… waits.
        decode(profile, message, [requester](const QString &decoded) {
            if (requester)
                requester->setDecodedMessage(decoded);  // the saved report then includes it
        }, requester);
    });
}

AccountPickerDialog *AccountWorkflows::accountPicker() const
{
    return m_picker;
}

HistoryDialog *AccountWorkflows::historyDialog() const
{
    return m_history;
}

void AccountWorkflows::setHistoryPath(const QString &path)
{
    m_historyPath = path;
}

void AccountWorkflows::withSecrets(const QString &profileName, Next next)
{
    const std::optional<Profile> profile = profileName.isEmpty() ? std::nullopt : m_profiles->load(profileName);
    if (!profile) {
        // Asked, not only a status line: with no profile the request would otherwise seem to do nothing.
        m_prompts->confirm(m_window, tr("No profile yet"),
                           tr("This needs a profile with the keys of your account, and there is none yet. "
                              "Create one now?"),
                           tr("&Create profile…"), [window = QPointer<MainWindow>(m_window)](bool create) {
                               if (create && window)
                                   emit window->manageProfilesRequested();
                           });
        return;
    }
    m_secrets.load(profile->name, profile->authMode, this,
                   [this, profile = *profile, next = std::move(next)](const Outcome<Credentials> &result) {
                       if (!result.ok()) {
                           m_window->showStatusMessage(result.error());
                           return;
                       }
                       next(profile, result.value());
                   });
}

void AccountWorkflows::showAccountPicker()
{
    if (m_picker) {
        m_picker->raise();
        m_picker->activateWindow();
        return;
    }
    withSecrets(m_window->currentProfile(), [this](const Profile &profile, const Credentials &credentials) {
        // The lister resolves the account id itself when the profile has none.
        auto *picker = new AccountPickerDialog(m_network, profile, credentials, profile.domainId, m_window);
        RowTableModel *rows = m_window->rowModel();
        picker->setExistingRows(rows->rows());
        picker->setRemainingCapacity(rows->remainingCapacity());
        connect(picker, &AccountPickerDialog::rowsChosen, this, [this, picker](const QList<TaskRow> &chosen) {
            m_window->rowActions()->appendRows(chosen, true, RowActions::undoLabel(QT_TRANSLATE_NOOP("smsc::RowActions", "Add from account")));
            picker->setRemainingCapacity(m_window->rowModel()->remainingCapacity());
        });
        auto clockRetry = std::make_shared<ClockRetry>();
        connect(picker, &AccountPickerDialog::errorOccurred, this,
                [this, picker, profile, credentials, clockRetry](const ApiError &error, const ExchangeRecord &exchange) {
                    // "Signature expired" with a measured skew: offer ONE retry with that offset.
                    if (!clockRetry->take(error)) {
                        showError(error, exchange.request, exchange.endpoint, profile, credentials, kPickerTitle);
                        return;
                    }
                    const QPointer<AccountPickerDialog> guard = picker;
                    ClockRetryPrompt::ask(picker, m_prompts, error,
                                          [=, this](std::optional<ClockOffset> offset) {
                                              if (!guard)
                                                  return;
                                              if (!offset) {
                                                  showError(error, exchange.request, exchange.endpoint, profile,
                                                            credentials, kPickerTitle);
                                                  return;
                                              }
                                              guard->setClock(offset->clock());
                                              guard->reloadLast();
                                          });
                });
        m_picker = showNonModal(picker);
        picker->loadServers();
    });
}

void AccountWorkflows::showHistory()
{
    if (m_history) {
        m_history->reload();
        m_history->raise();
        m_history->activateWindow();
        return;
    }
    auto *history = new HistoryDialog(m_historyPath, m_window);
    connect(history, &HistoryDialog::batchRunRequested, this, &AccountWorkflows::batchRunRequested);
    connect(history, &HistoryDialog::rowsRequested, this, [this](const QList<TaskRow> &rows) {
        m_window->rowActions()->loadRows(rows, RowActions::undoLabel(QT_TRANSLATE_NOOP("smsc::RowActions", "Load rows from history")));
    });
    connect(history, &HistoryDialog::errorRequested, this, [this](const ApiError &error) {
        Profile profile;
        profile.name = m_window->currentProfile();
        showError(error, RequestRecord(), QString(), profile, Credentials(),
                  QT_TRANSLATE_NOOP("smsc::ErrorDialog", "Export failed"));  // history entries are exports
    });
    m_history = showNonModal(history);
}

void AccountWorkflows::decode(const QString &profileName, const QString &encodedMessage,
                              std::function<void(const QString &)> decoded, QWidget *over)
{
    withSecrets(profileName, [this, encodedMessage, decoded, over = QPointer<QWidget>(over)](
                                 const Profile &profile, const Credentials &credentials) {
        QWidget *parent = over ? over.data() : static_cast<QWidget *>(m_window);
        auto *dialog = showNonModal(new DenialDecodeDialog(m_network, profile, credentials, encodedMessage, parent));
        if (decoded) {
            connect(dialog, &DenialDecodeDialog::finished, this, [decoded](const DecodeResult &result) {
                if (result.ok())
                    decoded(result.decision.rawJson);
            });
        }
        dialog->start();
    });
}

void AccountWorkflows::checkProfile(const Profile &profile, const Credentials &credentials)
{
    // The id the app would send: the profile's own; with none, the dialog reports the one STS names.
    auto *dialog = showNonModal(new WhoAmIDialog(m_network, profile, credentials, profile.domainId, m_window));
    connect(dialog, &WhoAmIDialog::detailsRequested, this,
            [this, profile, credentials](const CallerIdentityResult &result) {
                showError(result.error, result.exchange.request, result.endpoint, profile, credentials,
                          QT_TRANSLATE_NOOP("smsc::ErrorDialog", "Check profile failed"));
            });
    dialog->start();
}

void AccountWorkflows::checkConnection(const Profile &profile, const Credentials &credentials)
{
    showDoctor(profile, credentials, QString());
}

void AccountWorkflows::checkCurrentConnection()
{
    const QString name = m_window->currentProfile();
    const std::optional<Profile> profile = name.isEmpty() ? std::nullopt : m_profiles->load(name);
    if (!profile) {
        withSecrets(name, [](const Profile &, const Credentials &) {});  // asks to create a profile
        return;
    }
    m_secrets.load(profile->name, profile->authMode, this, [this, profile = *profile](const Outcome<Credentials> &result) {
        if (result.ok())
            showDoctor(profile, result.value(), QString());
        else
            showDoctor(profile, std::nullopt, result.error());
    });
}

void AccountWorkflows::showDoctor(const Profile &profile, std::optional<Credentials> credentials, const QString &problem)
{
    auto *run = new DoctorRun(m_network, profile, std::move(credentials));
    if (!problem.isEmpty())
        run->setCredentialsProblem(problem);
    auto *dialog = showNonModal(new DoctorDialog(run, profile.name, m_window));
    dialog->start();
}

void AccountWorkflows::showError(const ApiError &error, const RequestRecord &request, const QString &endpoint,
                                const Profile &profile, const Credentials &credentials, const char *sourceTitle)
{
    ErrorReportContext context;
    context.profileName = profile.name;
    context.endpoint = endpoint.isEmpty() ? profile.endpoint : endpoint;
    context.authMode = profile.authMode;
    auto *dialog = new ErrorDialog(ErrorReport(error, request, context, credentials), m_prompts, m_window);
    dialog->setContext(sourceTitle);
    showNonModal(dialog);
    attachErrorDialog(dialog);
}

void AccountWorkflows::recordExport(const ExportOutcome &outcome, const QString &savedPath)
{
    // A run that stopped before any request (no folder, no keys) is not an export.
    if (!outcome.ok() && !outcome.error.isError())
        return;
    ExportOutcome recorded = outcome;
    recorded.filePath = savedPath;
    // The outcome's texts are already redacted by the core; no secret is at hand here to scrub more.
    const HistoryEntry entry = HistoryEntry::fromOutcome(recorded, m_lastProfile, m_lastRows, Credentials());
    if (const Outcome<void> appended = ExportHistory(m_historyPath).append(entry); !appended.ok())
        m_window->showStatusMessage(appended.error());
    if (m_history)
        m_history->reload();
}

void AccountWorkflows::recordBatchRun(const QString &manifestPath)
{
    const Outcome<BatchManifest> manifest = BatchManifest::read(manifestPath);
    if (!manifest.ok()) {
        m_window->showStatusMessage(manifest.error());
        return;
    }
    const HistoryEntry entry = HistoryEntry::fromManifest(manifest.value(), manifestPath);
    if (const Outcome<void> appended = ExportHistory(m_historyPath).append(entry); !appended.ok())
        m_window->showStatusMessage(appended.error());
    if (m_history)
        m_history->reload();
}

} // namespace smsc
