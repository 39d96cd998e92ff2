// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/ProfileEditor.h"

#include "profile/endpoints/EndpointCatalogue.h"
#include "profiles/SecretLineEdit.h"
#include "prompts/UserPrompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smsc {
namespace {

// The X-Language entry that follows the interface language (stored as "auto").
constexpr int kFollowUi = -1;

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

ProfileEditor::ProfileEditor(UserPrompts *prompts, QWidget *parent) : QWidget(parent), m_prompts(prompts)
{
    setObjectName(u"profileEditor"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    QFormLayout *network = nullptr;
    m_connectionGroup = addGroup(u"connectionGroup"_s, &m_connectionForm);
    m_name = addLine(m_connectionForm, QT_TR_NOOP("&Name:"), u"nameEdit"_s);
    m_region = new QComboBox;
    m_region->setObjectName(u"regionCombo"_s);
    for (const RegionInfo &region : EndpointCatalogue::regions())
        m_region->addItem(u"%1 (%2)"_s.arg(region.name, region.id), region.id);
    m_region->addItem(QString(), QString());  // "Custom endpoint", text set in retranslateUi()
    addRow(m_connectionForm, QT_TR_NOOP("&Region:"), m_region, u"regionComboError"_s);
    m_endpoint = addLine(m_connectionForm, QT_TR_NOOP("&Endpoint:"), u"endpointEdit"_s);
    m_iamEndpoint = addLine(m_connectionForm, QT_TR_NOOP("&IAM endpoint:"), u"iamEndpointEdit"_s);
    m_stsEndpoint = addLine(m_connectionForm, QT_TR_NOOP("STS endpoint:"), u"stsEndpointEdit"_s);
    // Read-only: which endpoints calls would use and where each came from (docs/SERVICE.md "Using your SDK set-up").
    m_endpointSources = new QLabel;
    m_endpointSources->setObjectName(u"endpointSourcesLabel"_s);
    m_endpointSources->setWordWrap(true);
    m_endpointSources->setTextFormat(Qt::PlainText);
    m_endpointSources->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_connectionForm->addRow(m_endpointSources);

    m_credentialsGroup = addGroup(u"credentialsGroup"_s, &m_credentialsForm);
    m_authMode = new QComboBox;
    m_authMode->setObjectName(u"authModeCombo"_s);
    for (AuthMode mode : {AuthMode::AkSk, AuthMode::TemporaryAkSk, AuthMode::IamToken})
        m_authMode->addItem(QString(), static_cast<int>(mode));
    addRow(m_credentialsForm, QT_TR_NOOP("Aut&hentication:"), m_authMode, u"authModeComboError"_s);
    m_ak = addSecret(m_credentialsForm, QT_TR_NOOP("Access &key (AK):"), u"accessKeyEdit"_s);
    m_sk = addSecret(m_credentialsForm, QT_TR_NOOP("&Secret key (SK):"), u"secretKeyEdit"_s);
    m_securityToken = addSecret(m_credentialsForm, QT_TR_NOOP("Security t&oken:"), u"securityTokenEdit"_s);
    m_iamToken = addSecret(m_credentialsForm, QT_TR_NOOP("IAM t&oken:"), u"iamTokenEdit"_s);

    m_accountGroup = addGroup(u"accountGroup"_s, &m_accountForm);
    m_domainId = new QLineEdit;
    m_domainId->setObjectName(u"domainIdEdit"_s);
    m_detect = new QPushButton;
    m_detect->setObjectName(u"detectButton"_s);
    connect(m_detect, &QPushButton::clicked, this, &ProfileEditor::detectRequested);
    m_detectStatus = new QLabel;
    m_detectStatus->setObjectName(u"detectStatusLabel"_s);
    m_detectStatus->setWordWrap(true);
    m_detectStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detectStatus->hide();
    auto *domainRow = new QWidget;
    auto *domainLayout = new QHBoxLayout(domainRow);
    domainLayout->setContentsMargins(0, 0, 0, 0);
    domainLayout->addWidget(m_domainId, 1);
    domainLayout->addWidget(m_detect);
    QWidget *domainContainer = addRow(m_accountForm, QT_TR_NOOP("Account ID:"), domainRow, u"domainIdEditError"_s);
    domainContainer->layout()->addWidget(m_detectStatus);
    m_errors.insert(m_domainId, m_errors.take(domainRow));
    m_labels.last().first->setBuddy(m_domainId);
    m_scope = new QComboBox;
    m_scope->setObjectName(u"scopeHeaderCombo"_s);
    m_scope->addItem(u"X-Domain-Id"_s, static_cast<int>(ScopeHeader::DomainId));
    m_scope->addItem(u"X-Project-Id"_s, static_cast<int>(ScopeHeader::ProjectId));
    addRow(m_accountForm, QT_TR_NOOP("Scope header:"), m_scope, u"scopeHeaderComboError"_s);
    m_projectId = addLine(m_accountForm, QT_TR_NOOP("Pro&ject ID:"), u"projectIdEdit"_s);
    m_language = new QComboBox;
    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(QString(), kFollowUi);  // the default: what the interface language says
    for (RequestLanguage language : {RequestLanguage::EnUs, RequestLanguage::ZhCn, RequestLanguage::None})
        m_language->addItem(QString(), static_cast<int>(language));
    m_languageSends = new QLabel;
    m_languageSends->setObjectName(u"languageSendsLabel"_s);
    auto *languageRow = new QWidget;
    auto *languageLayout = new QHBoxLayout(languageRow);
    languageLayout->setContentsMargins(0, 0, 0, 0);
    languageLayout->addWidget(m_language, 1);
    languageLayout->addWidget(m_languageSends);
    addRow(m_accountForm, QT_TR_NOOP("X-Lan&guage:"), languageRow, u"languageComboError"_s);
    m_errors.insert(m_language, m_errors.take(languageRow));
    m_labels.last().first->setBuddy(m_language);

    m_networkGroup = addGroup(u"networkGroup"_s, &network);
    m_connectTimeout = new QSpinBox;
    m_connectTimeout->setObjectName(u"connectTimeoutSpin"_s);
    m_connectTimeout->setRange(1, 600);
    addRow(network, QT_TR_NOOP("&Connect timeout:"), m_connectTimeout, u"connectTimeoutSpinError"_s);
    m_transferTimeout = new QSpinBox;
    m_transferTimeout->setObjectName(u"transferTimeoutSpin"_s);
    m_transferTimeout->setRange(1, 3600);
    addRow(network, QT_TR_NOOP("&Transfer timeout:"), m_transferTimeout, u"transferTimeoutSpinError"_s);
    m_proxy = addLine(network, QT_TR_NOOP("Pro&xy:"), u"proxyEdit"_s);
    m_caFile = new QLineEdit;
    m_caFile->setObjectName(u"caFileEdit"_s);
    m_browseCa = new QPushButton;
    m_browseCa->setObjectName(u"browseCaFileButton"_s);
    connect(m_browseCa, &QPushButton::clicked, this, &ProfileEditor::browseCaFile);
    auto *caRow = new QWidget;
    auto *caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    caLayout->addWidget(m_caFile, 1);
    caLayout->addWidget(m_browseCa);
    addRow(network, QT_TR_NOOP("CA &file:"), caRow, u"caFileEditError"_s);
    m_errors.insert(m_caFile, m_errors.take(caRow));
    m_labels.last().first->setBuddy(m_caFile);
    m_retry = new QCheckBox;
    m_retry->setObjectName(u"retryCheck"_s);
    network->addRow(m_retry);

    for (QGroupBox *group : {m_connectionGroup, m_credentialsGroup, m_accountGroup, m_networkGroup})
        layout->addWidget(group);
    layout->addStretch(1);

    // A message about a field goes once the field is edited; "detected, save to keep it" once the ID is typed over.
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        if (auto *edit = qobject_cast<QLineEdit *>(it.key()))
            connect(edit, &QLineEdit::textEdited, it.value(), &QLabel::hide);
    }
    connect(m_domainId, &QLineEdit::textEdited, m_detectStatus, &QLabel::hide);
    connect(m_region, &QComboBox::currentIndexChanged, this, &ProfileEditor::updateVisibility);
    connect(m_region, &QComboBox::currentIndexChanged, this, &ProfileEditor::updateEndpointSources);
    for (QLineEdit *edit : {m_endpoint, m_iamEndpoint, m_stsEndpoint})
        connect(edit, &QLineEdit::textChanged, this, &ProfileEditor::updateEndpointSources);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ProfileEditor::updateLanguageSends);
    connect(m_authMode, &QComboBox::currentIndexChanged, this, &ProfileEditor::updateVisibility);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ProfileEditor::updateVisibility);
    retranslateUi();
    setProfile(Profile{});
}

