// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainCredentialStore.h"
#include "LoopbackServer.h"
#include "profile/AppIdentity.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusReply>
#include <QDBusVariant>
#include <QProcess>
#include <QTemporaryDir>
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
const QString kSk = smsc::test::kTestSk;
const QString kCliProfile = u"locked-cli"_s;

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

//! The real CLI in this session (HOME and the keyring from with-locked-keyring), in English.
CliRun runCli(const QStringList &arguments, const QByteArray &input = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        if (name.startsWith(u"CLOUD_SDK_"_s) || name.startsWith(u"HUAWEICLOUD_SDK_"_s))
            env.remove(name);
    }
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, u"en"_s);
    env.remove(u"LC_ALL"_s);
    QProcess cli;
    cli.setProcessEnvironment(env);
    cli.start(QString::fromUtf8(SMSC_BIN_DIR "/sms-consistency-cli"), arguments);
    if (!cli.waitForStarted(10000))
        return {};
    cli.write(input);
    cli.closeWriteChannel();
    if (!cli.waitForFinished(30000)) {
        cli.kill();
        cli.waitForFinished();
        return {};
    }
    return {cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1, cli.readAllStandardOutput(),
            cli.readAllStandardError()};
}

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

    // What a user of the CLI sees: the lock and how to undo it, exit 6, nothing sent or deleted.
    void theCliSaysTheKeychainIsLocked()
    {
        QTemporaryDir out;
        const CliRun exported = runCli({u"export"_s, u"--profile"_s, kCliProfile, u"--row"_s, u"t1,s1,n1"_s,
                                        u"--output-dir"_s, out.path()});
        QVERIFY2(exported.exitCode == 6, exported.err.constData());
        QVERIFY2(exported.err.contains("The keychain is locked.") && exported.err.contains("gnome-keyring-daemon --unlock"),
                 exported.err.constData());
        QVERIFY(!exported.err.contains(kSk.toUtf8()) && !exported.out.contains(kSk.toUtf8()));

        const CliRun deleted = runCli({u"profile"_s, u"delete"_s, kCliProfile});
        QVERIFY2(deleted.exitCode == 6, deleted.err.constData());
        QVERIFY2(deleted.err.contains("The keychain is locked."), deleted.err.constData());
        QVERIFY(runCli({u"profile"_s, u"list"_s}).out.contains(kCliProfile.toUtf8()));  // kept, to delete once unlocked
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
        // And a profile of the CLI, with its keys in the keyring.
        const CliRun set = runCli({u"profile"_s, u"set"_s, kCliProfile, u"--endpoint"_s, u"http://127.0.0.1:9"_s,
                                   u"--domain-id"_s, smsc::test::kTestDomainId},
                                  (smsc::test::kTestAk + u'\n' + smsc::test::kTestSk + u'\n').toUtf8());
        if (set.exitCode != 0)
            std::fprintf(stderr, "could not set the CLI profile: %s\n", set.err.constData());
        return r.ok() && set.exitCode == 0 ? 0 : 1;
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
