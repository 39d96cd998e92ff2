// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/AppController.h"

#include "account/AccountIdResolver.h"
#include "account/AccountWorkflows.h"
#include "batch/BatchController.h"
#include "batch/BatchExportWindow.h"
#include "batch/BatchSetup.h"
#include "diagnostics/ErrorDialog.h"
#include "export/ExportController.h"
#include "export/LastExportBar.h"
#include "profile/endpoints/EndpointCatalogue.h"
#include "profile/ProfileStore.h"
#include "profiles/ProfileDialog.h"
#include "prompts/UserPrompts.h"
#include "window/FocusReturn.h"
#include "window/LanguageManager.h"
#include "window/MainWindow.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace smsc {

AppController::AppController(MainWindow *window, ProfileStore *profiles, CredentialStore *secrets,
                             QNetworkAccessManager *network, UserPrompts *prompts, QObject *parent)
    : QObject(parent), m_window(window), m_profiles(profiles), m_secrets(secrets), m_network(network),
      m_prompts(prompts), m_export(new ExportController(profiles, secrets, network, prompts, window, this)),
      m_account(new AccountWorkflows(window, profiles, secrets, network, prompts, this))
{
    m_account->watchExports(m_export);
    // Profiles that never chose an X-Language send the UI's (docs/SERVICE.md "X-Language").
    m_export->setUiRequestLanguage([languages = window->languages()] { return languages->defaultRequestLanguage(); });
    connect(window, &MainWindow::exportRequested, this, [this](const QList<TaskRow> &rows) {
        m_export->start(m_window->currentProfile(), rows);
    });
    connect(m_export, &ExportController::busyChanged, window, &MainWindow::setBusy);
    connect(m_export, &ExportController::clockWarning, window, [window](const QString &text) {
        window->showStatusMessage(text);
    });
    // The window says where the last export went, with Open file / Open folder / Copy path.
    auto *lastExport = new LastExportBar(window);
    window->statusBar()->insertPermanentWidget(0, lastExport);
    connect(m_export, &ExportController::finished, lastExport, [lastExport](const ExportOutcome &, const QString &saved) {
        if (!saved.isEmpty())
            lastExport->showSaved(saved);
    });
    connect(lastExport, &LastExportBar::openFileRequested, m_export, &ExportController::openPath);
    connect(lastExport, &LastExportBar::openFolderRequested, m_export, &ExportController::openPath);
    connect(window, &MainWindow::manageProfilesRequested, this, &AppController::showProfiles);
    connect(window, &MainWindow::batchExportRequested, this, &AppController::showBatchExport);
    connect(m_account, &AccountWorkflows::batchRunRequested, this, &AppController::showBatchRun);
    connect(window, &MainWindow::checkConnectionRequested, m_account, &AccountWorkflows::checkCurrentConnection);
    connect(window, &MainWindow::currentProfileChanged, this, [this](const QString &name) {
        if (!name.isEmpty())
            m_profiles->setCurrentName(name);
    });
    refreshProfileNames();
    window->installEventFilter(this);
    new FocusReturn(this);  // closing a dialog never leaves the keyboard nowhere
}

bool AppController::eventFilter(QObject *watched, QEvent *event)
{
    // Closing the window would take the profile dialog and its unsaved edits with it: ask first.
    if (watched == m_window && event->type() == QEvent::Close && m_profileDialog
        && m_profileDialog->hasUnsavedChanges()) {
        event->ignore();
        m_profileDialog->raise();
        m_profileDialog->resolveUnsavedChanges([window = QPointer<MainWindow>(m_window)] {
            if (window)
                window->close();
        });
        return true;
    }
    return QObject::eventFilter(watched, event);
}

ProfileDialog *AppController::profileDialog() const
{
    return m_profileDialog;
}

void AppController::refreshProfileNames()
{
    m_window->setProfileNames(m_profiles->names(), m_profiles->currentName());
}

