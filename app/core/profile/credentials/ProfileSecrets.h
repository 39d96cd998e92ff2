// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/credentials/Credentials.h"
#include "profile/credentials/CredentialStore.h"

#include <QCoreApplication>
#include <QList>
#include <functional>

namespace smsc {

/*!
 * Loads and saves the secrets a profile's auth mode needs, through a CredentialStore (the
 * keychain). Operations are sequential and asynchronous; callbacks run once on `context`'s
 * thread unless `context` is destroyed first. They stop at the first failure, whose kind is the
 * CredentialStore's and whose message is a translated sentence naming the profile and the problem.
 */
class ProfileSecrets final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::ProfileSecrets)
public:
    //! Credentials complete for the mode.
    using LoadCallback = std::function<void(const Outcome<Credentials> &)>;
    using SaveCallback = std::function<void(const Outcome<void> &)>;

    explicit ProfileSecrets(CredentialStore *store);

    //! The secret fields `mode` needs, in the order they are read and written.
    static QList<SecretField> fieldsFor(AuthMode mode);
    //! Translated name of a field for messages, e.g. "secret key (SK)".
    static QString fieldName(SecretField field);

    //! Reads every field `mode` needs for `profile`; a missing one is a NotFound failure.
    void load(const QString &profile, AuthMode mode, QObject *context, LoadCallback done);
    //! Writes the fields `credentials.mode` needs and removes the profile's other fields.
    void save(const QString &profile, const Credentials &credentials, QObject *context, SaveCallback done);
    //! For a renamed profile: copies the secrets `mode` needs from `from` to `to`, then removes `from`'s.
    void move(const QString &from, const QString &to, AuthMode mode, QObject *context, SaveCallback done);
    //! Removes every field of `profile`; entries that do not exist are not an error.
    void removeAll(const QString &profile, QObject *context, SaveCallback done);

private:
    struct Step;
    static void run(CredentialStore *store, std::shared_ptr<QList<Step>> steps, int index,
                    const QString &profile, std::shared_ptr<Credentials> result, QObject *context,
                    LoadCallback done);
    static LoadCallback withoutValue(SaveCallback done);

    CredentialStore *m_store;
};

} // namespace smsc
