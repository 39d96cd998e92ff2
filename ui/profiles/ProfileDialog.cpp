// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/ProfileDialog.h"

#include "profile/credentials/CredentialChecks.h"
#include "profile/ProfileChecks.h"
#include "profile/ProfileDiff.h"
#include "profile/ProfileStore.h"
#include "profiles/KeychainStatusText.h"
#include "profiles/ProfileEditor.h"
#include "profiles/SdkImportAction.h"
#include "prompts/UserPrompts.h"
#include "widgets/StatusArea.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <tuple>

using namespace Qt::StringLiterals;

namespace smsc {

ProfileDialog::ProfileDialog(ProfileStore *store, CredentialStore *secrets, UserPrompts *prompts, QWidget *parent)
    : QDialog(parent), m_store(store), m_secrets(secrets), m_prompts(prompts)
{
    setObjectName(u"ProfileDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    layout->addLayout(columns, 1);

    auto *left = new QVBoxLayout;
    m_listLabel = new QLabel;
    m_list = new QListWidget;
    m_list->setObjectName(u"profileList"_s);
    m_listLabel->setBuddy(m_list);
    left->addWidget(m_listLabel);
    left->addWidget(m_list, 1);
    auto addButton = [left](const QString &name) {
        auto *button = new QPushButton;
        button->setObjectName(name);
        left->addWidget(button);
        return button;
    };
    m_add = addButton(u"addProfileButton"_s);
    m_duplicate = addButton(u"duplicateProfileButton"_s);
    m_rename = addButton(u"renameProfileButton"_s);
    m_delete = addButton(u"deleteProfileButton"_s);
    m_importSdk = addButton(u"importSdkButton"_s);
    columns->addLayout(left);

    m_editor = new ProfileEditor(prompts);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"editorScrollArea"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_editor);
    columns->addWidget(scroll, 1);

    // A message never moves the form or pushes its last fields out of sight.
    m_status = new StatusArea(4, u"statusLabel"_s);
    m_status->setObjectName(u"statusArea"_s);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox;
    m_check = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_check->setObjectName(u"checkProfileButton"_s);
    connect(m_check, &QPushButton::clicked, this, &ProfileDialog::check);
    m_checkConnection = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_checkConnection->setObjectName(u"checkConnectionButton"_s);
    connect(m_checkConnection, &QPushButton::clicked, this, &ProfileDialog::checkConnection);
    m_save = buttons->addButton(QDialogButtonBox::Save);
    m_save->setObjectName(u"saveButton"_s);
    // Qt's "Save" has no mnemonic here; Ctrl+S is what people try (spelled out: QKeySequence::Save
    // is empty on platforms whose theme has no key bindings).
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(u"closeButton"_s);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &ProfileDialog::onRowChanged);
    connect(m_add, &QPushButton::clicked, this, [this] { resolveUnsavedChanges([this] { addProfile(); }); });
    connect(m_duplicate, &QPushButton::clicked, this, &ProfileDialog::duplicateProfile);
    connect(m_rename, &QPushButton::clicked, this, &ProfileDialog::renameProfile);
    connect(m_delete, &QPushButton::clicked, this, &ProfileDialog::deleteProfile);
    connect(m_save, &QPushButton::clicked, this, &ProfileDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &ProfileEditor::detectRequested, this, &ProfileDialog::detect);
    connect(new SdkImportAction(this, m_importSdk, m_editor, prompts), &SdkImportAction::status, this,
            &ProfileDialog::setStatus);

    retranslateUi();
    resize(920, 720);
    populate(m_store->currentName());
    if (m_list->count() == 0)
        addProfile();
}

void ProfileDialog::setUiRequestLanguage(std::function<RequestLanguage()> uiLanguage)
{
    m_editor->setUiRequestLanguage(std::move(uiLanguage));
}

void ProfileDialog::markSaved()
{
    m_savedProfile = m_editor->profile();
    m_savedCredentials = m_editor->credentials();
}

