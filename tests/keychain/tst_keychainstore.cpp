// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainCredentialStore.h"
#include "profile/AppIdentity.h"

#include <QTest>
#include <optional>

using namespace Qt::StringLiterals;

using smsc::CredentialStore;
using smsc::FailureKind;
using smsc::KeychainCredentialStore;
using smsc::SecretField;

using Stored = smsc::Outcome<QString>;

namespace {

const QString kSk = u"SMSCTESTSECRETKEY0000000000000000000000000"_s;
const QString kToken = u"SMSCTESTSECURITYTOKEN00000000000000000000"_s;
const QString kIam = u"SMSCTESTIAMTOKEN000000000000000000000000"_s;
const QString kAk = u"SMSCTESTAK0000000001"_s;

//! Waits for one store operation; nullopt when the callback never came or came twice.
template<typename Start>
std::optional<Stored> await(Start start)
{
    QObject context;
    std::optional<Stored> result;
    int calls = 0;
    start(&context, [&](const Stored &r) {
        ++calls;
        result = r;
    });
    if (!QTest::qWaitFor([&] { return calls > 0; }, 20000))
        return std::nullopt;
    return calls == 1 ? result : std::nullopt;
}

} // namespace

//! Runs against the real gnome-keyring of tools/in-test-session (an isolated, unlocked keyring).
class TestKeychainStore final : public QObject
{
    Q_OBJECT
private:
    KeychainCredentialStore m_store;

    Stored write(const QString &profile, SecretField field, const QString &value)
    {
        return await([&](QObject *c, auto done) { m_store.write(profile, field, value, c, done); }).value_or(CredentialStore::failure(FailureKind::TimedOut));
    }
    Stored read(const QString &profile, SecretField field)
    {
        return await([&](QObject *c, auto done) { m_store.read(profile, field, c, done); }).value_or(CredentialStore::failure(FailureKind::TimedOut));
    }
    Stored remove(const QString &profile, SecretField field)
    {
        return await([&](QObject *c, auto done) { m_store.remove(profile, field, c, done); }).value_or(CredentialStore::failure(FailureKind::TimedOut));
    }

private slots:
    void initTestCase() { smsc::applyAppIdentity(); }

    void roundTripPerField_data()
    {
        QTest::addColumn<SecretField>("field");
        QTest::addColumn<QString>("secret");
        QTest::newRow("access key") << SecretField::AccessKey << kAk;
        QTest::newRow("secret key") << SecretField::SecretKey << kSk;
        QTest::newRow("security token") << SecretField::SecurityToken << kToken;
        QTest::newRow("IAM token") << SecretField::IamToken << kIam;
    }
    void roundTripPerField()
    {
        QFETCH(SecretField, field);
        QFETCH(QString, secret);
        const QString profile = u"round-trip"_s;
        const Stored written = write(profile, field, secret);
        QVERIFY2(written.ok(), qPrintable(written.error()));

        const Stored readBack = read(profile, field);
        QVERIFY2(readBack.ok(), qPrintable(readBack.error()));
        QCOMPARE(readBack.value(), secret);

        const Stored removed = remove(profile, field);
        QVERIFY2(removed.ok(), qPrintable(removed.error()));
        QCOMPARE(read(profile, field).kind(), FailureKind::NotFound);
    }

    void missingEntryIsNotFound()
    {
        const Stored r = read(u"never-stored"_s, SecretField::SecretKey);
        QCOMPARE(r.kind(), FailureKind::NotFound);
        QVERIFY(!r.ok());  // so there is no value
        // libsecret reports deleting a missing entry as success; either way it is no failure.
        const Stored removed = remove(u"never-stored"_s, SecretField::SecretKey);
        QVERIFY2(removed.ok() || removed.kind() == FailureKind::NotFound, qPrintable(removed.error()));
    }

    void overwriteReplacesTheValue()
    {
        QVERIFY(write(u"ow"_s, SecretField::AccessKey, u"first-value"_s).ok());
        QVERIFY(write(u"ow"_s, SecretField::AccessKey, kAk).ok());
        QCOMPARE(read(u"ow"_s, SecretField::AccessKey).valueOr({}), kAk);
        QVERIFY(remove(u"ow"_s, SecretField::AccessKey).ok());
    }

    void profilesAreIsolatedByKey()
    {
        QVERIFY(write(u"alpha"_s, SecretField::SecretKey, kSk).ok());
        QVERIFY(write(u"alpha beta"_s, SecretField::SecretKey, u"another-value"_s).ok());
        QCOMPARE(read(u"beta"_s, SecretField::SecretKey).kind(), FailureKind::NotFound);
        QCOMPARE(read(u"alpha"_s, SecretField::SecurityToken).kind(), FailureKind::NotFound);
        QCOMPARE(read(u"alpha"_s, SecretField::SecretKey).valueOr({}), kSk);
        QCOMPARE(read(u"alpha beta"_s, SecretField::SecretKey).valueOr({}), u"another-value"_s);

        QVERIFY(remove(u"alpha"_s, SecretField::SecretKey).ok());
        QCOMPARE(read(u"alpha beta"_s, SecretField::SecretKey).valueOr({}), u"another-value"_s);
        QVERIFY(remove(u"alpha beta"_s, SecretField::SecretKey).ok());
    }

    void unicodeProfileNamesWork()
    {
        QVERIFY(write(u"生产 环境"_s, SecretField::IamToken, kIam).ok());
        QCOMPARE(read(u"生产 环境"_s, SecretField::IamToken).valueOr({}), kIam);
        QVERIFY(remove(u"生产 环境"_s, SecretField::IamToken).ok());
    }
};

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
