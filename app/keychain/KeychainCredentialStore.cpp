// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainCredentialStore.h"

#include "profile/AppIdentity.h"

#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

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
    QObject::connect(job, &QKeychain::Job::finished, context, [pending, deadline](QKeychain::Job *finishedJob) {
        if (!*pending)
            return;
        deadline->deleteLater();
        const auto callback = std::exchange(*pending, nullptr);
        callback(resultOf(finishedJob));
    });
    QObject::connect(deadline, &QTimer::timeout, context, [pending, deadline] {
        if (!*pending)
            return;
        deadline->deleteLater();
        const auto callback = std::exchange(*pending, nullptr);
        callback(CredentialStore::failure(FailureKind::TimedOut));
    });
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
