// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/AppIdentity.h"
#include "profile/ProfileStore.h"

#include <QDir>
#include <QDirIterator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using smsc::AuthMode;
using smsc::Profile;
using smsc::ProfileStore;
using smsc::RequestLanguage;
using smsc::ScopeHeader;

namespace {

Profile fullProfile(const QString &name)
{
    Profile p;
    p.name = name;
    p.region = u"ap-southeast-3"_s;
    p.endpoint = u"https://sms.example.internal:8443"_s;
    p.iamEndpoint = u"https://iam.example.internal"_s;
    p.stsEndpoint = u"https://sts.example.internal"_s;
    p.authMode = AuthMode::TemporaryAkSk;
    p.scopeHeader = ScopeHeader::ProjectId;
    p.domainId = u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s;
    p.projectId = u"proj-1"_s;
    p.language = RequestLanguage::ZhCn;
    p.transport.connectTimeoutSeconds = 7;
    p.transport.transferTimeoutSeconds = 9;
    p.transport.proxyUrl = u"http://proxy.example:3128"_s;
    p.transport.caFile = u"/etc/ssl/custom.pem"_s;
    p.transport.retryTransient = true;
    p.transport.maxAttempts = 2;
    return p;
}

} // namespace

class TestProfileStore final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        smsc::applyAppIdentity();
    }
    void init()
    {
        QSettings settings;
        settings.clear();
        settings.sync();
    }

    void saveThenLoadKeepsEveryField()
    {
        ProfileStore store;
        const Profile saved = fullProfile(u"prod"_s);
        QCOMPARE(store.save(saved).error(), QString());
        const std::optional<Profile> loaded = ProfileStore().load(u"prod"_s);
        QVERIFY(loaded);
        QCOMPARE(loaded->name, saved.name);
        QCOMPARE(loaded->region, saved.region);
        QCOMPARE(loaded->endpoint, saved.endpoint);
        QCOMPARE(loaded->iamEndpoint, saved.iamEndpoint);
        QCOMPARE(loaded->stsEndpoint, saved.stsEndpoint);
        QCOMPARE(loaded->authMode, saved.authMode);
        QCOMPARE(loaded->scopeHeader, saved.scopeHeader);
        QCOMPARE(loaded->domainId, saved.domainId);
        QCOMPARE(loaded->projectId, saved.projectId);
        QCOMPARE(loaded->language, saved.language);
        QCOMPARE(loaded->transport.connectTimeoutSeconds, 7);
        QCOMPARE(loaded->transport.transferTimeoutSeconds, 9);
        QCOMPARE(loaded->transport.proxyUrl, saved.transport.proxyUrl);
        QCOMPARE(loaded->transport.caFile, saved.transport.caFile);
        QCOMPARE(loaded->transport.retryTransient, true);
        QCOMPARE(loaded->transport.maxAttempts, 2);
    }

    void languageFollowingTheUiSurvivesARoundTrip_data()
    {
        QTest::addColumn<bool>("follows");
        QTest::addColumn<int>("chosenLanguage");
        QTest::addColumn<QString>("stored");
        QTest::newRow("never chosen: stored as auto") << true << static_cast<int>(RequestLanguage::ZhCn) << u"auto"_s;
        QTest::newRow("explicit en-us sticks") << false << static_cast<int>(RequestLanguage::EnUs) << u"en-us"_s;
        QTest::newRow("explicit zh-cn sticks") << false << static_cast<int>(RequestLanguage::ZhCn) << u"zh-cn"_s;
        QTest::newRow("explicit don't send sticks") << false << static_cast<int>(RequestLanguage::None) << u"none"_s;
    }

    void languageFollowingTheUiSurvivesARoundTrip()
    {
        QFETCH(bool, follows);
        QFETCH(int, chosenLanguage);
        const auto chosen = static_cast<RequestLanguage>(chosenLanguage);
        QFETCH(QString, stored);
        Profile p;
        p.name = u"lang"_s;
        p.language = chosen;
        p.languageFollowsUi = follows;
        QCOMPARE(ProfileStore().save(p).error(), QString());
        QCOMPARE(QSettings().value(u"profiles/lang/language"_s).toString(), stored);
        const std::optional<Profile> loaded = ProfileStore().load(p.name);
        QVERIFY(loaded);
        QCOMPARE(loaded->languageFollowsUi, follows);
        if (!follows)
            QCOMPARE(loaded->language, chosen);
        else  // the CLI's fallback: never "don't send"
            QVERIFY(loaded->language != RequestLanguage::None);
    }

    void defaultsSurviveARoundTrip()
    {
        Profile p;
        p.name = u"minimal"_s;
        QCOMPARE(ProfileStore().save(p).error(), QString());
        const std::optional<Profile> loaded = ProfileStore().load(p.name);
        QVERIFY(loaded);
        QCOMPARE(loaded->authMode, AuthMode::AkSk);
        QCOMPARE(loaded->scopeHeader, ScopeHeader::DomainId);
        QCOMPARE(loaded->language, RequestLanguage::EnUs);
        QCOMPARE(loaded->transport.connectTimeoutSeconds, 60);
        QCOMPARE(loaded->transport.transferTimeoutSeconds, 120);
        QCOMPARE(loaded->transport.retryTransient, false);
    }

    void missingProfileLoadsAsNothing()
    {
        QVERIFY(!ProfileStore().load(u"nope"_s));
        QVERIFY(!ProfileStore().contains(u"nope"_s));
    }

    void listIsSortedIgnoringCase()
    {
        ProfileStore store;
        for (const QString &n : {u"zeta"_s, u"Alpha"_s, u"beta"_s, u"生产"_s})
            QCOMPARE(store.save(fullProfile(n)).error(), QString());
        QCOMPARE(store.names(), (QStringList{u"Alpha"_s, u"beta"_s, u"zeta"_s, u"生产"_s}));
    }

    void saveReplacesEarlierValues()
    {
        ProfileStore store;
        Profile p = fullProfile(u"p"_s);
        QCOMPARE(store.save(p).error(), QString());
        p.endpoint.clear();
        p.authMode = AuthMode::IamToken;
        QCOMPARE(store.save(p).error(), QString());
        QCOMPARE(store.load(u"p"_s)->endpoint, QString());
        QCOMPARE(store.load(u"p"_s)->authMode, AuthMode::IamToken);
        QCOMPARE(store.names(), QStringList{u"p"_s});
    }

    void removeForgetsTheProfileAndTheCurrentChoice()
    {
        ProfileStore store;
        QCOMPARE(store.save(fullProfile(u"a"_s)).error(), QString());
        QCOMPARE(store.save(fullProfile(u"b"_s)).error(), QString());
        store.setCurrentName(u"a"_s);
        QCOMPARE(store.currentName(), u"a"_s);
        QVERIFY(store.remove(u"a"_s).ok());
        QVERIFY(!store.remove(u"a"_s).ok());
        QCOMPARE(store.names(), QStringList{u"b"_s});
        QCOMPARE(store.currentName(), QString());
    }

    void renameMovesSettingsAndCurrentChoice()
    {
        ProfileStore store;
        QCOMPARE(store.save(fullProfile(u"old"_s)).error(), QString());
        store.setCurrentName(u"old"_s);
        QCOMPARE(store.rename(u"old"_s, u"new"_s).error(), QString());
        QCOMPARE(store.names(), QStringList{u"new"_s});
        QCOMPARE(store.currentName(), u"new"_s);
        QCOMPARE(store.load(u"new"_s)->region, u"ap-southeast-3"_s);
    }

    void renameRefusesExistingOrMissingNames()
    {
        ProfileStore store;
        QCOMPARE(store.save(fullProfile(u"a"_s)).error(), QString());
        QCOMPARE(store.save(fullProfile(u"b"_s)).error(), QString());
        QVERIFY(store.rename(u"a"_s, u"b"_s).error().contains(u"already exists"_s));
        QVERIFY(store.rename(u"ghost"_s, u"c"_s).error().contains(u"ghost"_s));
        QCOMPARE(store.names(), (QStringList{u"a"_s, u"b"_s}));
    }

    void currentNameOfADeletedProfileIsEmpty()
    {
        ProfileStore store;
        store.setCurrentName(u"never-saved"_s);
        QCOMPARE(store.currentName(), QString());
    }

    void badNamesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << u"   "_s;
        QTest::newRow("leading space") << u" prod"_s;
        QTest::newRow("slash would split the keychain key") << u"a/b"_s;
        QTest::newRow("backslash") << u"a\\b"_s;
        QTest::newRow("newline") << u"a\nb"_s;
        QTest::newRow("65 characters") << QString(65, QLatin1Char('x'));
    }
    void badNamesAreRefused()
    {
        QFETCH(QString, name);
        Profile p = fullProfile(name);
        const QString error = ProfileStore().save(p).error();
        QVERIFY(!error.isEmpty());
        QCOMPARE(error, ProfileStore::checkName(name));
        QVERIFY(ProfileStore().names().isEmpty());
    }

    void proxyPasswordIsNeverWrittenToSettings()
    {
        Profile p = fullProfile(u"proxied"_s);
        p.transport.proxyUrl = u"http://user:SMSCTESTSECRETKEY0000000000000000000000000@proxy:3128"_s;
        QVERIFY(!ProfileStore().save(p).error().isEmpty());
        QVERIFY(!ProfileStore().contains(u"proxied"_s));
        QDirIterator it(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("SMSCTESTSECRETKEY"), qPrintable(f.fileName()));
        }
    }

    void settingsFileHoldsNoSecretFields()
    {
        QCOMPARE(ProfileStore().save(fullProfile(u"prod"_s)).error(), QString());
        QSettings settings;
        settings.beginGroup(u"profiles/prod"_s);
        const QStringList keys = settings.childKeys();
        for (const QString &forbidden : {u"ak"_s, u"sk"_s, u"security_token"_s, u"iam_token"_s})
            QVERIFY2(!keys.contains(forbidden), qPrintable(forbidden));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
