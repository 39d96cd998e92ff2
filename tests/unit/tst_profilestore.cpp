#include "AppIdentity.h"
#include "ProfileStore.h"

#include <QDir>
#include <QDirIterator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

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
    p.region = u"ap-southeast-3"_qs;
    p.endpoint = u"https://sms.example.internal:8443"_qs;
    p.iamEndpoint = u"https://iam.example.internal"_qs;
    p.stsEndpoint = u"https://sts.example.internal"_qs;
    p.authMode = AuthMode::TemporaryAkSk;
    p.scopeHeader = ScopeHeader::ProjectId;
    p.domainId = u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_qs;
    p.projectId = u"proj-1"_qs;
    p.language = RequestLanguage::ZhCn;
    p.transport.connectTimeoutSeconds = 7;
    p.transport.transferTimeoutSeconds = 9;
    p.transport.proxyUrl = u"http://proxy.example:3128"_qs;
    p.transport.caFile = u"/etc/ssl/custom.pem"_qs;
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
        const Profile saved = fullProfile(u"prod"_qs);
        QCOMPARE(store.save(saved), QString());
        const std::optional<Profile> loaded = ProfileStore().load(u"prod"_qs);
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
        QTest::newRow("never chosen: stored as auto") << true << static_cast<int>(RequestLanguage::ZhCn) << u"auto"_qs;
        QTest::newRow("explicit en-us sticks") << false << static_cast<int>(RequestLanguage::EnUs) << u"en-us"_qs;
        QTest::newRow("explicit zh-cn sticks") << false << static_cast<int>(RequestLanguage::ZhCn) << u"zh-cn"_qs;
        QTest::newRow("explicit don't send sticks") << false << static_cast<int>(RequestLanguage::None) << u"none"_qs;
    }

    void languageFollowingTheUiSurvivesARoundTrip()
    {
        QFETCH(bool, follows);
        QFETCH(int, chosenLanguage);
        const auto chosen = static_cast<RequestLanguage>(chosenLanguage);
        QFETCH(QString, stored);
        Profile p;
        p.name = u"lang"_qs;
        p.language = chosen;
        p.languageFollowsUi = follows;
        QCOMPARE(ProfileStore().save(p), QString());
        QCOMPARE(QSettings().value(u"profiles/lang/language"_qs).toString(), stored);
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
        p.name = u"minimal"_qs;
        QCOMPARE(ProfileStore().save(p), QString());
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
        QVERIFY(!ProfileStore().load(u"nope"_qs));
        QVERIFY(!ProfileStore().contains(u"nope"_qs));
    }

    void listIsSortedIgnoringCase()
    {
        ProfileStore store;
        for (const QString &n : {u"zeta"_qs, u"Alpha"_qs, u"beta"_qs, u"生产"_qs})
            QCOMPARE(store.save(fullProfile(n)), QString());
        QCOMPARE(store.names(), (QStringList{u"Alpha"_qs, u"beta"_qs, u"zeta"_qs, u"生产"_qs}));
    }

    void saveReplacesEarlierValues()
    {
        ProfileStore store;
        Profile p = fullProfile(u"p"_qs);
        QCOMPARE(store.save(p), QString());
        p.endpoint.clear();
        p.authMode = AuthMode::IamToken;
        QCOMPARE(store.save(p), QString());
        QCOMPARE(store.load(u"p"_qs)->endpoint, QString());
        QCOMPARE(store.load(u"p"_qs)->authMode, AuthMode::IamToken);
        QCOMPARE(store.names(), QStringList{u"p"_qs});
    }

    void removeForgetsTheProfileAndTheCurrentChoice()
    {
        ProfileStore store;
        QCOMPARE(store.save(fullProfile(u"a"_qs)), QString());
        QCOMPARE(store.save(fullProfile(u"b"_qs)), QString());
        store.setCurrentName(u"a"_qs);
        QCOMPARE(store.currentName(), u"a"_qs);
        QVERIFY(store.remove(u"a"_qs));
        QVERIFY(!store.remove(u"a"_qs));
        QCOMPARE(store.names(), QStringList{u"b"_qs});
        QCOMPARE(store.currentName(), QString());
    }

    void renameMovesSettingsAndCurrentChoice()
    {
        ProfileStore store;
        QCOMPARE(store.save(fullProfile(u"old"_qs)), QString());
        store.setCurrentName(u"old"_qs);
        QCOMPARE(store.rename(u"old"_qs, u"new"_qs), QString());
        QCOMPARE(store.names(), QStringList{u"new"_qs});
        QCOMPARE(store.currentName(), u"new"_qs);
        QCOMPARE(store.load(u"new"_qs)->region, u"ap-southeast-3"_qs);
    }

    void renameRefusesExistingOrMissingNames()
    {
        ProfileStore store;
        QCOMPARE(store.save(fullProfile(u"a"_qs)), QString());
        QCOMPARE(store.save(fullProfile(u"b"_qs)), QString());
        QVERIFY(store.rename(u"a"_qs, u"b"_qs).contains(u"already exists"_qs));
        QVERIFY(store.rename(u"ghost"_qs, u"c"_qs).contains(u"ghost"_qs));
        QCOMPARE(store.names(), (QStringList{u"a"_qs, u"b"_qs}));
    }

    void currentNameOfADeletedProfileIsEmpty()
    {
        ProfileStore store;
        store.setCurrentName(u"never-saved"_qs);
        QCOMPARE(store.currentName(), QString());
    }

    void badNamesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << u"   "_qs;
        QTest::newRow("leading space") << u" prod"_qs;
        QTest::newRow("slash would split the keychain key") << u"a/b"_qs;
        QTest::newRow("backslash") << u"a\\b"_qs;
        QTest::newRow("newline") << u"a\nb"_qs;
        QTest::newRow("65 characters") << QString(65, QLatin1Char('x'));
    }
    void badNamesAreRefused()
    {
        QFETCH(QString, name);
        Profile p = fullProfile(name);
        const QString error = ProfileStore().save(p);
        QVERIFY(!error.isEmpty());
        QCOMPARE(error, ProfileStore::checkName(name));
        QVERIFY(ProfileStore().names().isEmpty());
    }

    void proxyPasswordIsNeverWrittenToSettings()
    {
        Profile p = fullProfile(u"proxied"_qs);
        p.transport.proxyUrl = u"http://user:SMSCTESTSECRETKEY0000000000000000000000000@proxy:3128"_qs;
        QVERIFY(!ProfileStore().save(p).isEmpty());
        QVERIFY(!ProfileStore().contains(u"proxied"_qs));
        QDirIterator it(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("SMSCTESTSECRETKEY"), qPrintable(f.fileName()));
        }
    }

    void settingsFileHoldsNoSecretFields()
    {
        QCOMPARE(ProfileStore().save(fullProfile(u"prod"_qs)), QString());
        QSettings settings;
        settings.beginGroup(u"profiles/prod"_qs);
        const QStringList keys = settings.childKeys();
        for (const QString &forbidden : {u"ak"_qs, u"sk"_qs, u"security_token"_qs, u"iam_token"_qs})
            QVERIFY2(!keys.contains(forbidden), qPrintable(forbidden));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