bool ProfileDialog::hasUnsavedChanges() const
{
    return ProfileDiff::edited(m_editor->profile(), m_editor->credentials(), m_savedProfile, m_savedCredentials);
}

void ProfileDialog::resolveUnsavedChanges(std::function<void()> proceed)
{
    if (m_asking)
        return;
    if (!hasUnsavedChanges()) {
        proceed();
        return;
    }
    m_asking = true;
    const QString name = m_editor->profile().name.isEmpty() ? m_list->item(m_shownRow)->text() : m_editor->profile().name;
    // The answer may come after the dialog is gone (closed with its window, or by a test).
    m_prompts->unsavedChanges(this, name, [this, guard = QPointer<ProfileDialog>(this),
                                           proceed = std::move(proceed)](UserPrompts::Unsaved choice) {
        if (!guard)
            return;
        m_asking = false;
        if (choice == UserPrompts::Unsaved::Cancel)
            return;
        if (choice == UserPrompts::Unsaved::Discard) {
            markSaved();  // nothing to keep: what follows may reload or close freely
            proceed();
            return;
        }
        connect(
            this, &ProfileDialog::saveFinished, this,
            [this, proceed](bool) {
                if (!hasUnsavedChanges())  // a refused save (or keys left unsaved) keeps the dialog and says why
                    proceed();
            },
            Qt::SingleShotConnection);
        save();
    });
}

void ProfileDialog::reject()
{
    resolveUnsavedChanges([this] { QDialog::reject(); });
}

void ProfileDialog::onRowChanged()
{
    if (m_populating || m_list->currentRow() == m_shownRow)
        return;
    if (!hasUnsavedChanges() || m_shownRow < 0) {
        loadSelected();
        return;
    }
    // Stay on the edited profile while asking; move on only once the edits are saved or discarded.
    const QString target = m_list->currentItem() ? m_list->currentItem()->text() : QString();
    m_populating = true;
    m_list->setCurrentRow(m_shownRow);
    m_populating = false;
    resolveUnsavedChanges([this, target] { populate(target); });
}

void ProfileDialog::populate(const QString &select, bool load)
{
    m_populating = true;
    m_list->clear();
    m_shownRow = -1;  // the rows are new: nothing to keep the editor on
    m_list->addItems(m_store->names());
    m_populating = !load;
    const auto found = m_list->findItems(select, Qt::MatchExactly);
    m_list->setCurrentItem(found.isEmpty() ? m_list->item(0) : found.first());
    m_populating = false;
    m_shownRow = m_list->currentRow();
}

void ProfileDialog::loadSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    if (m_populating || !item || item->data(Qt::UserRole).toBool())
        return;
    const std::optional<Profile> profile = m_store->load(item->text());
    if (!profile)
        return;
    m_shownRow = m_list->currentRow();
    m_originalName = profile->name;
    m_editor->setProfile(*profile);
    m_editor->setCredentials({});
    markSaved();
    setStatus(KeychainStatusText::reading(profile->name));
    const int generation = ++m_loadGeneration;
    m_secrets.load(profile->name, profile->authMode, this, [this, generation](const Outcome<Credentials> &result) {
        if (generation != m_loadGeneration)
            return;
        if (result.ok()) {
            const bool typedMeanwhile = hasUnsavedChanges();
            m_editor->setCredentials(result.value());
            if (!typedMeanwhile)
                markSaved();
        }
        setStatus(KeychainStatusText::loaded(result));
        emit secretsLoaded(result.ok());
    });
}

QString ProfileDialog::uniqueName(const QString &base) const
{
    const QStringList names = m_store->names();
    QString name = base;
    for (int n = 2; names.contains(name, Qt::CaseInsensitive); ++n)
        name = tr("%1 %2").arg(base).arg(n);
    return name;
}

