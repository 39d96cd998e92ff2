// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/credentials/Credentials.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

class QPushButton;

namespace smsc {

class ProfileDialog;
class ProfileEditor;
class UserPrompts;
struct SdkCredentialsSection;

/*!
 * "Import from SDK credentials…" of the profile dialog: asks for the SDKs' credentials file
 * (SdkCredentialsFile), fills the editor from the section chosen, and once those keys are saved in
 * the keychain offers to delete the plain-text file. Every question goes through UserPrompts.
 */
class SdkImportAction final : public QObject
{
    Q_OBJECT
public:
    //! Wires itself: `button` starts an import into a new profile of `dialog` (after its unsaved
    //! changes are dealt with), and the dialog's saves reach onSaved().
    SdkImportAction(ProfileDialog *dialog, QPushButton *button, ProfileEditor *editor, UserPrompts *prompts,
                    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    void start();  //!< asks for the file (the SDKs' default path offered), then fills the editor
    //! After the dialog saved: when the imported keys went into the keychain, offers to delete the file.
    void onSaved(bool ok, bool secretsSaved);

signals:
    void status(const QString &text);  //!< what happened, for the dialog's status line

private:
    void read(const QString &path);
    void fill(const SdkCredentialsSection &section, const QString &path);

    UserPrompts *m_prompts;
    QPointer<ProfileEditor> m_editor;
    QPointer<ProfileDialog> m_window;
    QProcessEnvironment m_environment;
    QString m_pendingFile;    // imported, and not yet offered for deletion
    Credentials m_imported;   // to tell that a save stored these keys, not others typed since
};

} // namespace smsc
