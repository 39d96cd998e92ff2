// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/Command.h"
#include "profile/Profile.h"

namespace smsc::cli {

/*!
 * `profile set|list|show|delete`: the profiles the desktop app uses, without the window.
 * Settings go to QSettings (ProfileStore), secrets to the OS keychain (ProfileSecrets), read
 * from stdin or the environment, never from arguments.
 */
class ProfileCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override;
    QString summary() const override;
    void start(const QStringList &arguments) override;

private:
    void set(const QStringList &arguments);
    void list(const QStringList &arguments);
    void show(const QStringList &arguments);
    void remove(const QStringList &arguments);
    void saveSettings(const Profile &profile, bool makeCurrent);
    //! Parses an action's options and its one NAME argument; false when finished already.
    bool parseNamed(QCommandLineParser &parser, const QStringList &arguments, const QString &usage, QString *name);
};

} // namespace smsc::cli
