// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/credentials/Credentials.h"
#include "profile/credentials/CredentialStore.h"
#include "profile/Profile.h"
#include "profile/ProfileChecks.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace smsc {

class SecretLineEdit;
class UserPrompts;

//! The form for one profile: connection, credentials, account, network. Shows values and problems only.
class ProfileEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileEditor(UserPrompts *prompts, QWidget *parent = nullptr);

    void setProfile(const Profile &profile);
    Profile profile() const;
    void setCredentials(const Credentials &credentials);
    Credentials credentials() const;  //!< the typed secrets, for the selected auth mode
    bool hasAnySecret() const;        //!< any secret field of the selected mode filled in
    //! The interface's X-Language, sent by profiles that follow it (default: from QLocale()).
    void setUiRequestLanguage(std::function<RequestLanguage()> uiLanguage);

    void clearIssues();
    void showIssue(ProfileField field, const QString &message);        //!< next to the field, focused
    void showSecretIssue(SecretField field, const QString &message);
    void setDetecting(bool busy);
    void setDetectStatus(const QString &text);
    void setDomainId(const QString &id);
    void focusName();

signals:
    void detectRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QGroupBox *addGroup(const QString &objectName, QFormLayout **form);
    QWidget *addRow(QFormLayout *form, const char *label, QWidget *field, const QString &errorName);
    QLineEdit *addLine(QFormLayout *form, const char *label, const QString &objectName);
    SecretLineEdit *addSecret(QFormLayout *form, const char *label, const QString &objectName);
    void showError(QWidget *field, const QString &message);
    void updateVisibility();
    void updateEndpointSources();
    void updateLanguageSends();
    RequestLanguage uiRequestLanguage() const;
    void browseCaFile();
    void retranslateUi();

    UserPrompts *m_prompts;
    QList<QPair<QLabel *, const char *>> m_labels;
    QHash<QWidget *, QLabel *> m_errors;   // field → its error label
    QHash<QWidget *, QWidget *> m_rows;    // field → the row container (for visibility)
    QGroupBox *m_connectionGroup = nullptr;
    QGroupBox *m_credentialsGroup = nullptr;
    QGroupBox *m_accountGroup = nullptr;
    QGroupBox *m_networkGroup = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_region = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QLineEdit *m_iamEndpoint = nullptr;
    QLineEdit *m_stsEndpoint = nullptr;
    QLabel *m_endpointSources = nullptr;
    QComboBox *m_authMode = nullptr;
    SecretLineEdit *m_ak = nullptr;
    SecretLineEdit *m_sk = nullptr;
    SecretLineEdit *m_securityToken = nullptr;
    SecretLineEdit *m_iamToken = nullptr;
    QLineEdit *m_domainId = nullptr;
    QPushButton *m_detect = nullptr;
    QLabel *m_detectStatus = nullptr;
    QComboBox *m_scope = nullptr;
    QLineEdit *m_projectId = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageSends = nullptr;
    std::function<RequestLanguage()> m_uiLanguage;
    QSpinBox *m_connectTimeout = nullptr;
    QSpinBox *m_transferTimeout = nullptr;
    QLineEdit *m_proxy = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_browseCa = nullptr;
    QCheckBox *m_retry = nullptr;
    QFormLayout *m_connectionForm = nullptr;
    QFormLayout *m_credentialsForm = nullptr;
    QFormLayout *m_accountForm = nullptr;
};

} // namespace smsc
