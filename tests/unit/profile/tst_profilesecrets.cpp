// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/credentials/ProfileSecrets.h"

#include "../../support/FakeCredentialStore.h"

#include <QSignalSpy>
#include <QTest>
#include <optional>

using namespace Qt::StringLiterals;

using smsc::AuthMode;
using smsc::Credentials;
using smsc::ProfileSecrets;
using smsc::FailureKind;
using smsc::SecretField;
using smsc::test::FakeCredentialStore;

namespace {

const QString kAk = u"SMSCTESTAK0000000001"_s;
const QString kSk = u"SMSCTESTSECRETKEY0000000000000000000000000"_s;
const QString kToken = u"SMSCTESTSECURITYTOKEN00000000000000000000"_s;
const QString kIam = u"SMSCTESTIAMTOKEN000000000000000000000000"_s;

using Loaded = smsc::Outcome<Credentials>;
using Saved = smsc::Outcome<void>;

//! Runs one asynchronous ProfileSecrets operation to completion and returns its result.
template<typename Result, typename Start>
std::optional<Result> await(Start start)
{
    QObject context;
    std::optional<Result> result;
    int calls = 0;
    start(&context, [&](const Result &r) {
        ++calls;
        result = r;
    });
    if (!QTest::qWaitFor([&] { return calls > 0; }, 5000))
        return std::nullopt;
    QTest::qWait(10);  // a second callback would arrive now
    return calls == 1 ? result : std::nullopt;
}

} // namespace

class TestProfileSecrets final : public QObject
{
    Q_OBJECT
private slots:
    void saveThenLoadRoundTrip_data()
    {
        QTest::addColumn<Credentials>("credentials");
        QTest::addColumn<int>("entries");
        QTest::newRow("AK/SK") << Credentials{AuthMode::AkSk, kAk, kSk, {}, {}} << 2;
        QTest::newRow("temporary AK/SK with token") << Credentials{AuthMode::TemporaryAkSk, kAk, kSk, kToken, {}} << 3;
        QTest::newRow("IAM token") << Credentials{AuthMode::IamToken, {}, {}, {}, kIam} << 1;
    }
    void saveThenLoadRoundTrip()
    {
        QFETCH(Credentials, credentials);
        QFETCH(int, entries);
        FakeCredentialStore store;
        ProfileSecrets secrets(&store);
        const auto saved = await<Saved>([&](QObject *c, auto done) { secrets.save(u"prod"_s, credentials, c, done); });
        QVERIFY(saved);
        QVERIFY2(saved->ok(), qPrintable(saved->error()));
        QCOMPARE(store.entries.size(), entries);
        const auto loaded = await<Loaded>([&](QObject *c, auto done) { secrets.load(u"prod"_s, credentials.mode, c, done); });
        QVERIFY(loaded);
        QVERIFY2(loaded->ok(), qPrintable(loaded->error()));
        QCOMPARE(loaded->value().mode, credentials.mode);
        QCOMPARE(loaded->value().accessKey, credentials.accessKey);
        QCOMPARE(loaded->value().secretKey, credentials.secretKey);
        QCOMPARE(loaded->value().securityToken, credentials.securityToken);
        QCOMPARE(loaded->value().iamToken, credentials.iamToken);
    }

    void entriesAreKeyedByProfileAndField()
    {
        FakeCredentialStore store;
        ProfileSecrets secrets(&store);
        QVERIFY(await<Saved>([&](QObject *c, auto done) {
                    secrets.save(u"prod"_s, Credentials{AuthMode::AkSk, kAk, kSk, {}, {}}, c, done);
                })->ok());
        QCOMPARE(store.entries.value(u"prod/ak"_s), kAk);
        QCOMPARE(store.entries.value(u"prod/sk"_s), kSk);
        const auto other = await<Loaded>([&](QObject *c, auto done) { secrets.load(u"test"_s, AuthMode::AkSk, c, done); });
        QCOMPARE(other->kind(), FailureKind::NotFound);
    }

    void missingSecretKeyNamesProfileAndField()
    {
        FakeCredentialStore store;
        store.entries.insert(u"prod/ak"_s, kAk);
        ProfileSecrets secrets(&store);
        const auto loaded = await<Loaded>([&](QObject *c, auto done) { secrets.load(u"prod"_s, AuthMode::AkSk, c, done); });
        QVERIFY(loaded);
        QCOMPARE(loaded->kind(), FailureKind::NotFound);
        QCOMPARE(loaded->error(), u"Profile \"prod\" has no secret key (SK) stored in the keychain."_s);
        QVERIFY(!loaded->ok());  // so it holds no credentials at all, not even the AK that was found
    }

    void unavailableKeychainGivesTheBackendMessage()
    {
        FakeCredentialStore store;
        store.failWith = FailureKind::Unavailable;
        ProfileSecrets secrets(&store);
        const auto loaded = await<Loaded>([&](QObject *c, auto done) { secrets.load(u"prod"_s, AuthMode::AkSk, c, done); });
        QVERIFY(loaded);
        QCOMPARE(loaded->kind(), FailureKind::Unavailable);
        QVERIFY2(loaded->error().contains(u"unavailable"_s), qPrintable(loaded->error()));
        QVERIFY2(loaded->error().contains(store.failMessage), qPrintable(loaded->error()));
        QVERIFY2(loaded->error().contains(u"prod"_s), qPrintable(loaded->error()));
        QCOMPARE(store.operations, 1);  // stops at the first failure
    }

