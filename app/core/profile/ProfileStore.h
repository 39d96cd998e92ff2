#pragma once

#include "profile/Profile.h"

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
    //! Creates or replaces the profile; empty on success, else a translated sentence.
    QString save(const Profile &profile);
    //! Removes the profile's settings (and forgets it as current); false when it did not exist.
    bool remove(const QString &name);
    //! Renames the settings of `from`; empty on success, else a translated sentence.
    QString rename(const QString &from, const QString &to);

    //! The profile last chosen by the user, empty when none (or when it no longer exists).
    QString currentName() const;
    void setCurrentName(const QString &name);

    //! Empty when `name` can be used as a profile name, else a translated sentence.
    static QString checkName(const QString &name);
};

} // namespace smsc