void ProfileDialog::addProfile()
{
    Profile profile;
    profile.name = uniqueName(tr("New profile"));
    profile.languageFollowsUi = true;  // X-Language follows the UI language until the user picks another one
    m_populating = true;
    auto *item = new QListWidgetItem(profile.name, m_list);
    item->setData(Qt::UserRole, true);  // not stored yet
    m_list->setCurrentItem(item);
    m_populating = false;
    m_shownRow = m_list->currentRow();
    ++m_loadGeneration;
    m_originalName.clear();
    m_editor->setProfile(profile);
    m_editor->setCredentials({});
    markSaved();  // an untouched new profile is not worth a question
    m_editor->focusName();
    setStatus(tr("New profile: fill in the form and save."));
}

void ProfileDialog::duplicateProfile()
{
    Profile profile = m_editor->profile();
    const Credentials credentials = m_editor->credentials();
    profile.name = uniqueName(tr("%1 copy").arg(profile.name));
    addProfile();
    m_list->currentItem()->setText(profile.name);
    m_editor->setProfile(profile);
    m_editor->setCredentials(credentials);
    m_editor->focusName();
    setStatus(tr("Copy of the profile: change what differs and save."));
}

void ProfileDialog::renameProfile()
{
    m_editor->focusName();
    setStatus(tr("Type the new name, then save. The keys move with the profile."));
}

void ProfileDialog::deleteProfile()
{
    const QString name = m_originalName;
    if (name.isEmpty()) {  // an unsaved profile: just drop it
        populate(m_store->currentName());
        if (m_list->count() == 0)
            addProfile();
        return;
    }
    m_prompts->confirm(this, tr("Delete profile"),
                       tr("Delete the profile \"%1\" and remove its keys from the system keychain?").arg(name),
                       tr("&Delete"), [this, name](bool yes) {
                           if (!yes)
                               return;
                           std::ignore = m_store->remove(name);  // the list below shows what is left
                           m_secrets.removeAll(name, this, [this, name](const Outcome<void> &result) {
                               setStatus(KeychainStatusText::deleted(name, result));
                           });
                           populate(m_store->currentName());
                           if (m_list->count() == 0)
                               addProfile();
                           emit profilesChanged();
                       });
}

void ProfileDialog::save()
{
    const Profile profile = m_editor->profile();
    const Credentials credentials = m_editor->credentials();
    QStringList others = m_store->names();
    others.removeAll(m_originalName);
    m_editor->clearIssues();
    // One clear message, next to the first field that needs attention.
    if (const QList<ProfileIssue> issues = ProfileChecks::check(profile, others); !issues.isEmpty()) {
        m_editor->showIssue(issues.first().field, issues.first().message);
        setStatus(tr("Not saved: %1").arg(issues.first().message));
        emit saveFinished(false, false);
        return;
    }
    const bool withSecrets = m_editor->hasAnySecret();
    if (withSecrets) {
        if (const QList<CredentialIssue> issues = CredentialChecks::check(credentials); !issues.isEmpty()) {
            m_editor->showSecretIssue(issues.first().field, issues.first().message);
            setStatus(tr("Not saved: %1").arg(issues.first().message));
            emit saveFinished(false, false);
            return;
        }
    }
    const QString oldName = m_originalName;
    Outcome<void> stored = !oldName.isEmpty() && oldName != profile.name ? m_store->rename(oldName, profile.name)
                                                                         : Outcome<void>();
    if (stored.ok())
        stored = m_store->save(profile);
    if (!stored.ok()) {
        setStatus(tr("Not saved: %1").arg(stored.error()));
        emit saveFinished(false, false);
        return;
    }
    m_originalName = profile.name;
    m_savedProfile = profile;
    m_editor->setDetectStatus(QString());  // "save to keep it" is done
    if (m_store->currentName().isEmpty())
        m_store->setCurrentName(profile.name);
    populate(profile.name, false);  // the editor already shows it, secrets included
    emit profilesChanged();
    if (!withSecrets) {
        m_savedCredentials = credentials;
        setStatus(tr("Profile \"%1\" saved. No keys were entered, so none are stored yet.").arg(profile.name));
        emit saveFinished(true, false);
        return;
    }
    saveSecrets(profile, credentials, oldName);
}

