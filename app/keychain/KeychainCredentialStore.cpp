// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainCredentialStore.h"

#include "profile/AppIdentity.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

QString entryKey(const QString &profile, SecretField field)
{
    return profile + QLatin1Char('/') + secretFieldId(field);
}

Outcome<QString> resultOf(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoError:
        if (const auto *read = qobject_cast<const QKeychain::ReadPasswordJob *>(job))
            return read->textData();
        return QString();
    case QKeychain::EntryNotFound:
        return CredentialStore::failure(FailureKind::NotFound, job->errorString());
    default:
        // libsecret reports nearly everything as OtherError: no bus, no collection, denied.
        return CredentialStore::failure(FailureKind::Unavailable, job->errorString());
    }
}

/*!
 * Asks the Secret Service whether its default collection, where QtKeychain stores entries, is
 * locked: QtKeychain answers a read from a locked keyring with EntryNotFound and a removal from
 * it with success, removing nothing (docs/PLATFORM.md "Keychain errors"). Asynchronous, since a
 * D-Bus call may wait; `done(true)` only for a clear "locked".
 */
void askWhetherLocked(QObject *context, int timeoutMs, std::function<void(bool locked)> done)
{
    QDBusMessage call = QDBusMessage::createMethodCall(u"org.freedesktop.secrets"_s,
                                                      u"/org/freedesktop/secrets/aliases/default"_s,
                                                      u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
    call << u"org.freedesktop.Secret.Collection"_s << u"Locked"_s;
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call, timeoutMs), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [done = std::move(done)](QDBusPendingCallWatcher *finished) {
                         finished->deleteLater();
                         const QDBusPendingReply<QDBusVariant> reply = *finished;
                         done(!reply.isError() && reply.value().variant().toBool());
                     });
}

// Whether QtKeychain's answer may hide a locked keyring: nothing found, or nothing to remove.
bool mayBeLocked(const QKeychain::Job *job)
{
    if (qobject_cast<const QKeychain::ReadPasswordJob *>(job))
        return job->error() == QKeychain::EntryNotFound;
    return qobject_cast<const QKeychain::DeletePasswordJob *>(job) && job->error() == QKeychain::NoError;
}

/*!
 * Starts `job` with a deadline: QtKeychain jobs have no timeout of their own and can wait
 * forever on a password prompt nobody sees. `done` runs once, for whichever comes first.
 * A timed-out job is left to finish (and delete itself) on its own: deleting it while
 * libsecret still holds it would be a use-after-free.
 */
void runWithDeadline(QKeychain::Job *job, int timeoutMs, QObject *context, CredentialStore::Callback done)
{
    Q_ASSERT(context);
    job->setAutoDelete(true);
    auto pending = std::make_shared<CredentialStore::Callback>(std::move(done));
    auto *deadline = new QTimer(context);
    deadline->setSingleShot(true);
    auto finish = [pending, deadline](const Outcome<QString> &result) {
        if (!*pending)
            return;
        deadline->deleteLater();
        const auto callback = std::exchange(*pending, nullptr);
        callback(result);
    };
    QObject::connect(job, &QKeychain::Job::finished, context, [=](QKeychain::Job *finishedJob) {
        const Outcome<QString> result = resultOf(finishedJob);
        if (!*pending || !mayBeLocked(finishedJob)) {
            finish(result);
            return;
        }
        // Under the same deadline: a Secret Service that does not answer times out as the job would.
        const QString backendMessage = finishedJob->errorString();
        askWhetherLocked(context, timeoutMs, [=](bool locked) {
            finish(locked ? CredentialStore::lockedFailure(backendMessage) : result);
        });
    });
    QObject::connect(deadline, &QTimer::timeout, context, [finish] { finish(CredentialStore::failure(FailureKind::TimedOut)); });
    deadline->start(timeoutMs);
    job->start();
}

QString service()
{
    return QString::fromLatin1(kKeychainService);
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(int timeoutMs) : m_timeoutMs(timeoutMs) {}

void KeychainCredentialStore::read(const QString &profile, SecretField field, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(service());
    job->setKey(entryKey(profile, field));
    runWithDeadline(job, m_timeoutMs, context, std::move(done));
}

void KeychainCredentialStore::write(const QString &profile, SecretField field, const QString &value,
                                    QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(service());
    job->setKey(entryKey(profile, field));
    job->setTextData(value);
    runWithDeadline(job, m_timeoutMs, context, std::move(done));
}

void KeychainCredentialStore::remove(const QString &profile, SecretField field, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(service());
    job->setKey(entryKey(profile, field));
    runWithDeadline(job, m_timeoutMs, context, std::move(done));
}

} // namespace smsc
