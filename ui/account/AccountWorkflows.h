// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/ApiError.h"
#include "export/ExportJob.h"
#include "profile/credentials/ProfileSecrets.h"
#include "profile/Profile.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace smsc {

class AccountPickerDialog;
class ErrorDialog;
class ExportController;
class HistoryDialog;
class MainWindow;
class ProfileStore;
class UserPrompts;
struct ExchangeRecord;

/*!
 * Runs the window's account workflows: Add from account, History, Decode from the error dialog,
 * Check profile, and the export history. Loads the profile and its secrets for each
 * use and hands them to the dialogs; holds no secret afterwards.
 */
class AccountWorkflows final : public QObject
{
    Q_OBJECT
public:
    AccountWorkflows(MainWindow *window, ProfileStore *profiles, CredentialStore *secrets,
                    QNetworkAccessManager *network, UserPrompts *prompts, QObject *parent = nullptr);

    //! Records every export in the history and adds Decode to its error dialogs.
    void watchExports(ExportController *exports);
    //! Decode in `dialog` uses the profile its report names.
    void attachErrorDialog(ErrorDialog *dialog);
    void setHistoryPath(const QString &path);   //!< default ExportHistory::defaultPath()

    AccountPickerDialog *accountPicker() const;   //!< the open one, or null
    HistoryDialog *historyDialog() const;         //!< the open one, or null
    //! Opens the Decode dialog over `over` (the main window when null); `decoded` (optional)
    //! receives STS's decoded message once it is read.
    void decode(const QString &profileName, const QString &encodedMessage,
                std::function<void(const QString &)> decoded = {}, QWidget *over = nullptr);

public slots:
    void showAccountPicker();
    void showHistory();
    void checkProfile(const smsc::Profile &profile, const smsc::Credentials &credentials);
    //! Records a batch run as one history entry (replacing the entry of an earlier session of the same run).
    void recordBatchRun(const QString &manifestPath);

    //! "Check connection" of the profile dialog: the doctor with the typed profile and keys.
    void checkConnection(const smsc::Profile &profile, const smsc::Credentials &credentials);
    //! Help > Check connection: the doctor with the current profile and its stored keys (or, when
    //! they cannot be read, without them: the configuration check says why).
    void checkCurrentConnection();

signals:
    //! The history's "Open batch run".
    void batchRunRequested(const QString &manifestPath);

private:
    using Next = std::function<void(const Profile &, const Credentials &)>;
    void withSecrets(const QString &profileName, Next next);
    void showError(const ApiError &error, const RequestRecord &request, const QString &endpoint,
                   const Profile &profile, const Credentials &credentials, const char *sourceTitle);
    void showDoctor(const Profile &profile, std::optional<Credentials> credentials, const QString &problem);
    void recordExport(const ExportOutcome &outcome, const QString &savedPath);

    MainWindow *m_window;
    ProfileStore *m_profiles;
    ProfileSecrets m_secrets;
    QNetworkAccessManager *m_network;
    UserPrompts *m_prompts;
    QString m_historyPath;
    QString m_lastProfile;
    QList<TaskRow> m_lastRows;
    QPointer<AccountPickerDialog> m_picker;
    QPointer<HistoryDialog> m_history;
};

} // namespace smsc