void ProfileDialog::saveSecrets(const Profile &profile, const Credentials &credentials, const QString &oldName)
{
    setBusy(true);
    setStatus(KeychainStatusText::saving());
    const QString name = profile.name;
    m_secrets.save(name, credentials, this, [this, name, oldName, credentials](const Outcome<void> &result) {
        setBusy(false);
        setStatus(KeychainStatusText::saved(name, result));
        if (!result.ok()) {
            emit saveFinished(true, false);
            return;
        }
        m_savedCredentials = credentials;
        if (!oldName.isEmpty() && oldName != name)
            m_secrets.removeAll(oldName, this, [](const Outcome<void> &) {});
        emit saveFinished(true, true);
    });
}

std::optional<Credentials> ProfileDialog::checkedCredentials()
{
    const Credentials credentials = m_editor->credentials();
    m_editor->clearIssues();
    if (const QList<CredentialIssue> issues = CredentialChecks::check(credentials); !issues.isEmpty()) {
        m_editor->showSecretIssue(issues.first().field, issues.first().message);
        return std::nullopt;
    }
    return credentials;
}

void ProfileDialog::check()
{
    if (const std::optional<Credentials> credentials = checkedCredentials())
        emit checkRequested(m_editor->profile(), *credentials);
}

void ProfileDialog::checkConnection()
{
    // The doctor names a key of the wrong shape itself, as its first check.
    emit connectionCheckRequested(m_editor->profile(), m_editor->credentials());
}

void ProfileDialog::detect()
{
    if (!m_detector) {
        m_editor->setDetectStatus(tr("Detecting the account ID is not available here; enter it by hand."));
        return;
    }
    const Profile profile = m_editor->profile();
    const std::optional<Credentials> checked = checkedCredentials();
    if (!checked)
        return;
    const Credentials credentials = *checked;
    m_editor->setDetecting(true);
    m_editor->setDetectStatus(tr("Asking IAM for the account ID…"));
    m_detector(profile, credentials, this, [this](const QString &accountId, const QString &error) {
        m_editor->setDetecting(false);
        if (accountId.isEmpty()) {
            m_editor->setDetectStatus(QString());
            m_editor->showIssue(ProfileField::DomainId, tr("The account ID could not be detected: %1").arg(error));
            return;
        }
        m_editor->setDomainId(accountId);
        m_editor->setDetectStatus(tr("Account ID detected. Save to keep it."));
    });
}

void ProfileDialog::setStatus(const QString &text)
{
    m_status->setText(text);
}

void ProfileDialog::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
    m_delete->setEnabled(!busy);
    m_list->setEnabled(!busy);
}

void ProfileDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ProfileDialog::retranslateUi()
{
    setWindowTitle(tr("Profiles"));
    m_check->setText(tr("Check &who I am"));
    m_check->setToolTip(tr("Ask STS who these keys belong to, and list the permissions the app needs"));
    m_checkConnection->setText(tr("Check connection…"));  // every letter is another field's mnemonic
    m_checkConnection->setToolTip(tr("Check this profile step by step: configuration, network, TLS, clock, keys, "
                                     "account and permissions"));
    m_save->setToolTip(tr("Save the profile, its keys in the system keychain (%1)")
                           .arg(m_save->shortcut().toString(QKeySequence::NativeText)));
    m_listLabel->setText(tr("&Profiles:"));
    m_list->setAccessibleName(tr("Profiles"));
    m_add->setText(tr("&Add"));
    m_duplicate->setText(tr("D&uplicate"));
    m_rename->setText(tr("Rena&me"));
    m_delete->setText(tr("De&lete"));
    m_importSdk->setText(tr("Import from SDK credentials…"));
    m_importSdk->setToolTip(tr("A new profile from the SDKs' credentials file (~/.huaweicloud/credentials); its keys "
                               "go into the keychain when you save"));
    m_status->label()->setAccessibleName(tr("Status"));
}

} // namespace smsc