QGroupBox *ProfileEditor::addGroup(const QString &objectName, QFormLayout **form)
{
    auto *group = new QGroupBox;
    group->setObjectName(objectName);
    *form = new QFormLayout(group);
    (*form)->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return group;
}

QWidget *ProfileEditor::addRow(QFormLayout *form, const char *label, QWidget *field, const QString &errorName)
{
    auto *container = new QWidget;
    auto *column = new QVBoxLayout(container);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    auto *error = new QLabel;
    error->setObjectName(errorName);
    error->setWordWrap(true);
    error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    error->hide();
    column->addWidget(error);
    auto *text = new QLabel;
    text->setBuddy(field);
    form->addRow(text, container);
    m_labels.append({text, label});
    m_errors.insert(field, error);
    m_rows.insert(field, container);
    return container;
}

QLineEdit *ProfileEditor::addLine(QFormLayout *form, const char *label, const QString &objectName)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    addRow(form, label, edit, objectName + u"Error");
    return edit;
}

SecretLineEdit *ProfileEditor::addSecret(QFormLayout *form, const char *label, const QString &objectName)
{
    auto *edit = new SecretLineEdit;
    edit->setObjectName(objectName);
    addRow(form, label, edit, objectName + u"Error");
    return edit;
}

void ProfileEditor::setProfile(const Profile &profile)
{
    clearIssues();
    m_name->setText(profile.name);
    if (profile.endpoint.isEmpty())
        selectData(m_region, profile.region.isEmpty() ? EndpointCatalogue::regions().value(0).id : profile.region);
    else
        m_region->setCurrentIndex(m_region->count() - 1);
    m_endpoint->setText(profile.endpoint);
    m_iamEndpoint->setText(profile.iamEndpoint);
    m_stsEndpoint->setText(profile.stsEndpoint);
    selectData(m_authMode, static_cast<int>(profile.authMode));
    m_domainId->setText(profile.domainId);
    selectData(m_scope, static_cast<int>(profile.scopeHeader));
    m_projectId->setText(profile.projectId);
    selectData(m_language, profile.languageFollowsUi ? kFollowUi : static_cast<int>(profile.language));
    m_connectTimeout->setValue(profile.transport.connectTimeoutSeconds);
    m_transferTimeout->setValue(profile.transport.transferTimeoutSeconds);
    m_proxy->setText(profile.transport.proxyUrl);
    m_caFile->setText(profile.transport.caFile);
    m_retry->setChecked(profile.transport.retryTransient);
    m_detectStatus->hide();
    updateVisibility();
}

