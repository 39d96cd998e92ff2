// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/credentials/ProfileSecrets.h"

namespace smsc {

namespace {

QString *credentialField(Credentials &c, SecretField field)
{
    switch (field) {
    case SecretField::AccessKey: return &c.accessKey;
    case SecretField::SecretKey: return &c.secretKey;
    case SecretField::SecurityToken: return &c.securityToken;
    case SecretField::IamToken: return &c.iamToken;
    }
    return nullptr;
}

const QList<SecretField> kAllFields = {SecretField::AccessKey, SecretField::SecretKey,
                                       SecretField::SecurityToken, SecretField::IamToken};

} // namespace

struct ProfileSecrets::Step
{
    enum class Kind { Read, Write, Remove } kind;
    SecretField field;
    QString value;  // for Write
};

ProfileSecrets::ProfileSecrets(CredentialStore *store) : m_store(store) {}

QList<SecretField> ProfileSecrets::fieldsFor(AuthMode mode)
{
    switch (mode) {
    case AuthMode::AkSk: return {SecretField::AccessKey, SecretField::SecretKey};
    case AuthMode::TemporaryAkSk:
        return {SecretField::AccessKey, SecretField::SecretKey, SecretField::SecurityToken};
    case AuthMode::IamToken: return {SecretField::IamToken};
    }
    return {};
}

QString ProfileSecrets::fieldName(SecretField field)
{
    switch (field) {
    case SecretField::AccessKey: return tr("access key (AK)");
    case SecretField::SecretKey: return tr("secret key (SK)");
    case SecretField::SecurityToken: return tr("security token");
    case SecretField::IamToken: return tr("IAM token");
    }
    return {};
}

void ProfileSecrets::load(const QString &profile, AuthMode mode, QObject *context, LoadCallback done)
{
    auto steps = std::make_shared<QList<Step>>();
    for (const SecretField field : fieldsFor(mode))
        steps->append(Step{Step::Kind::Read, field, {}});
    auto result = std::make_shared<Credentials>();
    result->mode = mode;
    run(m_store, steps, 0, profile, result, context, std::move(done));
}

void ProfileSecrets::save(const QString &profile, const Credentials &credentials, QObject *context,
                          SaveCallback done)
{
    if (const QString missing = credentials.missingPart(); !missing.isEmpty()) {
        done(Failure{tr("Nothing was saved for profile \"%1\": %2").arg(profile, missing), FailureKind::NotFound});
        return;
    }
    auto steps = std::make_shared<QList<Step>>();
    const QList<SecretField> needed = fieldsFor(credentials.mode);
    Credentials copy = credentials;
    for (const SecretField field : needed)
        steps->append(Step{Step::Kind::Write, field, *credentialField(copy, field)});
    // A stale token from an earlier auth mode must not linger in the keychain.
    for (const SecretField field : kAllFields) {
        if (!needed.contains(field))
            steps->append(Step{Step::Kind::Remove, field, {}});
    }
    auto result = std::make_shared<Credentials>();
    result->mode = credentials.mode;
    run(m_store, steps, 0, profile, result, context, withoutValue(std::move(done)));
}

void ProfileSecrets::move(const QString &from, const QString &to, AuthMode mode, QObject *context, SaveCallback done)
{
    CredentialStore *store = m_store;
    load(from, mode, context, [store, from, to, context, done](const Outcome<Credentials> &loaded) {
        if (!loaded.ok())
            return done(loaded.failure());
        ProfileSecrets(store).save(to, loaded.value(), context, [store, from, context, done](const Outcome<void> &saved) {
            if (!saved.ok())
                return done(saved);
            ProfileSecrets(store).removeAll(from, context, done);
        });
    });
}

void ProfileSecrets::removeAll(const QString &profile, QObject *context, SaveCallback done)
{
    auto steps = std::make_shared<QList<Step>>();
    for (const SecretField field : kAllFields)
        steps->append(Step{Step::Kind::Remove, field, {}});
    run(m_store, steps, 0, profile, std::make_shared<Credentials>(), context, withoutValue(std::move(done)));
}

ProfileSecrets::LoadCallback ProfileSecrets::withoutValue(SaveCallback done)
{
    return [done = std::move(done)](const Outcome<Credentials> &result) { done(Outcome<void>::fromOutcome(result)); };
}

void ProfileSecrets::run(CredentialStore *store, std::shared_ptr<QList<Step>> steps, int index,
                         const QString &profile, std::shared_ptr<Credentials> result, QObject *context,
                         LoadCallback done)
{
    if (index >= steps->size()) {
        done(*result);
        return;
    }
    const Step &step = steps->at(index);
    auto next = [store, steps, index, profile, result, context, done](const Outcome<QString> &stored) {
        const Step &current = steps->at(index);
        const bool missingIsFine = current.kind == Step::Kind::Remove;
        if (stored.kind() == FailureKind::NotFound && !missingIsFine) {
            done(Failure{tr("Profile \"%1\" has no %2 stored in the keychain.").arg(profile, fieldName(current.field)),
                         FailureKind::NotFound, stored.failure().detail});
            return;
        }
        if (!stored.ok() && stored.kind() != FailureKind::NotFound) {
            done(Failure{tr("The %1 of profile \"%2\" could not be accessed. %3")
                             .arg(fieldName(current.field), profile, stored.error()),
                         stored.kind(), stored.failure().detail});
            return;
        }
        if (current.kind == Step::Kind::Read)
            *credentialField(*result, current.field) = stored.value();
        run(store, steps, index + 1, profile, result, context, done);
    };
    switch (step.kind) {
    case Step::Kind::Read: store->read(profile, step.field, context, std::move(next)); break;
    case Step::Kind::Write: store->write(profile, step.field, step.value, context, std::move(next)); break;
    case Step::Kind::Remove: store->remove(profile, step.field, context, std::move(next)); break;
    }
}

} // namespace smsc
