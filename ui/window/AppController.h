// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace smsc {

class AccountWorkflows;
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

public slots:
    void showProfiles();
    void refreshProfileNames();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    MainWindow *m_window;
    ProfileStore *m_profiles;
    CredentialStore *m_secrets;
    QNetworkAccessManager *m_network;
    UserPrompts *m_prompts;
    ExportController *m_export;
    AccountWorkflows *m_account;
    QPointer<ProfileDialog> m_profileDialog;
};

} // namespace smsc
