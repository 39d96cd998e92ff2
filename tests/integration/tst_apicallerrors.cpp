// SPDX-License-Identifier: GPL-3.0-or-later
// Every documented error answer, sent by the real loopback server, must arrive in ApiError with
// the right kind, code, message (raw and substituted), params, details, encoded message and request id.
#include "export/ExportRequestBuilder.h"
#include "http/ApiCall.h"
#include "NetTestHelpers.h"
#include "profile/endpoints/EndpointCatalogue.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace smsc;
using namespace smsc::test;

Q_DECLARE_METATYPE(smsc::ErrorKind)

class TestApiCallErrors final : public QObject
{
    Q_OBJECT
private:
    LoopbackServer m_server;
    QNetworkAccessManager m_nam;

    ApiResult send(const Credentials &credentials = testCredentials())
    {
        const Profile profile = loopbackProfile(m_server.httpUrl());
        const ServiceEndpoints endpoints = EndpointCatalogue::resolve(profile);
        ApiCall call(&m_nam, [&] {
            return ExportRequestBuilder::buildExport(testRows(), profile, kTestDomainId, endpoints, credentials,
                                                     QDateTime::currentDateTimeUtc()).request;
        }, profile.transport);
        QSignalSpy spy(&call, &ApiCall::finished);
        call.start();
        if (!spy.wait(30000))
            return {};
        return spy.at(0).at(0).value<ApiResult>();
    }