Profile ProfileEditor::profile() const
{
    Profile p;
    p.name = m_name->text().trimmed();
    const bool custom = m_region->currentIndex() == m_region->count() - 1;
    p.region = custom ? QString() : m_region->currentData().toString();
    p.endpoint = custom ? m_endpoint->text().trimmed() : QString();
    p.iamEndpoint = m_iamEndpoint->text().trimmed();
    p.stsEndpoint = m_stsEndpoint->text().trimmed();
    p.authMode = static_cast<AuthMode>(m_authMode->currentData().toInt());
    p.domainId = m_domainId->text().trimmed();
    p.scopeHeader = static_cast<ScopeHeader>(m_scope->currentData().toInt());
    p.projectId = m_projectId->text().trimmed();
    p.languageFollowsUi = m_language->currentData().toInt() == kFollowUi;
    p.language = p.languageFollowsUi ? uiRequestLanguage() : static_cast<RequestLanguage>(m_language->currentData().toInt());
    p.transport.connectTimeoutSeconds = m_connectTimeout->value();
    p.transport.transferTimeoutSeconds = m_transferTimeout->value();
    p.transport.proxyUrl = m_proxy->text().trimmed();
    p.transport.caFile = m_caFile->text().trimmed();
    p.transport.retryTransient = m_retry->isChecked();
    return p;
}

void ProfileEditor::setUiRequestLanguage(std::function<RequestLanguage()> uiLanguage)
{
    m_uiLanguage = std::move(uiLanguage);
    updateLanguageSends();
}

RequestLanguage ProfileEditor::uiRequestLanguage() const
{
    if (m_uiLanguage)
        return m_uiLanguage();
    return QLocale().language() == QLocale::Chinese ? RequestLanguage::ZhCn : RequestLanguage::EnUs;
}

