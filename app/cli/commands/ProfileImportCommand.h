// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/Command.h"
#include "profile/Profile.h"

namespace smsc::cli {

/*!
 * `profile import-sdk [--file F] [--section basic|global] NAME`: a profile from the official
 * SDKs' plain-text credentials file (SdkCredentialsFile). The keys go into the OS keychain only;
 * the ids and the IAM endpoint into the profile. The file is deleted only when asked: at a
 * terminal by a question whose default is no, in scripts with --delete-file.
 */
class ProfileImportCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override;
    QString summary() const override;
    void start(const QStringList &arguments) override;

private:
    void saved(const Profile &profile, bool makeCurrent);
    void offerToDelete();

    QString m_path;
    bool m_deleteFile = false;
    bool m_keepFile = false;
};

} // namespace smsc::cli
