// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Outcome.h"

#include <QObject>
#include <QString>
#include <functional>

namespace smsc {

enum class SecretField { AccessKey, SecretKey, SecurityToken, IamToken };

QString secretFieldId(SecretField field);  //!< "ak", "sk", "security_token", "iam_token"

/*!
 * Where secrets live. The only implementation that ships is the OS keychain (app/keychain);
 * there is deliberately no fallback to files. Operations are asynchronous: `done` runs
 * exactly once, on the thread of `context`, unless `context` was destroyed first.
 *
 * Each operation gives the secret (reads; empty for writes and removes) or a failure() of kind
 * NotFound (no such entry: ask the user, not an error), Unavailable (no Secret Service, access
 * denied, backend error) or TimedOut (the backend did not answer, e.g. a prompt nobody sees).
 */
class CredentialStore
{
public:
    using Callback = std::function<void(const Outcome<QString> &)>;
    virtual ~CredentialStore() = default;

    //! A failed operation: a translated plain-language sentence for `kind` that includes
    //! `backendMessage` (the backend's own errorString()), which is also kept as Failure::detail.
    static Failure failure(FailureKind kind, const QString &backendMessage = {});
    //! A keychain found locked by asking it directly, not from its error text: the "keychain is
    //! locked" sentence (kind Unavailable), with `backendMessage` as the detail.
    static Failure lockedFailure(const QString &backendMessage = {});
    //! Whether a backend's error text means a locked keychain: a Secret Service prompt object path
    //! (a prompt that could not be shown) or "locked collection" (docs/PLATFORM.md "Keychain errors").
    static bool isLockedAnswer(const QString &backendMessage);

    virtual void read(const QString &profile, SecretField field, QObject *context, Callback done) = 0;
    virtual void write(const QString &profile, SecretField field, const QString &value,
                       QObject *context, Callback done) = 0;
    virtual void remove(const QString &profile, SecretField field, QObject *context, Callback done) = 0;
};

} // namespace smsc
