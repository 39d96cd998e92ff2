// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rows/TaskRow.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace smsc {

class AccountWorkflows;
class BatchExportWindow;
class CredentialStore;
class ExportController;
class MainWindow;
class ProfileDialog;
class ProfileStore;
class UserPrompts;

/*!
 * Wires the main window's intents to the dialogs and the export: profile list and current
 * profile (ProfileStore), the profile dialog (with account-id detection through the core),
 * and exports (ExportController). Owns no business logic.
 */
class AppController final : public QObject
{
    Q_OBJECT
public:
    AppController(MainWindow *window, ProfileStore *profiles, CredentialStore *secrets,
                  QNetworkAccessManager *network, UserPrompts *prompts, QObject *parent = nullptr);

    ExportController *exportController() const { return m_export; }
    AccountWorkflows *accountWorkflows() const { return m_account; }
    ProfileDialog *profileDialog() const;  //!< the open one, or null
    BatchExportWindow *batchWindow() const;  //!< the open one, or null
    //! The folder batch runs are created in (QSettings "batch/folder"; default: the documents folder).
    static QString batchFolder();

public slots:
    void showProfiles();
    void refreshProfileNames();
    //! Opens the batch window; with `rows` (the ">200 rows" offer), writes them to a rows file in a
    //! new run folder first and preselects it.
    void showBatchExport(const QList<smsc::TaskRow> &rows = {});
    //! Opens the batch window on the run `manifestPath` records (from the history); Resume… sends
    //! what is not saved.
    void showBatchRun(const QString &manifestPath);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    BatchExportWindow *ensureBatchWindow();

    MainWindow *m_window;
    ProfileStore *m_profiles;
    CredentialStore *m_secrets;
    QNetworkAccessManager *m_network;
    UserPrompts *m_prompts;
    ExportController *m_export;
    AccountWorkflows *m_account;
    QPointer<ProfileDialog> m_profileDialog;
    QPointer<BatchExportWindow> m_batchWindow;
};

} // namespace smsc
