// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/credentials/Credentials.h"
#include "profile/credentials/ProfileSecrets.h"
#include "profile/Profile.h"

#include <QDialog>
#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace smsc {

class CredentialStore;
class ProfileEditor;
class ProfileStore;
class StatusArea;
class UserPrompts;

/*!
 * Lists the profiles (add, duplicate, rename, delete) and edits one. Settings go to the
 * ProfileStore, secrets ONLY to the CredentialStore (the keychain); when that is unavailable
 * the dialog says so with the backend's message and stores the secrets nowhere else.
 */
class ProfileDialog final : public QDialog
{
    Q_OBJECT
public:
    using DetectCallback = std::function<void(const QString &accountId, const QString &error)>;
    //! Resolves the account id for (profile, credentials); calls back on `context`'s thread.
    using AccountIdDetector = std::function<void(const Profile &, const Credentials &, QObject *context,
                                                 DetectCallback)>;

    ProfileDialog(ProfileStore *store, CredentialStore *secrets, UserPrompts *prompts,
                  QWidget *parent = nullptr);

    void setAccountIdDetector(AccountIdDetector detector) { m_detector = std::move(detector); }
    void selectProfile(const QString &name) { populate(name); }
    void addProfile();                 //!< a new, unsaved profile in the editor
    //! The stored name of the profile in the editor, empty when new.
    QString editedProfileName() const { return m_originalName; }
    //! The interface's X-Language, shown for and sent by profiles that follow it.
    void setUiRequestLanguage(std::function<RequestLanguage()> uiLanguage);
    bool hasUnsavedChanges() const;   //!< the form differs from what was loaded or last saved
    //! Asks Save / Discard / Cancel when there are unsaved changes; `proceed` runs unless cancelled
    //! (or the save failed, whose reason the dialog then shows).
    void resolveUnsavedChanges(std::function<void()> proceed);

public slots:
    void reject() override;  //!< Close, Esc and the window's close button ask about unsaved changes first

signals:
    void profilesChanged();                    //!< a profile was saved, renamed or deleted
    void saveFinished(bool ok, bool secretsSaved);
    void secretsLoaded(bool ok);               //!< after a profile's secrets were read (or failed)
    //! "Check": who these typed keys belong to; the composition root asks STS.
    void checkRequested(const smsc::Profile &profile, const smsc::Credentials &credentials);
    //! "Check connection": the doctor with the typed profile and keys.
    void connectionCheckRequested(const smsc::Profile &profile, const smsc::Credentials &credentials);

protected:
    void changeEvent(QEvent *event) override;

private:
    void populate(const QString &select, bool load = true);
    void loadSelected();
    void onRowChanged();
    void markSaved();
    void duplicateProfile();
    void renameProfile();
    void deleteProfile();
    void save();
    void saveSecrets(const Profile &profile, const Credentials &credentials, const QString &oldName);
    void detect();
    void check();
    void checkConnection();
    //! The typed keys when they pass CredentialChecks; otherwise the editor shows why.
    std::optional<Credentials> checkedCredentials();
    void setStatus(const QString &text);
    void setBusy(bool busy);
    QString uniqueName(const QString &base) const;
    void retranslateUi();

    ProfileStore *m_store;
    ProfileSecrets m_secrets;
    UserPrompts *m_prompts;
    AccountIdDetector m_detector;
    QListWidget *m_list = nullptr;
    ProfileEditor *m_editor = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_importSdk = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_checkConnection = nullptr;
    QPushButton *m_close = nullptr;
    StatusArea *m_status = nullptr;
    QLabel *m_listLabel = nullptr;
    QString m_originalName;   // stored name of the edited profile; empty for a new one
    Profile m_savedProfile;   // the form as loaded or last saved, to tell unsaved edits
    Credentials m_savedCredentials;
    int m_shownRow = -1;      // the list row whose profile the editor shows
    bool m_asking = false;    // an unsaved-changes question is open
    bool m_populating = false;
    int m_loadGeneration = 0; // ignores answers for a profile that is no longer selected
};

} // namespace smsc