void ProfileEditor::updateLanguageSends()
{
    // What the next request will carry, so "follows the interface" is never a guess.
    const Profile p = profile();
    m_languageSends->setText(p.language == RequestLanguage::None ? tr("sends no X-Language header")
                                                                 : tr("sends: %1").arg(requestLanguageId(p.language)));
}

void ProfileEditor::setCredentials(const Credentials &credentials)
{
    m_ak->setText(credentials.accessKey);
    m_sk->setText(credentials.secretKey);
    m_securityToken->setText(credentials.securityToken);
    m_iamToken->setText(credentials.iamToken);
}

Credentials ProfileEditor::credentials() const
{
    // Keys are never trimmed silently: CredentialChecks reports stray whitespace instead.
    Credentials c;
    c.mode = static_cast<AuthMode>(m_authMode->currentData().toInt());
    if (c.mode != AuthMode::IamToken) {
        c.accessKey = m_ak->text();
        c.secretKey = m_sk->text();
    }
    if (c.mode == AuthMode::TemporaryAkSk)
        c.securityToken = m_securityToken->text();
    if (c.mode == AuthMode::IamToken)
        c.iamToken = m_iamToken->text();
    return c;
}

bool ProfileEditor::hasAnySecret() const
{
    const Credentials c = credentials();
    return !c.accessKey.isEmpty() || !c.secretKey.isEmpty() || !c.securityToken.isEmpty() || !c.iamToken.isEmpty();
}

void ProfileEditor::updateEndpointSources()
{
    const Profile p = profile();
    const ServiceEndpoints endpoints = EndpointCatalogue::resolve(p);
    if (!endpoints.ok() || endpoints.sms.isEmpty()) {
        m_endpointSources->clear();
        m_endpointSources->hide();
        return;
    }
    QStringList sms{endpoints.sms.toString()};
    for (const QUrl &url : endpoints.smsAlternates)
        sms << url.toString();
    QStringList lines;
    lines << tr("SMS in use: %1 (from %2)").arg(sms.join(u", "_s), endpoints.smsOrigin.describe());
    lines << (endpoints.iam.isEmpty() ? tr("IAM in use: none")
                                      : tr("IAM in use: %1 (from %2)").arg(endpoints.iam.toString(),
                                                                           endpoints.iamOrigin.describe()));
    lines << (endpoints.sts.isEmpty() ? tr("STS in use: none (the account ID cannot be looked up through STS)")
                                      : tr("STS in use: %1 (from %2)").arg(endpoints.sts.toString(),
                                                                           endpoints.stsOrigin.describe()));
    m_endpointSources->setText(lines.join(u'\n'));
    m_endpointSources->show();
}

void ProfileEditor::updateVisibility()
{
    const Profile p = profile();
    m_connectionForm->setRowVisible(m_rows.value(m_endpoint), !p.endpoint.isEmpty()
                                                                   || m_region->currentIndex() == m_region->count() - 1);
    m_connectionForm->setRowVisible(m_rows.value(m_iamEndpoint),
                                    ProfileChecks::needsIamEndpoint(p) || !p.iamEndpoint.isEmpty()
                                        || m_region->currentIndex() == m_region->count() - 1);
    const bool keys = p.authMode != AuthMode::IamToken;
    m_credentialsForm->setRowVisible(m_rows.value(m_ak), keys);
    m_credentialsForm->setRowVisible(m_rows.value(m_sk), keys);
    m_credentialsForm->setRowVisible(m_rows.value(m_securityToken), p.authMode == AuthMode::TemporaryAkSk);
    m_credentialsForm->setRowVisible(m_rows.value(m_iamToken), !keys);
    m_accountForm->setRowVisible(m_rows.value(m_projectId), p.scopeHeader == ScopeHeader::ProjectId);
}

void ProfileEditor::clearIssues()
{
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        it.value()->clear();
        it.value()->hide();
        it.key()->setAccessibleDescription(QString());
    }
}

void ProfileEditor::showError(QWidget *field, const QString &message)
{
    QLabel *error = m_errors.value(field);
    if (!error)
        return;
    // The text says what is wrong; a warning sign marks it without relying on colour.
    error->setText(u"⚠ "_s + message);
    error->show();
    field->setAccessibleDescription(message);
    field->setFocus(Qt::OtherFocusReason);
}