    void lockedKeychainIsNamedWithWhatToDo_data()
    {
        QTest::addColumn<QString>("backendMessage");
        QTest::addColumn<bool>("locked");
        QTest::newRow("a prompt object path as the whole text") << u"/org/freedesktop/secrets/prompt/p1"_s << true;
        QTest::newRow("a prompt object path in a sentence")
            << u"Couldn't unlock: '/org/freedesktop/secrets/prompt/u7'"_s << true;
        QTest::newRow("gnome-keyring refusing a locked collection")
            << u"Cannot create an item in a locked collection"_s << true;
        QTest::newRow("no Secret Service is not a lock") << u"The name org.freedesktop.secrets was not provided by any .service files"_s << false;
        QTest::newRow("a collection path is not a prompt") << u"/org/freedesktop/secrets/collection/login"_s << false;
        QTest::newRow("a prompt path inside another path is not one") << u"/x/org/freedesktop/secrets/prompt/p1"_s << false;
        QTest::newRow("empty") << QString() << false;
    }
    void lockedKeychainIsNamedWithWhatToDo()
    {
        QFETCH(QString, backendMessage);
        QFETCH(bool, locked);
        QCOMPARE(smsc::CredentialStore::isLockedAnswer(backendMessage), locked);

        FakeCredentialStore store;
        store.failWith = FailureKind::Unavailable;
        store.failMessage = backendMessage;
        ProfileSecrets secrets(&store);
        const auto loaded = await<Loaded>([&](QObject *c, auto done) { secrets.load(u"prod"_s, AuthMode::AkSk, c, done); });
        QVERIFY(loaded);
        QCOMPARE(loaded->kind(), FailureKind::Unavailable);
        QCOMPARE(loaded->error().contains(u"keychain is locked"_s), locked);
        QCOMPARE(loaded->error().contains(u"gnome-keyring-daemon --unlock"_s), locked);
        if (locked)  // the raw D-Bus path is a detail, not the message
            QVERIFY2(!loaded->error().contains(u"/org/freedesktop/secrets/prompt"_s), qPrintable(loaded->error()));
    }

    void savingAnotherModeRemovesStaleSecrets()
    {
        FakeCredentialStore store;
        ProfileSecrets secrets(&store);
        QVERIFY(await<Saved>([&](QObject *c, auto done) {
                    secrets.save(u"p"_s, Credentials{AuthMode::TemporaryAkSk, kAk, kSk, kToken, {}}, c, done);
                })->ok());
        QVERIFY(await<Saved>([&](QObject *c, auto done) {
                    secrets.save(u"p"_s, Credentials{AuthMode::IamToken, {}, {}, {}, kIam}, c, done);
                })->ok());
        QCOMPARE(store.entries.keys(), QStringList{u"p/iam_token"_s});
    }

    void incompleteCredentialsAreNotSaved()
    {
        FakeCredentialStore store;
        ProfileSecrets secrets(&store);
        const auto saved = await<Saved>([&](QObject *c, auto done) {
            secrets.save(u"p"_s, Credentials{AuthMode::AkSk, kAk, {}, {}, {}}, c, done);
        });
        QVERIFY(saved);
        QVERIFY(!saved->ok());
        QVERIFY2(saved->error().contains(u"SK"_s), qPrintable(saved->error()));
        QVERIFY(store.entries.isEmpty());
    }

    void removeAllClearsEveryFieldAndToleratesMissingOnes()
    {
        FakeCredentialStore store;
        store.entries.insert(u"p/ak"_s, kAk);
        store.entries.insert(u"other/ak"_s, kAk);
        ProfileSecrets secrets(&store);
        const auto removed = await<Saved>([&](QObject *c, auto done) { secrets.removeAll(u"p"_s, c, done); });
        QVERIFY(removed);
        QVERIFY(removed->ok());
        QCOMPARE(store.entries.keys(), QStringList{u"other/ak"_s});
    }

    void moveFollowsARename()
    {
        FakeCredentialStore store;
        store.entries.insert(u"old/ak"_s, kAk);
        store.entries.insert(u"old/sk"_s, kSk);
        store.entries.insert(u"other/sk"_s, kSk);
        ProfileSecrets secrets(&store);
        const auto moved = await<Saved>([&](QObject *c, auto done) { secrets.move(u"old"_s, u"new"_s, AuthMode::AkSk, c, done); });
        QVERIFY(moved);
        QVERIFY2(moved->ok(), qPrintable(moved->error()));
        QStringList keys = store.entries.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{u"new/ak"_s, u"new/sk"_s, u"other/sk"_s}));
        QCOMPARE(store.entries.value(u"new/sk"_s), kSk);
    }

    void moveKeepsTheOldSecretsWhenTheCopyFails()
    {
        FakeCredentialStore store;
        store.entries.insert(u"old/iam_token"_s, kIam);
        ProfileSecrets secrets(&store);
        const auto moved = await<Saved>([&](QObject *c, auto done) { secrets.move(u"old"_s, u"new"_s, AuthMode::AkSk, c, done); });
        QVERIFY(moved);
        QCOMPARE(moved->kind(), FailureKind::NotFound);
        QCOMPARE(store.entries.keys(), QStringList{u"old/iam_token"_s});
    }

    void noCallbackAfterTheContextIsGone()
    {
        FakeCredentialStore store;
        store.entries.insert(u"p/ak"_s, kAk);
        store.entries.insert(u"p/sk"_s, kSk);
        ProfileSecrets secrets(&store);
        int calls = 0;
        {
            QObject context;
            secrets.load(u"p"_s, AuthMode::AkSk, &context, [&](const Loaded &) { ++calls; });
        }
        QTest::qWait(50);
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestProfileSecrets)
#include "tst_profilesecrets.moc"
