// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/credentials/CredentialStore.h"

#include <QHash>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace smsc::test {

//! In-memory CredentialStore for unit tests: asynchronous like the keychain, with a switch
//! that makes every operation fail as an unavailable Secret Service would.
class FakeCredentialStore final : public CredentialStore
{
public:
    QHash<QString, QString> entries;  //!< "<profile>/<field id>" → secret
    FailureKind failWith = FailureKind::None;  //!< None: operations succeed
    QString failMessage = u"The name org.freedesktop.secrets was not provided by any .service files"_s;
    int operations = 0;

    static QString key(const QString &profile, SecretField field)
    {
        return profile + QLatin1Char('/') + secretFieldId(field);
    }

    void read(const QString &profile, SecretField field, QObject *context, Callback done) override
    {
        Outcome<QString> r = failure();
        if (r.ok()) {
            const auto it = entries.constFind(key(profile, field));
            if (it == entries.constEnd())
                r = CredentialStore::failure(FailureKind::NotFound);
            else
                r = *it;
        }
        deliver(context, std::move(done), r);
    }
    void write(const QString &profile, SecretField field, const QString &value, QObject *context,
               Callback done) override
    {
        const Outcome<QString> r = failure();
        if (r.ok())
            entries.insert(key(profile, field), value);
        deliver(context, std::move(done), r);
    }
    void remove(const QString &profile, SecretField field, QObject *context, Callback done) override
    {
        Outcome<QString> r = failure();
        if (r.ok() && entries.remove(key(profile, field)) == 0)
            r = CredentialStore::failure(FailureKind::NotFound);
        deliver(context, std::move(done), r);
    }

private:
    Outcome<QString> failure()
    {
        ++operations;
        if (failWith == FailureKind::None)
            return QString();
        return CredentialStore::failure(failWith, failMessage);
    }
    static void deliver(QObject *context, Callback done, const Outcome<QString> &r)
    {
        QTimer::singleShot(0, context, [done = std::move(done), r] { done(r); });
    }
};

} // namespace smsc::test
