// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/credentials/Credentials.h"
#include "profile/Profile.h"

#include <QTest>

using namespace Qt::StringLiterals;

using smsc::AuthMode;
using smsc::Credentials;
using smsc::RequestLanguage;

namespace {

const QString kAk = u"SMSCTESTAK0000000001"_s;
const QString kSk = u"SMSCTESTSECRETKEY0000000000000000000000000"_s;
const QString kToken = u"SMSCTESTSECURITYTOKEN00000000000000000000"_s;
const QString kIamToken = u"SMSCTESTIAMTOKEN000000000000000000000000"_s;

Credentials make(AuthMode mode, const QString &ak, const QString &sk, const QString &token, const QString &iam)
{
    Credentials credentials;
    credentials.mode = mode;
    credentials.accessKey = ak;
    credentials.secretKey = sk;
    credentials.securityToken = token;
    credentials.iamToken = iam;
    return credentials;
}

} // namespace

class TestCredentials final : public QObject
{
    Q_OBJECT
private slots:
    void missingPart_data()
    {
        QTest::addColumn<Credentials>("credentials");
        QTest::addColumn<QStringList>("named");  // parts the sentence must name; empty: complete
        QTest::newRow("aksk complete") << make(AuthMode::AkSk, kAk, kSk, {}, {}) << QStringList{};
        QTest::newRow("aksk without SK") << make(AuthMode::AkSk, kAk, {}, {}, {}) << QStringList{u"SK"_s};
        QTest::newRow("aksk with a blank SK") << make(AuthMode::AkSk, kAk, u"  "_s, {}, {}) << QStringList{u"SK"_s};
        QTest::newRow("aksk without both") << make(AuthMode::AkSk, {}, {}, {}, {}) << QStringList{u"AK"_s, u"SK"_s};
        QTest::newRow("temporary complete") << make(AuthMode::TemporaryAkSk, kAk, kSk, kToken, {}) << QStringList{};
        QTest::newRow("temporary without token")
            << make(AuthMode::TemporaryAkSk, kAk, kSk, {}, {}) << QStringList{u"security token"_s};
        QTest::newRow("token complete without keys") << make(AuthMode::IamToken, {}, {}, {}, kIamToken) << QStringList{};
        QTest::newRow("token missing although keys given")
            << make(AuthMode::IamToken, kAk, kSk, {}, {}) << QStringList{u"IAM token"_s};
    }
    void missingPart()
    {
        QFETCH(Credentials, credentials);
        QFETCH(QStringList, named);
        const QString message = credentials.missingPart();
        QCOMPARE(message.isEmpty(), named.isEmpty());
        for (const QString &part : named)
            QVERIFY2(message.contains(part), qPrintable(message));
        // The sentence describes what is missing, never what is there.
        for (const QString &secret : {kAk, kSk, kToken, kIamToken})
            QVERIFY(!message.contains(secret));
    }

    void maskedAccessKey_data()
    {
        QTest::addColumn<QString>("accessKey");
        QTest::addColumn<QString>("masked");
        QTest::newRow("test AK") << kAk << u"SMSC****0001"_s;
        QTest::newRow("nine characters") << u"ABCDEFGHI"_s << u"ABCD****FGHI"_s;
        QTest::newRow("eight characters are hidden entirely") << u"ABCDEFGH"_s << u"****"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void maskedAccessKey()
    {
        QFETCH(QString, accessKey);
        QFETCH(QString, masked);
        QCOMPARE(make(AuthMode::AkSk, accessKey, {}, {}, {}).maskedAccessKey(), masked);
    }

    void authModeIdsRoundTrip_data()
    {
        QTest::addColumn<AuthMode>("mode");
        QTest::addColumn<QString>("id");
        QTest::newRow("permanent") << AuthMode::AkSk << u"aksk"_s;
        QTest::newRow("temporary") << AuthMode::TemporaryAkSk << u"temporary"_s;
        QTest::newRow("iam token") << AuthMode::IamToken << u"token"_s;
    }
    void authModeIdsRoundTrip()
    {
        QFETCH(AuthMode, mode);
        QFETCH(QString, id);
        QCOMPARE(smsc::authModeId(mode), id);
        AuthMode parsed = mode == AuthMode::AkSk ? AuthMode::IamToken : AuthMode::AkSk;
        QVERIFY(smsc::authModeFromId(id.toUpper(), &parsed));
        QCOMPARE(parsed, mode);
    }
    void unknownAuthModeLeavesValue()
    {
        AuthMode mode = AuthMode::TemporaryAkSk;
        QVERIFY(!smsc::authModeFromId(u"password"_s, &mode));
        QVERIFY(!smsc::authModeFromId(QString(), &mode));
        QCOMPARE(mode, AuthMode::TemporaryAkSk);
    }

    void requestLanguageIdsRoundTrip_data()
    {
        QTest::addColumn<RequestLanguage>("language");
        QTest::addColumn<QString>("id");
        QTest::newRow("not sent") << RequestLanguage::None << u"none"_s;
        QTest::newRow("English") << RequestLanguage::EnUs << u"en-us"_s;
        QTest::newRow("Chinese") << RequestLanguage::ZhCn << u"zh-cn"_s;
    }
    void requestLanguageIdsRoundTrip()
    {
        QFETCH(RequestLanguage, language);
        QFETCH(QString, id);
        QCOMPARE(smsc::requestLanguageId(language), id);
        RequestLanguage parsed = language == RequestLanguage::EnUs ? RequestLanguage::ZhCn : RequestLanguage::EnUs;
        QVERIFY(smsc::requestLanguageFromId(u" "_s + id.toUpper(), &parsed));
        QCOMPARE(parsed, language);
    }
    void unknownLanguageLeavesValue()
    {
        RequestLanguage language = RequestLanguage::ZhCn;
        QVERIFY(!smsc::requestLanguageFromId(u"fr-fr"_s, &language));
        QVERIFY(!smsc::requestLanguageFromId(u"en_us"_s, &language));
        QCOMPARE(language, RequestLanguage::ZhCn);
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
