// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/AccountIdCache.h"
#include "account/ProjectIdCache.h"
#include "clock/ClockOffset.h"
#include "clock/ClockRetry.h"
#include "errors/ErrorReport.h"
#include "export/ExportJob.h"
#include "profile/credentials/Credentials.h"
#include "profile/credentials/ProfileSecrets.h"
#include "profile/Profile.h"
#include "rows/TaskRow.h"

#include <QObject>
#include <QPointer>
#include <QTemporaryDir>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QWidget;

namespace smsc {

class CredentialStore;
class ErrorDialog;
class ExportProgressDialog;
class ProfileStore;
class UserPrompts;

/*!
 * Runs one export at a time for the window: profile and secrets (async) → ExportJob into a
 * staging folder → the file moved into the export folder, asking before it replaces anything.
 * Shows progress in a non-modal ExportProgressDialog and HTTP errors in an ErrorDialog.
 * No nested event loops: every step continues from a signal or a callback.
 */
class ExportController final : public QObject
{
    Q_OBJECT
public:
    ExportController(ProfileStore *profiles, CredentialStore *secrets, QNetworkAccessManager *network,
                     UserPrompts *prompts, QWidget *window, QObject *parent = nullptr);
    ~ExportController() override;

    //! The folder exports are saved in (QSettings "export/folder"); empty until chosen.
    QString exportFolder() const;
    void setExportFolder(const QString &folder);
    //! Opens a file or folder with the desktop's handler, false when it has none; tests replace it
    //! (default: QDesktopServices::openUrl).
    void setFolderOpener(std::function<bool(const QUrl &)> opener);
    //! Whether a received file whose name exists is kept under a free name without a question (the
    //! default, QSettings "export/askWhenNameExists" false) or the user is asked Replace / Keep both.
    bool asksWhenNameExists() const;
    void setAsksWhenNameExists(bool ask);
    //! The UI's X-Language, used for profiles that never chose one (LanguageManager::defaultRequestLanguage).
    void setUiRequestLanguage(std::function<RequestLanguage()> uiLanguage);

    bool isBusy() const { return m_busy; }
    ExportProgressDialog *progressDialog() const;
    ErrorDialog *errorDialog() const;

public slots:
    void start(const QString &profileName, const QList<smsc::TaskRow> &rows);
    void cancel();
    //! Asks for the folder exports go to and remembers it.
    void chooseFolder();
    //! Opens `path` (a file or a folder) with the desktop; when nothing opens it, says so and offers to copy it.
    void openPath(const QString &path);
    //! Runs the last export again with the same profile and rows (the user's explicit "Try again").
    void retry();

signals:
    void busyChanged(bool busy);
    void finished(const smsc::ExportOutcome &outcome, const QString &savedPath);
    void errorDialogShown(smsc::ErrorDialog *dialog);
    void exportFolderChanged(const QString &folder);
    //! The answer's Date shows the clock more than 5 minutes off (ClockSkew::warningText).
    void clockWarning(const QString &text);

private:
    void withFolder(std::function<void(const QString &)> next);
    void loadSecrets();
    void runJob(const Credentials &credentials);
    bool offerClockRetry(const ExportOutcome &outcome);
    void onFinished(const ExportOutcome &outcome);
    void placeFile(const ExportOutcome &outcome, int conflict, bool declinedReplace = false);
    void fail(const QString &headline, const QString &detail, const QString &hint, bool folderProblem = false);
    void showErrorDialog();
    void finish(const ExportOutcome &outcome, const QString &savedPath);
    void setBusy(bool busy);

    ProfileStore *m_profiles;
    ProfileSecrets m_secrets;
    QNetworkAccessManager *m_network;
    UserPrompts *m_prompts;
    QPointer<QWidget> m_window;
    AccountIdCache m_accountIds;
    ProjectIdCache m_projectIds;
    std::function<bool(const QUrl &)> m_openFolder;
    std::function<RequestLanguage()> m_uiLanguage;
    QPointer<ExportProgressDialog> m_progress;
    QPointer<ErrorDialog> m_errorDialog;
    QPointer<ExportJob> m_job;
    std::unique_ptr<QTemporaryDir> m_staging;
    Profile m_profile;
    QList<TaskRow> m_rows;
    QString m_folder;
    QString m_profileName;      // as asked for by start(), for retry()
    QString m_savedPath;        // the file the last export saved, for Open file
    Credentials m_credentials;  // held only while a job runs, to mask/scrub the error report
    ExportOutcome m_lastOutcome;
    ErrorReport m_report;       // redacted; for the error dialog
    std::optional<ClockOffset> m_clockOffset;  // set for the one clock retry of this run
    ClockRetry m_clockRetry;
    bool m_busy = false;
    int m_run = 0;  // ignores late callbacks of a cancelled run
};

} // namespace smsc
