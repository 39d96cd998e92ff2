// SPDX-License-Identifier: GPL-3.0-or-later
#include "errors/ErrorReport.h"
#include "redaction/RequestRedactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace smsc;

namespace {
const QString kAk = u"SMSCTESTAK0000000001"_s;
const QString kSk = u"SMSCTESTSECRETKEY0000000000000000000000000"_s;
const QString kSecurityToken = u"SMSCTESTSECURITYTOKEN00000000000000000000"_s;
const QString kIamToken = u"SMSCTESTIAMTOKEN000000000000000000000000"_s;
const QByteArray kSignature = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

ApiError forbidden()
{
    ApiError e;
    e.kind = ErrorKind::Permission;
    e.httpStatus = 403;
    e.errorCode = u"SMS.0204"_s;
    e.errorMsgRaw = u"Insufficient permissions. Cause: {0[0]}"_s;
    e.errorMsg = u"Insufficient permissions. Cause: sms:server:getBatchConsistencyResults"_s;
    e.errorParam = {u"sms:server:getBatchConsistencyResults"_s};
    e.details = {{u"IAM.0002"_s, u"Policy denies the action"_s}, {u"IAM.0003"_s, u"No allow statement"_s}};
    e.encodedAuthorizationMessage = QString(300, u'Q');
    e.requestId = u"0b5c3f2e-req"_s;
    e.serverDate = QDateTime(QDate(2026, 11, 27), QTime(19, 0, 30), Qt::UTC);
    e.clockSkewSeconds = -30;
    e.headline = u"You do not have permission to export consistency results."_s;
    e.hint = u"Ask your administrator for sms:server:getBatchConsistencyResults."_s;
    return e;
}

// A request record where every place a secret could hide holds one.
RequestRecord leakyRequest()
{
    RequestRecord r;
    r.method = "POST";
    r.url = u"https://sms.example.test/v3/tasks/consistency-results/export"_s;
    r.headers = {
        {"Authorization", "SDK-HMAC-SHA256 Access=" + kAk.toLatin1()
                              + ", SignedHeaders=host;x-sdk-date;x-security-token, Signature=" + kSignature},
        {"X-Security-Token", kSecurityToken.toLatin1()},
        {"X-Auth-Token", kIamToken.toLatin1()},
        {"X-Sdk-Date", "20261127T190000Z"},
    };
    r.body = R"({"task_info":[{"task_id":"t1","source_id":"s1","source_name":"web-01"}]})";
    r.canonicalRequest = "POST\n/v3/tasks/consistency-results/export/\n\nhost:sms.example.test\nx-security-token:"
                         + kSecurityToken.toLatin1() + "\n";
    r.sentAtUtc = QDateTime(QDate(2026, 11, 27), QTime(19, 0, 0), Qt::UTC);
    return r;
}
} // namespace

class TestErrorReport final : public QObject
{
    Q_OBJECT
private slots:
    void everyFieldOfA403IsInTextAndJson()
    {
        const ErrorReport report(forbidden(), leakyRequest(),
                                 {u"prod"_s, u"https://sms.example.test"_s, AuthMode::AkSk, {}, u"1.2.3"_s,
                                  u"TestOS 1"_s, {}},
                                 {AuthMode::AkSk, kAk, kSk, {}, {}});
        const QString text = report.toText();
        for (const QString &expected :
             {u"HTTP status: 403"_s, u"SMS.0204"_s, u"Cause: sms:server:getBatchConsistencyResults"_s,
              u"Cause: {0[0]}"_s, u"IAM.0002: Policy denies the action"_s, u"0b5c3f2e-req"_s,
              u"2026-11-27 19:00:00 UTC"_s, u"2026-11-27 19:00:30 UTC"_s, u"30 s behind"_s,
              u"https://sms.example.test"_s, u"Profile: prod"_s, u"Authentication: AK/SK"_s,
              u"Access key: SMSC****0001"_s, u"(length 300)"_s, QString(300, u'Q'), u"App version: 1.2.3"_s,
              u"TestOS 1"_s, u"You do not have permission"_s, u"Ask your administrator"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected));

        const QJsonObject json = QJsonDocument::fromJson(report.toJson()).object();
        QCOMPARE(json.value(u"http_status"_s).toInt(), 403);
        QCOMPARE(json.value(u"error_code"_s).toString(), u"SMS.0204"_s);
        QCOMPARE(json.value(u"error_msg_raw"_s).toString(), u"Insufficient permissions. Cause: {0[0]}"_s);
        QCOMPARE(json.value(u"error_param"_s).toArray().size(), 1);
        QCOMPARE(json.value(u"details"_s).toArray().at(1).toObject().value(u"error_code"_s).toString(),
                 u"IAM.0003"_s);
        QCOMPARE(json.value(u"encoded_authorization_message"_s).toString().size(), 300);
        QCOMPARE(json.value(u"request_id"_s).toString(), u"0b5c3f2e-req"_s);
        QCOMPARE(json.value(u"time_utc"_s).toString(), u"2026-11-27T19:00:00Z"_s);
        QCOMPARE(json.value(u"clock_skew_seconds"_s).toInteger(), -30);
        QCOMPARE(json.value(u"access_key"_s).toString(), u"SMSC****0001"_s);
        QCOMPARE(json.value(u"auth_mode"_s).toString(), u"aksk"_s);
        QCOMPARE(json.value(u"kind"_s).toString(), u"permission"_s);
        QCOMPARE(json.value(u"os"_s).toString(), u"TestOS 1"_s);
    }