void AppController::showProfiles()
{
    if (m_profileDialog) {
        m_profileDialog->raise();
        m_profileDialog->activateWindow();
        return;
    }
    m_profileDialog = new ProfileDialog(m_profiles, m_secrets, m_prompts, m_window);
    m_profileDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_profileDialog->setUiRequestLanguage([languages = m_window->languages()] { return languages->defaultRequestLanguage(); });
    m_profileDialog->selectProfile(m_window->currentProfile());
    // Detect asks IAM (then STS, for an empty list) with the typed keys, exactly as an export would.
    m_profileDialog->setAccountIdDetector([network = m_network](const Profile &profile, const Credentials &credentials,
                                                                QObject *context, ProfileDialog::DetectCallback done) {
        const ServiceEndpoints endpoints = EndpointCatalogue::resolve(profile);
        if (!endpoints.ok()) {
            done(QString(), endpoints.error);
            return;
        }
        auto *resolver = new AccountIdResolver(network, endpoints, credentials, profile.transport, context);
        QObject::connect(resolver, &AccountIdResolver::finished, context,
                         [resolver, done](const AccountIdResult &result) {
                             resolver->deleteLater();
                             // The headline in plain words, then what the service said, so a
                             // rejected key reads as exactly that.
                             const ApiError &e = result.error;
                             QString why = e.headline;
                             if (!e.errorCode.isEmpty())
                                 why = tr("%1 (%2: %3)").arg(why, e.errorCode, e.errorMsg);
                             else if (!e.technicalDetail.isEmpty())
                                 why = tr("%1 (%2)").arg(why, e.technicalDetail);
                             done(result.accountId, why);
                         });
        resolver->start();
    });
    connect(m_profileDialog, &ProfileDialog::profilesChanged, this, &AppController::refreshProfileNames);
    connect(m_profileDialog, &ProfileDialog::checkRequested, m_account, &AccountWorkflows::checkProfile);
    connect(m_profileDialog, &ProfileDialog::connectionCheckRequested, m_account, &AccountWorkflows::checkConnection);
    m_profileDialog->show();  // non-modal, like the export window
}

BatchExportWindow *AppController::batchWindow() const
{
    return m_batchWindow;
}

QString AppController::batchFolder()
{
    return QSettings().value(u"batch/folder"_s, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

BatchExportWindow *AppController::ensureBatchWindow()
{
    if (m_batchWindow)
        return m_batchWindow;
    auto *controller = new BatchController(m_profiles, m_secrets, m_network);
    controller->setUiRequestLanguage([languages = m_window->languages()] { return languages->defaultRequestLanguage(); });
    auto *window = new BatchExportWindow(controller, m_prompts, m_window);
    controller->setParent(window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setProfileSource([main = m_window] { return main->currentProfile(); });
    window->setOutputFolder(batchFolder());
    connect(controller, &BatchController::started, window, [window] {
        QSettings().setValue(u"batch/folder"_s, window->outputFolder());
    });
    connect(window, &BatchExportWindow::runFinished, m_account, &AccountWorkflows::recordBatchRun);
    connect(window, &BatchExportWindow::errorDialogShown, m_account, &AccountWorkflows::attachErrorDialog);
    m_batchWindow = window;
    return window;
}

void AppController::showBatchExport(const QList<TaskRow> &rows)
{
    BatchExportWindow *window = ensureBatchWindow();
    if (!rows.isEmpty()) {
        const Outcome<QString> written = BatchSetup::writeRowsFile(batchFolder(), rows, QDateTime::currentDateTime());
        if (!written.ok()) {
            m_prompts->warning(m_window, tr("Cannot export rows"), written.error());
            return;
        }
        window->setRowsFile(written.value(), QFileInfo(written.value()).absolutePath());
        m_window->showStatusMessage(tr("Saved %n row(s) to %1 for the batch export.", "", int(rows.size()))
                                        .arg(QDir::toNativeSeparators(written.value())));
    }
    window->show();
    window->raise();
    window->activateWindow();
}

void AppController::showBatchRun(const QString &manifestPath)
{
    BatchExportWindow *window = ensureBatchWindow();
    window->show();
    window->raise();
    window->activateWindow();
    window->openRun(manifestPath);
}

} // namespace smsc
