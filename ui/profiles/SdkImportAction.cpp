// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/SdkImportAction.h"

#include "profile/credentials/SdkCredentialsFile.h"
#include "profiles/ProfileDialog.h"
#include "profiles/ProfileEditor.h"
#include "prompts/UserPrompts.h"

#include <QFile>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace smsc {

SdkImportAction::SdkImportAction(ProfileDialog *dialog, QPushButton *button, ProfileEditor *editor,
                                 UserPrompts *prompts, QProcessEnvironment environment)
    : QObject(dialog), m_prompts(prompts), m_editor(editor), m_window(dialog), m_environment(std::move(environment))
{
    connect(button, &QPushButton::clicked, this, [this] {
        m_window->resolveUnsavedChanges([this] {
            m_window->addProfile();
            start();
        });
    });
    connect(dialog, &ProfileDialog::saveFinished, this, &SdkImportAction::onSaved);
}

void SdkImportAction::start()
{
    m_prompts->openFileName(m_window, tr("Import from SDK credentials"), SdkCredentialsFile::defaultPath(m_environment),
                            tr("All files (*)"), [this, guard = QPointer<SdkImportAction>(this)](const QString &path) {
                                if (guard && !path.isEmpty())
                                    read(path);
                            });
}

void SdkImportAction::read(const QString &path)
{
    const Outcome<SdkCredentialsFile> file = SdkCredentialsFile::read(path);
    if (!file.ok()) {
        m_prompts->warning(m_window, tr("Import from SDK credentials"), file.error());
        return;
    }
    const Outcome<SdkCredentialsSection> only = file.value().section({});
    if (only.ok()) {
        fill(only.value(), path);
        return;
    }
    if (only.kind() != FailureKind::Exists) {
        m_prompts->warning(m_window, tr("Import from SDK credentials"), only.error());
        return;
    }
    // Both sections: the choice decides the scope header, so the user makes it.
    const QStringList answers{tr("Import [basic] (X-Project-Id)"), tr("Import [global] (X-Domain-Id)")};
    m_prompts->choose(m_window, tr("Import from SDK credentials"), only.error(), answers,
                      [this, guard = QPointer<SdkImportAction>(this), sections = file.value(), path](int choice) {
                          if (!guard || choice < 0)
                              return;
                          const Outcome<SdkCredentialsSection> chosen =
                              sections.section(choice == 0 ? u"basic"_s : u"global"_s);
                          if (chosen.ok())
                              fill(chosen.value(), path);
                      });
}

void SdkImportAction::fill(const SdkCredentialsSection &section, const QString &path)
{
    if (!m_editor)
        return;
    m_editor->setProfile(section.applyTo(m_editor->profile()));
    m_imported = section.credentials();
    m_editor->setCredentials(m_imported);
    m_pendingFile = path;
    emit status(tr("Filled from [%1] of %2. Check the region, then save: the keys go into the keychain.")
                    .arg(section.name, path));
}

void SdkImportAction::onSaved(bool ok, bool secretsSaved)
{
    if (!ok || !secretsSaved || m_pendingFile.isEmpty() || !m_editor)
        return;
    const Credentials saved = m_editor->credentials();
    if (saved.accessKey != m_imported.accessKey || saved.secretKey != m_imported.secretKey)
        return;  // other keys were typed since: the file's keys are not the ones stored
    const QString path = std::exchange(m_pendingFile, QString());
    m_imported = {};
    const QString text = tr("The keys from %1 are now in the keychain, but the file still holds them in plain text. "
                            "Delete the file? Other tools that use the SDK may still read it.").arg(path);
    m_prompts->confirm(m_window, tr("Delete the SDK credentials file?"), text, tr("Delete file"),
                       [this, guard = QPointer<SdkImportAction>(this), path](bool yes) {
                           if (!guard)
                               return;
                           if (!yes) {
                               emit status(tr("%1 was left as it is; it still holds the keys in plain text.").arg(path));
                               return;
                           }
                           QFile file(path);
                           if (!file.remove()) {
                               m_prompts->warning(m_window, tr("Delete the SDK credentials file?"),
                                                  tr("%1 could not be deleted: %2").arg(path, file.errorString()));
                               return;
                           }
                           emit status(tr("Deleted %1.").arg(path));
                       });
}

} // namespace smsc