    void noSecretSurvives_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("permanent AK/SK") << int(AuthMode::AkSk);
        QTest::newRow("temporary AK/SK with token") << int(AuthMode::TemporaryAkSk);
        QTest::newRow("IAM token") << int(AuthMode::IamToken);
    }
    void noSecretSurvives()
    {
        QFETCH(int, mode);
        const auto authMode = static_cast<AuthMode>(mode);
        ApiError error = forbidden();
        // The gateway echoes its canonical request with '|' separators, signed token included.
        error.gatewayCanonicalRequest = u"POST|/v3/|x-security-token:"_s + kSecurityToken + u"|"_s;
        error.bodyExcerpt = "{\"error_msg\":\"bad key " + kSk.toLatin1() + "\"}";
        error.technicalDetail = u"Signature="_s + QString::fromLatin1(kSignature);
        error.errorParam = {kIamToken};
        const QString curl = u"curl -X POST -H 'Authorization: SDK-HMAC-SHA256 Access="_s + kAk
                             + u", Signature="_s + QString::fromLatin1(kSignature) + u"' -H 'X-Auth-Token: "_s
                             + kIamToken + u"' -H 'X-Security-Token: "_s + kSecurityToken + u"'"_s;
        const ErrorReport report(error, leakyRequest(),
                                 {u"prod"_s, u"https://sms.example.test"_s, authMode, curl, {}, {}, {}},
                                 {authMode, kAk, kSk, kSecurityToken, kIamToken});
        const QByteArray everything = report.toText().toUtf8() + report.toJson() + report.toSummary().toUtf8()
                                      + report.context().curlCommand.toUtf8();
        for (const QString &secret : {kSk, kSecurityToken, kIamToken, kAk})
            QVERIFY2(!everything.contains(secret.toUtf8()), qPrintable(secret.left(4)));
        QVERIFY(!everything.contains(kSignature));
        QVERIFY(everything.contains(kRedacted));
        // The request stays useful: method, URL and body are still there.
        QVERIFY(report.toText().contains(u"\"task_id\":\"t1\""_s));
        QVERIFY(report.toText().contains(u"POST https://sms.example.test/v3/tasks/consistency-results/export"_s));
    }

    void redactedErrorKeepsNoEchoedSecret_data()
    {
        QTest::addColumn<AuthMode>("mode");
        QTest::addColumn<QString>("echoed");
        QTest::newRow("secret key echoed in error_msg") << AuthMode::AkSk << kSk;
        QTest::newRow("security token echoed") << AuthMode::TemporaryAkSk << kSecurityToken;
        QTest::newRow("IAM token echoed") << AuthMode::IamToken << kIamToken;
    }
    void redactedErrorKeepsNoEchoedSecret()
    {
        QFETCH(AuthMode, mode);
        QFETCH(QString, echoed);
        ApiError error = forbidden();
        error.errorMsg = u"Credential %1 for %2 is not allowed"_s.arg(echoed, kAk);
        error.errorParam = QStringList{echoed};
        error.details = {ErrorDetail{u"IAM.0001"_s, u"token "_s + echoed}};
        error.bodyExcerpt = "{\"error_msg\":\"" + echoed.toUtf8() + "\"}";
        const ApiError shown = ErrorReport::redacted(error, {mode, kAk, kSk, kSecurityToken, kIamToken});
        const QString all = shown.errorMsg + shown.errorParam.join(u' ') + shown.details.constFirst().message
                            + QString::fromUtf8(shown.bodyExcerpt);
        QVERIFY(!all.contains(echoed));
        QVERIFY(!all.contains(kAk));
        QCOMPARE(shown.errorMsg, u"Credential %1 for SMSC****0001 is not allowed"_s.arg(QLatin1String(kRedacted)));
        QCOMPARE(shown.errorCode, error.errorCode);
        QCOMPARE(shown.requestId, error.requestId);
    }

    void iamTokenReportsShowNoAccessKey()
    {
        const ErrorReport report(forbidden(), {}, {u"p"_s, {}, AuthMode::IamToken, {}, {}, {}, {}},
                                 {AuthMode::IamToken, {}, {}, {}, kIamToken});
        QVERIFY(report.maskedAccessKey().isEmpty());
        QVERIFY(!report.toText().contains(u"Access key:"_s));
        QCOMPARE(QJsonDocument::fromJson(report.toJson()).object().value(u"auth_mode"_s).toString(), u"token"_s);
    }

    void clockSkewSaysWhichWay_data()
    {
        QTest::addColumn<qint64>("skew");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("ahead") << qint64(1200) << u"1200 s ahead"_s;
        QTest::newRow("behind") << qint64(-5) << u"5 s behind"_s;
        QTest::newRow("in sync") << qint64(0) << u"matches"_s;
    }
    void clockSkewSaysWhichWay()
    {
        QFETCH(qint64, skew);
        QFETCH(QString, mentions);
        ApiError error = forbidden();
        error.clockSkewSeconds = skew;
        const ErrorReport report(error, {}, {}, {});
        QVERIFY2(report.clockSkewText().contains(mentions), qPrintable(report.clockSkewText()));
    }

    void headlineFallsBackToTheStatus()
    {
        ApiError error;
        error.kind = ErrorKind::Server;
        error.httpStatus = 502;
        QVERIFY(ErrorReport(error, {}, {}, {}).headline().contains(u"502"_s));
    }
};

QTEST_GUILESS_MAIN(TestErrorReport)
#include "tst_errorreport.moc"
