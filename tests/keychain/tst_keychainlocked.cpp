// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainCredentialStore.h"
#include "profile/AppIdentity.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusReply>
#include <QDBusVariant>
#include <QTest>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

using smsc::CredentialStore;
using smsc::FailureKind;
using smsc::KeychainCredentialStore;
using smsc::SecretField;

using Stored = smsc::Outcome<QString>;

namespace {

const QString kProfile = u"locked-profile"_s;
const QString kSk = u"SMSCTESTSECRETKEY0000000000000000000000000"_s;

Stored await(const std::function<void(KeychainCredentialStore &, QObject *, CredentialStore::Callback)> &op)
{
    KeychainCredentialStore store(8000);
    QObject context;
    std::optional<Stored> result;
    int calls = 0;
    op(store, &context, [&](const Stored &r) {
        ++calls;
        result = r;
    });
    if (!QTest::qWaitFor([&] { return calls > 0; }, 20000) || calls != 1)
        return CredentialStore::failure(FailureKind::Failed, u"no single callback"_s);
    return *result;
}

//! Whether the Secret Service's default collection is locked; nullopt when it cannot be asked.
//! A plain Properties.Get: QDBusInterface would introspect, and Qt 6.4 keeps what it builds from
//! that for the life of the process (a leak report under AddressSanitizer).
std::optional<bool> defaultCollectionLocked()
{
    QDBusMessage get = QDBusMessage::createMethodCall(u"org.freedesktop.secrets"_s,
                                                     u"/org/freedesktop/secrets/aliases/default"_s,
                                                     u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
    get << u"org.freedesktop.Secret.Collection"_s << u"Locked"_s;
    const QDBusReply<QDBusVariant> reply = QDBusConnection::sessionBus().call(get, QDBus::Block, 10000);
    if (!reply.isValid())
        return std::nullopt;
    return reply.value().variant().toBool();
}

} // namespace

/*!
 * The keychain store against a login keyring that holds the entry but is locked, with no prompt
 * that could unlock it (run by with-locked-keyring, never in the shared test session): every
 * operation says the keychain is locked and how to unlock it (docs/PLATFORM.md "Keychain errors").
 */
class TestKeychainLocked final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIntValue("SMSC_LOCKED_KEYRING") == 1, "run through tests/keychain/with-locked-keyring");
        smsc::applyAppIdentity();
        QCOMPARE(defaultCollectionLocked(), std::optional<bool>(true));
    }

    // QtKeychain answers both reads with EntryNotFound, exactly as for an entry that was never
    // stored; the store asks the Secret Service and names the lock instead.
    void readsSayTheKeychainIsLocked_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::newRow("an entry stored before the keyring was locked") << kProfile;
        QTest::newRow("an entry never stored") << u"never-stored"_s;
    }
    void readsSayTheKeychainIsLocked()
    {
        QFETCH(QString, profile);
        const Stored r = await([&](auto &store, QObject *c, auto done) { store.read(profile, SecretField::SecretKey, c, done); });
        QVERIFY(!r.ok());
        QCOMPARE(r.kind(), FailureKind::Unavailable);
        QCOMPARE(r.error(), CredentialStore::lockedFailure().message);
        QVERIFY2(r.error().contains(u"gnome-keyring-daemon --unlock"_s), qPrintable(r.error()));
        QCOMPARE(r.failure().detail, u"Entry not found"_s);  // what QtKeychain said, kept as the detail
    }

    void writeSaysTheKeychainIsLocked()
    {
        const Stored r = await([](auto &store, QObject *c, auto done) { store.write(u"other"_s, SecretField::SecretKey, kSk, c, done); });
        QVERIFY(!r.ok());
        QCOMPARE(r.kind(), FailureKind::Unavailable);
        QCOMPARE(r.error(), CredentialStore::lockedFailure().message);
        QVERIFY2(r.failure().detail.contains(u"locked collection"_s), qPrintable(r.failure().detail));
    }

    // QtKeychain reports the removal as done, yet the entry stays (with-locked-keyring checks it
    // is still there afterwards): the store must not say it was removed.
    void removeSaysTheKeychainIsLocked()
    {
        const Stored r = await([](auto &store, QObject *c, auto done) { store.remove(kProfile, SecretField::SecretKey, c, done); });
        QVERIFY(!r.ok());
        QCOMPARE(r.kind(), FailureKind::Unavailable);
        QCOMPARE(r.error(), CredentialStore::lockedFailure().message);
        QCOMPARE(defaultCollectionLocked(), std::optional<bool>(true));  // nothing unlocked it meanwhile
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 2 && qstrcmp(argv[1], "--store") == 0) {
        // Step 1 of with-locked-keyring: the entry, saved while the keyring is unlocked.
        smsc::applyAppIdentity();
        const Stored r = await([](auto &store, QObject *c, auto done) { store.write(kProfile, SecretField::SecretKey, kSk, c, done); });
        if (!r.ok())
            std::fprintf(stderr, "could not store the entry: %s\n", qPrintable(r.error()));
        return r.ok() ? 0 : 1;
    }
    if (argc == 2 && qstrcmp(argv[1], "--still-stored") == 0) {
        // Step 3: unlocked again, the entry the locked keyring would not remove is still there.
        smsc::applyAppIdentity();
        const Stored r = await([](auto &store, QObject *c, auto done) { store.read(kProfile, SecretField::SecretKey, c, done); });
        if (r.valueOr({}) != kSk)
            std::fprintf(stderr, "the entry is gone after the locked keyring was unlocked: %s\n", qPrintable(r.error()));
        return r.valueOr({}) == kSk ? 0 : 1;
    }
    TestKeychainLocked test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainlocked.moc"
