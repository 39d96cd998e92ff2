// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/Profile.h"
#include "util/Outcome.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace smsc {

/*!
 * The non-secret part of profiles, in the app's QSettings (shared by the GUI and the CLI).
 * Secrets never go here: they live in the keychain (see ProfileSecrets).
 * Uses the default QSettings of the application identity set by applyAppIdentity().
 */
class ProfileStore final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::ProfileStore)
public:
    //! Profile names, sorted case-insensitively.
    QStringList names() const;
    bool contains(const QString &name) const;
    //! The stored profile, or nullopt when there is none of that name.
    std::optional<Profile> load(const QString &name) const;
    //! Creates or replaces the profile.
    Outcome<void> save(const Profile &profile);
    //! Removes the profile's settings (and forgets it as current); FailureKind::NotFound when it did not exist.
    Outcome<void> remove(const QString &name);
    //! Renames the settings of `from`.
    Outcome<void> rename(const QString &from, const QString &to);

    //! The profile last chosen by the user, empty when none (or when it no longer exists).
    QString currentName() const;
    void setCurrentName(const QString &name);

    //! Empty when `name` can be used as a profile name, else a translated sentence.
    static QString checkName(const QString &name);
};

} // namespace smsc