    QString lastRequestId() { return m_server.requests(test::kExportPath).last()[u"request_id"_s].toString(); }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ApiResult>();
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_nam.setProxy(QNetworkProxy::NoProxy);
    }
    void init() { QVERIFY(m_server.reset()); }

    void documentedErrors_data()
    {
        QTest::addColumn<QJsonObject>("answer");
        QTest::addColumn<int>("status");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("msg");
        QTest::addColumn<QString>("hintPart");

        QTest::newRow("400 SMS.2004 body too large") << scenario(u"bad_request"_s) << 400 << ErrorKind::InvalidInput
            << u"SMS.2004"_s << u"The request body exceeds 10240 bytes."_s << u"10,240 bytes"_s;
        QTest::newRow("400 SMS.2005 code/message shape")
            << scenario(u"error"_s, {{u"status"_s, 400}, {u"body"_s, QJsonObject{{u"code"_s, u"SMS.2005"_s},
                                                                                    {u"message"_s, u"Content-Type is missing."_s}}}})
            << 400 << ErrorKind::InvalidInput << u"SMS.2005"_s << u"Content-Type is missing."_s << u"Content-Type"_s;
        QTest::newRow("401 gateway: wrong secret key") << scenario(u"unauthorized"_s) << 401 << ErrorKind::Authentication
            << u"APIGW.0301"_s << u"Incorrect IAM authentication information: verify aksk signature fail"_s
            << u"secret key does not match"_s;
        QTest::newRow("401 gateway: key locked")
            << scenario(u"unauthorized"_s, {{u"message"_s, u"AK access failed to reach the limit,forbidden"_s}})
            << 401 << ErrorKind::Authentication << u"APIGW.0301"_s
            << u"Incorrect IAM authentication information: AK access failed to reach the limit,forbidden"_s
            << u"locked for 5 minutes"_s;
        QTest::newRow("403 SMS.2002") << scenario(u"denied"_s) << 403 << ErrorKind::Permission << u"SMS.2002"_s
            << u"Policy doesn't allow sms:server:queryServer to be performed."_s << u"sms:server:getBatchConsistencyResults"_s;
        QTest::newRow("404 SMS.2252") << scenario(u"not_found_2252"_s) << 404 << ErrorKind::NotFound << u"SMS.2252"_s
            << u"No migration task is associated with the source server."_s << u"No migration task"_s;
        QTest::newRow("429 APIGW.0308") << scenario(u"throttled"_s) << 429 << ErrorKind::Throttled << u"APIGW.0308"_s
            << u"The throttling threshold has been reached: policy user over ratelimit,limit:20,time:1 minute"_s
            << u"throttling"_s;
        QTest::newRow("500 nested error object")
            << scenario(u"error"_s, {{u"status"_s, 500}, {u"body"_s, QJsonObject{{u"error"_s,
                   QJsonObject{{u"code"_s, u"SMS.9001"_s}, {u"message"_s, u"nested"_s}}}}}})
            << 500 << ErrorKind::Server << u"SMS.9001"_s << u"nested"_s << QString();
        QTest::newRow("503 plain text") << scenario(u"error"_s, {{u"status"_s, 503}, {u"body"_s, u"plain text"_s}})
            << 503 << ErrorKind::Server << QString() << u"plain text"_s << QString();
        QTest::newRow("502 HTML from a proxy") << scenario(u"html_502"_s) << 502 << ErrorKind::Server << QString()
            << u"502 Bad Gateway"_s << QString();
    }
    void documentedErrors()
    {
        QFETCH(QJsonObject, answer);
        QFETCH(QString, hintPart);
        m_server.setScenario(test::kExportPath, answer);
        const ApiResult result = send();
        QTEST(result.error.kind, "kind");
        QTEST(result.error.httpStatus, "status");
        QTEST(result.error.errorCode, "code");
        QFETCH(QString, msg);
        // An HTML page becomes readable text: its first words are the page's heading.
        QVERIFY2(result.error.errorMsg == msg || (result.error.httpStatus == 502 && result.error.errorMsg.startsWith(msg)),
                 qPrintable(result.error.errorMsg));
        QVERIFY(!result.error.errorMsg.contains(u'<'));
        QCOMPARE(result.error.requestId, lastRequestId());
        QVERIFY(result.error.serverDate.isValid());
        QVERIFY(!result.error.headline.isEmpty());
        if (!hintPart.isEmpty())
            QVERIFY2(result.error.hint.contains(hintPart), qPrintable(result.error.hint));
    }

    void forbiddenCarriesEverything_data()
    {
        QTest::addColumn<QString>("placeholder");
        QTest::addColumn<QString>("raw");
        QTest::newRow("{0[0]} placeholder") << QString() << u"Insufficient permissions. Cause: {0[0]}"_s;
        QTest::newRow("%s placeholder") << u"percent"_s << u"Insufficient permissions. Cause: %s"_s;
    }
    void forbiddenCarriesEverything()
    {
        QFETCH(QString, placeholder);
        QJsonObject params;
        if (!placeholder.isEmpty())
            params.insert(u"placeholder"_s, placeholder);
        m_server.setScenario(test::kExportPath, scenario(u"forbidden_0204"_s, params));
        const ApiResult result = send();
        const ApiError &e = result.error;
        QCOMPARE(e.kind, ErrorKind::Permission);
        QCOMPARE(e.httpStatus, 403);
        QCOMPARE(e.errorCode, u"SMS.0204"_s);
        QTEST(e.errorMsgRaw, "raw");
        QCOMPARE(e.errorMsg,
                 u"Insufficient permissions. Cause: Policy doesn't allow sms:server:getBatchConsistencyResults to be performed."_s);
        QCOMPARE(e.errorParam.size(), 1);
        QCOMPARE(e.details.size(), 2);
        QCOMPARE(e.details.at(0).code, u"SMS.0204"_s);
        QVERIFY(e.details.at(0).message.contains(u"getBatchConsistencyResults"_s));
        QVERIFY(e.details.at(1).message.contains(u"queryServer"_s));
        QCOMPARE(e.encodedAuthorizationMessage.size(), 2048);
        QVERIFY(e.encodedAuthorizationMessage.startsWith(u"SMSCTESTENC1."_s));
        QCOMPARE(e.requestId, lastRequestId());
        QVERIFY(e.hint.contains(u"sms:server:getBatchConsistencyResults"_s));
        QVERIFY(e.hint.contains(u"sms:server:queryServer"_s));
    }

    void gatewayEchoShowsItsCanonicalRequest()
    {
        m_server.setScenario(test::kExportPath, scenario(u"gateway_echo"_s, {{u"tamper"_s, u"path_slash"_s}}));
        const ApiResult result = send();
        QCOMPARE(result.error.kind, ErrorKind::Authentication);
        QCOMPARE(result.error.errorCode, u"APIGW.0303"_s);
        const QStringList lines = result.error.gatewayCanonicalRequest.split(u'\n');
        QVERIFY2(lines.size() >= 6, qPrintable(result.error.gatewayCanonicalRequest));
        QCOMPARE(lines.at(0), u"POST"_s);
        QCOMPARE(lines.at(1), u"/v3/tasks/consistency-results/export"_s);  // the server "lost" the slash
        QVERIFY(result.error.gatewayCanonicalRequest.contains(u"x-domain-id:"_s + kTestDomainId));
        QVERIFY(result.error.hint.contains(u"canonical request"_s));
    }

    void realWrongSecretIsAuthentication()
    {
        Credentials wrong = testCredentials();
        wrong.secretKey = QString(kTestSk).replace(0, 1, u'X');
        const ApiResult result = send(wrong);
        QCOMPARE(result.error.kind, ErrorKind::Authentication);
        QCOMPARE(result.error.errorCode, u"APIGW.0301"_s);
        QVERIFY(result.error.errorMsg.endsWith(u"verify aksk signature fail"_s));
    }

    void hugeErrorBodyIsCutAtOneMebibyteAndKeepsItsFields()
    {
        m_server.setScenario(test::kExportPath, scenario(u"huge_error"_s));
        const ApiResult result = send();
        QCOMPARE(result.error.kind, ErrorKind::Server);
        QCOMPARE(result.error.bodyExcerpt.size(), ApiCall::kErrorExcerptBytes);
        QVERIFY(result.bodyTruncated);
        QCOMPARE(result.error.errorCode, u"SMS.9999"_s);  // read from what arrived before the cut
        QVERIFY2(result.error.errorMsg.startsWith(u"xxxx"_s), qPrintable(result.error.errorMsg.left(40)));
        QVERIFY(result.error.errorMsg.size() <= 301);  // a readable excerpt, not 2 MiB of text
        QVERIFY2(result.error.technicalDetail.contains(u"was cut"_s), qPrintable(result.error.technicalDetail));
        QCOMPARE(result.error.requestId, lastRequestId());
    }
};

QTEST_GUILESS_MAIN(TestApiCallErrors)
#include "tst_apicallerrors.moc"