void ProfileEditor::showIssue(ProfileField field, const QString &message)
{
    QWidget *widget = nullptr;
    switch (field) {
    case ProfileField::Name: widget = m_name; break;
    case ProfileField::Region: widget = m_region; break;
    case ProfileField::Endpoint: widget = m_endpoint; break;
    case ProfileField::IamEndpoint: widget = m_iamEndpoint; break;
    case ProfileField::StsEndpoint: widget = m_stsEndpoint; break;
    case ProfileField::DomainId: widget = m_domainId; break;
    case ProfileField::ProjectId: widget = m_projectId; break;
    case ProfileField::ConnectTimeout: widget = m_connectTimeout; break;
    case ProfileField::TransferTimeout: widget = m_transferTimeout; break;
    case ProfileField::Proxy: widget = m_proxy; break;
    case ProfileField::CaFile: widget = m_caFile; break;
    }
    if (field == ProfileField::IamEndpoint)
        m_connectionForm->setRowVisible(m_rows.value(m_iamEndpoint), true);
    showError(widget, message);
}

void ProfileEditor::showSecretIssue(SecretField field, const QString &message)
{
    switch (field) {
    case SecretField::AccessKey: showError(m_ak, message); break;
    case SecretField::SecretKey: showError(m_sk, message); break;
    case SecretField::SecurityToken: showError(m_securityToken, message); break;
    case SecretField::IamToken: showError(m_iamToken, message); break;
    }
}

void ProfileEditor::setDetecting(bool busy)
{
    m_detect->setEnabled(!busy);
    m_domainId->setReadOnly(busy);
    m_detect->setText(busy ? tr("Detecting…") : tr("&Detect"));
}

void ProfileEditor::setDetectStatus(const QString &text)
{
    m_detectStatus->setText(text);
    m_detectStatus->setVisible(!text.isEmpty());
}

void ProfileEditor::setDomainId(const QString &id)
{
    m_domainId->setText(id);
}

void ProfileEditor::focusName()
{
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void ProfileEditor::browseCaFile()
{
    m_prompts->openFileName(this, tr("Choose a CA certificate file"), m_caFile->text(),
                            tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"),
                            [this](const QString &path) {
                                if (!path.isEmpty())
                                    m_caFile->setText(path);
                            });
}

void ProfileEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProfileEditor::retranslateUi()
{
    m_connectionGroup->setTitle(tr("Connection"));
    updateEndpointSources();
    m_credentialsGroup->setTitle(tr("Credentials (stored in the system keychain)"));
    m_accountGroup->setTitle(tr("Account"));
    m_networkGroup->setTitle(tr("Network"));
    for (const auto &[label, source] : m_labels) {
        label->setText(tr(source));
        label->buddy()->setAccessibleName(label->text().remove(u'&').remove(u':'));
    }
    m_region->setItemText(m_region->count() - 1, tr("Custom endpoint…"));
    m_authMode->setItemText(0, tr("AK/SK (permanent access key)"));
    m_authMode->setItemText(1, tr("Temporary AK/SK + security token"));
    m_authMode->setItemText(2, tr("IAM token"));
    m_language->setItemText(0, tr("Same as the interface language"));
    m_language->setItemText(1, tr("English (en-us)"));
    m_language->setItemText(2, tr("Chinese (zh-cn)"));
    m_language->setItemText(3, tr("Don't send"));
    updateLanguageSends();
    m_endpoint->setPlaceholderText(tr("https://sms.example.com"));
    m_iamEndpoint->setPlaceholderText(tr("Needed to detect the account ID, e.g. https://iam.example.com"));
    m_stsEndpoint->setPlaceholderText(tr("Optional: overrides https://sts.<region>.myhuaweicloud.com"));
    m_domainId->setPlaceholderText(tr("32 characters; leave empty to detect it on export"));
    m_projectId->setPlaceholderText(tr("32 characters; leave empty to look it up through IAM by the region on export"));
    m_proxy->setPlaceholderText(tr("Empty: system proxy; \"none\": direct; or http://host:port"));
    m_caFile->setPlaceholderText(tr("Optional: extra PEM bundle to trust"));
    m_connectTimeout->setSuffix(tr(" s"));
    m_transferTimeout->setSuffix(tr(" s"));
    m_detect->setText(m_detect->isEnabled() ? tr("&Detect") : tr("Detecting…"));
    m_detect->setToolTip(tr("Ask IAM for the account ID with the keys above"));
    m_browseCa->setText(tr("&Browse…"));
    m_browseCa->setAccessibleName(tr("Browse for the CA file"));
    m_retry->setText(tr("Retr&y transient errors (throttling, 5xx, connection drops; never 401/403)"));
}

} // namespace smsc
