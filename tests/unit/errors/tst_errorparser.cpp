// SPDX-License-Identifier: GPL-3.0-or-later
#include "errors/ErrorParser.h"

#include <QTest>

using namespace Qt::StringLiterals;

using smsc::ErrorDetail;
using smsc::ErrorParser;
using smsc::ParsedErrorBody;

Q_DECLARE_METATYPE(smsc::ErrorDetail)

namespace {
using Details = QList<ErrorDetail>;
}

class TestErrorParser final : public QObject
{
    Q_OBJECT
private slots:
    void parsesEveryShape_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("msgRaw");
        QTest::addColumn<QString>("msg");
        QTest::addColumn<QStringList>("params");
        QTest::addColumn<Details>("details");
        QTest::addColumn<QString>("encoded");
        QTest::addColumn<QString>("requestId");
        QTest::addColumn<bool>("structured");

        const QByteArray json = "application/json;charset=UTF-8";
        QTest::newRow("400 error_code and error_msg")
            << QByteArray("{\"error_code\":\"SMS.2004\",\"error_msg\":\"The request body is too large.\"}") << json
            << u"SMS.2004"_s << u"The request body is too large."_s << u"The request body is too large."_s
            << QStringList{} << Details{} << QString() << QString() << true;
        QTest::newRow("404 task not associated")
            << QByteArray("{\"error_code\":\"SMS.2252\",\"error_msg\":\"No migration task is associated with the source server.\"}")
            << json << u"SMS.2252"_s << u"No migration task is associated with the source server."_s
            << u"No migration task is associated with the source server."_s
            << QStringList{} << Details{} << QString() << QString() << true;
        QTest::newRow("403 with params, details and encoded message")
            << QByteArray("{\"error_code\":\"SMS.0204\",\"error_msg\":\"Insufficient permissions. Cause: {0[0]}\","
                          "\"encoded_authorization_message\":\"ENC0123456789abcdef==\","
                          "\"error_param\":[\"sms:server:getBatchConsistencyResults\"],"
                          "\"details\":[{\"error_code\":\"SMS.2002\",\"error_msg\":\"No permission\"},"
                          "{\"error_code\":\"IAM.0001\",\"error_msg\":\"Policy denies\"}]}")
            << json << u"SMS.0204"_s << u"Insufficient permissions. Cause: {0[0]}"_s
            << u"Insufficient permissions. Cause: sms:server:getBatchConsistencyResults"_s
            << QStringList{u"sms:server:getBatchConsistencyResults"_s}
            << Details{{u"SMS.2002"_s, u"No permission"_s}, {u"IAM.0001"_s, u"Policy denies"_s}}
            << u"ENC0123456789abcdef=="_s << QString() << true;
        QTest::newRow("gateway error with request_id")
            << QByteArray("{\"error_code\":\"APIGW.0301\",\"error_msg\":\"Incorrect IAM authentication information: verify aksk signature fail\",\"request_id\":\"4d1f0c2a9b8e\"}")
            << json << u"APIGW.0301"_s
            << u"Incorrect IAM authentication information: verify aksk signature fail"_s
            << u"Incorrect IAM authentication information: verify aksk signature fail"_s
            << QStringList{} << Details{} << QString() << u"4d1f0c2a9b8e"_s << true;
        QTest::newRow("code and message instead of error_code")
            << QByteArray("{\"code\":\"APIGW.0308\",\"message\":\"The throttling threshold has been reached\"}")
            << json << u"APIGW.0308"_s << u"The throttling threshold has been reached"_s
            << u"The throttling threshold has been reached"_s
            << QStringList{} << Details{} << QString() << QString() << true;
        QTest::newRow("nested error object")
            << QByteArray("{\"error\":{\"code\":\"SMS.0202\",\"message\":\"AK/SK authentication failed\",\"request_id\":\"r-9\"}}")
            << json << u"SMS.0202"_s << u"AK/SK authentication failed"_s << u"AK/SK authentication failed"_s
            << QStringList{} << Details{} << QString() << u"r-9"_s << true;
        QTest::newRow("nested IAM error with numeric code")
            << QByteArray("{\"error\":{\"code\":401,\"title\":\"Unauthorized\",\"message\":\"The request you have made requires authentication.\"}}")
            << json << u"401"_s << u"The request you have made requires authentication."_s
            << u"The request you have made requires authentication."_s
            << QStringList{} << Details{} << QString() << QString() << true;
        QTest::newRow("errors array")
            << QByteArray("{\"errors\":[{\"error_code\":\"SMS.6528\",\"error_msg\":\"Real-name verification required\"}]}")
            << json << u"SMS.6528"_s << u"Real-name verification required"_s << u"Real-name verification required"_s
            << QStringList{} << Details{} << QString() << QString() << true;
        QTest::newRow("nested under another key")
            << QByteArray("{\"result\":{\"error_code\":\"SMS.2248\",\"error_msg\":\"Belongs to another account\"}}")
            << json << u"SMS.2248"_s << u"Belongs to another account"_s << u"Belongs to another account"_s
            << QStringList{} << Details{} << QString() << QString() << true;
        QTest::newRow("printf placeholders filled in order")
            << QByteArray("{\"error_code\":\"SMS.2002\",\"error_msg\":\"No permission for %s on %s\",\"error_param\":[\"export\",\"server-1\"]}")
            << json << u"SMS.2002"_s << u"No permission for %s on %s"_s << u"No permission for export on server-1"_s
            << QStringList{u"export"_s, u"server-1"_s} << Details{} << QString() << QString() << true;
        QTest::newRow("numbered placeholders in any order")
            << QByteArray("{\"error_code\":\"SMS.2002\",\"error_msg\":\"{1} denied for {0}\",\"error_param\":[\"alice\",\"export\"]}")
            << json << u"SMS.2002"_s << u"{1} denied for {0}"_s << u"export denied for alice"_s
            << QStringList{u"alice"_s, u"export"_s} << Details{} << QString() << QString() << true;
        QTest::newRow("missing parameter keeps its placeholder")
            << QByteArray("{\"error_code\":\"SMS.0204\",\"error_msg\":\"Cause: {0[0]}, {0[1]} and {3}\",\"error_param\":[\"a\"]}")
            << json << u"SMS.0204"_s << u"Cause: {0[0]}, {0[1]} and {3}"_s << u"Cause: a, {0[1]} and {3}"_s
            << QStringList{u"a"_s} << Details{} << QString() << QString() << true;
        QTest::newRow("non-string params become strings, objects are skipped")
            << QByteArray("{\"error_code\":\"X.1\",\"error_msg\":\"{0}/{1}/{2}\",\"error_param\":[7,true,{\"a\":1},\"z\"]}")
            << json << u"X.1"_s << u"{0}/{1}/{2}"_s << u"7/true/z"_s
            << QStringList{u"7"_s, u"true"_s, u"z"_s} << Details{} << QString() << QString() << true;
        QTest::newRow("no params leaves placeholders alone")
            << QByteArray("{\"error_code\":\"SMS.0204\",\"error_msg\":\"Cause: {0[0]} %s\"}")
            << json << u"SMS.0204"_s << u"Cause: {0[0]} %s"_s << u"Cause: {0[0]} %s"_s
            << QStringList{} << Details{} << QString() << QString() << true;
        QTest::newRow("nginx HTML 502")
            << QByteArray("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                          "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n"
                          "</body>\r\n</html>\r\n")
            << QByteArray("text/html") << QString() << u"502 Bad Gateway nginx/1.25.3"_s
            << u"502 Bad Gateway nginx/1.25.3"_s << QStringList{} << Details{} << QString() << QString() << false;
        QTest::newRow("HTML without content type, scripts and entities")
            << QByteArray("<!DOCTYPE html><html><body><script>var a = '<b>x</b>';</script>"
                          "<style>p{}</style><p>Proxy&nbsp;error: &lt;upstream&gt; &amp; &#x263A;</p><!-- hidden --></body></html>")
            << QByteArray() << QString() << u"Proxy error: <upstream> & \u263A"_s
            << u"Proxy error: <upstream> & \u263A"_s << QStringList{} << Details{} << QString() << QString() << false;
        QTest::newRow("HTML whose only text is its title")
            << QByteArray("<html><head><title>Access denied</title></head><body></body></html>")
            << QByteArray("text/html; charset=utf-8") << QString() << u"Access denied"_s << u"Access denied"_s
            << QStringList{} << Details{} << QString() << QString() << false;
        QTest::newRow("plain text body")
            << QByteArray("Service Unavailable\n") << QByteArray("text/plain") << QString()
            << u"Service Unavailable"_s << u"Service Unavailable"_s
            << QStringList{} << Details{} << QString() << QString() << false;
        QTest::newRow("control characters collapse to spaces")
            << QByteArray("bad\x01\x02gateway\r\n\tthere\x1b[31m") << QByteArray() << QString()
            << u"bad gateway there [31m"_s << u"bad gateway there [31m"_s
            << QStringList{} << Details{} << QString() << QString() << false;
        QTest::newRow("JSON array is not an error object")
            << QByteArray("[1, 2, 3]") << json << QString() << u"[1, 2, 3]"_s << u"[1, 2, 3]"_s
            << QStringList{} << Details{} << QString() << QString() << false;
        QTest::newRow("JSON object with wrong types")
            << QByteArray("{\"error_code\":null,\"error_msg\":{\"a\":1}}") << json << QString()
            << QString::fromUtf8("{\"error_code\":null,\"error_msg\":{\"a\":1}}") << QString::fromUtf8("{\"error_code\":null,\"error_msg\":{\"a\":1}}")
            << QStringList{} << Details{} << QString() << QString() << false;
        QTest::newRow("empty body")
            << QByteArray() << json << QString() << QString() << QString()
            << QStringList{} << Details{} << QString() << QString() << false;
        QTest::newRow("invalid UTF-8 does not break the text")
            << QByteArray("caf\xc3 \xff\xfe oops") << QByteArray("text/plain") << QString()
            << u"caf\uFFFD \uFFFD\uFFFD oops"_s << u"caf\uFFFD \uFFFD\uFFFD oops"_s
            << QStringList{} << Details{} << QString() << QString() << false;
        QTest::newRow("truncated JSON falls back to text")
            << QByteArray("{\"error_code\":\"SMS.0204\",\"error_msg\":\"Insuff") << json << QString()
            << QString::fromUtf8("{\"error_code\":\"SMS.0204\",\"error_msg\":\"Insuff") << QString::fromUtf8("{\"error_code\":\"SMS.0204\",\"error_msg\":\"Insuff")
            << QStringList{} << Details{} << QString() << QString() << false;
        QTest::newRow("UTF-8 Chinese message")
            << QByteArray("{\"error_code\":\"SMS.0205\",\"error_msg\":\"认证失败\"}") << json << u"SMS.0205"_s
            << u"认证失败"_s << u"认证失败"_s << QStringList{} << Details{} << QString() << QString() << true;
    }
    void parsesEveryShape()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        const ParsedErrorBody parsed = ErrorParser::parse(body, contentType);
        QTEST(parsed.errorCode, "code");
        QTEST(parsed.errorMsgRaw, "msgRaw");
        QTEST(parsed.errorMsg, "msg");
        QTEST(parsed.errorParam, "params");
        QTEST(parsed.details, "details");
        QTEST(parsed.encodedAuthorizationMessage, "encoded");
        QTEST(parsed.requestId, "requestId");
        QTEST(parsed.structured, "structured");
        QVERIFY(!parsed.truncated);
    }

    void gatewayEchoBecomesCanonicalRequest()
    {
        const QByteArray body =
            "{\"error_code\":\"APIGW.0303\",\"error_msg\":\"verify signature fail, canonicalRequest:POST|/v3/tasks/consistency-results/export/||"
            "content-type:application/json;charset=UTF-8|host:sms.cn-north-4.myhuaweicloud.com|x-sdk-date:20250314T092653Z|"
            "|content-type;host;x-sdk-date|e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\",\"request_id\":\"gw-1\"}";
        const ParsedErrorBody parsed = ErrorParser::parse(body, "application/json");
        QCOMPARE(parsed.errorCode, u"APIGW.0303"_s);
        QCOMPARE(parsed.requestId, u"gw-1"_s);
        QCOMPARE(parsed.gatewayCanonicalRequest,
                 u"POST\n/v3/tasks/consistency-results/export/\n\n"
                 "content-type:application/json;charset=UTF-8\nhost:sms.cn-north-4.myhuaweicloud.com\n"
                 "x-sdk-date:20250314T092653Z\n\ncontent-type;host;x-sdk-date\n"
                 "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s);
        QVERIFY(parsed.errorMsgRaw.contains(u'|'));  // the raw message is kept as sent
    }
    void noEchoWithoutMarker()
    {
        const ParsedErrorBody parsed = ErrorParser::parse(
            "{\"error_code\":\"APIGW.0301\",\"error_msg\":\"verify aksk signature fail\"}");
        QVERIFY(parsed.gatewayCanonicalRequest.isEmpty());
        QVERIFY(!parsed.signatureSkewSeconds.has_value());
    }

    void signatureExpiredGivesSkew_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<qint64>("skew");
        QTest::newRow("client 17 minutes ahead")
            << u"signature expired, signature time:20250314T101000Z, server time:20250314T095300Z"_s << qint64(17 * 60);
        QTest::newRow("client 20 minutes behind")
            << u"Signature expired. signature time: 20250314T093300Z, server time: 20250314T095300Z"_s << qint64(-20 * 60);
        QTest::newRow("ISO timestamps")
            << u"signature expired, signature time:2025-03-14T10:10:00Z, server time:2025-03-14T09:53:00Z"_s << qint64(17 * 60);
    }
    void signatureExpiredGivesSkew()
    {
        QFETCH(QString, message);
        QFETCH(qint64, skew);
        const QByteArray body = "{\"error_code\":\"APIGW.0303\",\"error_msg\":\"" + message.toUtf8() + "\"}";
        const ParsedErrorBody parsed = ErrorParser::parse(body, "application/json");
        QVERIFY(parsed.signatureSkewSeconds.has_value());
        QCOMPARE(*parsed.signatureSkewSeconds, skew);
    }

    void bodyOverOneMebibyteIsCut()
    {
        QByteArray body = "{\"error_code\":\"SMS.0204\",\"error_msg\":\"x\",\"encoded_authorization_message\":\"";
        body += QByteArray(ErrorParser::kMaxBodyBytes, 'A');
        body += "\"}";
        const ParsedErrorBody parsed = ErrorParser::parse(body, "application/json");
        QVERIFY(parsed.truncated);
        QVERIFY(parsed.structured);  // the cut JSON no longer parses, but what arrived is read
        QCOMPARE(parsed.errorCode, u"SMS.0204"_s);
        QCOMPARE(parsed.errorMsg, u"x"_s);
        QCOMPARE(parsed.encodedAuthorizationMessage.size(), ErrorParser::kMaxBodyBytes - 74);
    }
    void cutBodyKeepsTheFieldsThatArrived_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("msg");
        QTest::addColumn<QString>("requestId");
        const QByteArray longText(2000, 'x');
        QTest::newRow("cut inside a long error_msg: its start, capped")
            << QByteArray("{\"error_code\":\"SMS.9999\",\"error_msg\":\"" + longText)
            << u"SMS.9999"_s << QString(ErrorParser::kMaxReadableChars, u'x') + u'…' << QString();
        QTest::newRow("gateway error cut after its request_id")
            << QByteArray("{\"error_code\":\"APIGW.0301\",\"error_msg\":\"bad\",\"request_id\":\"r-1\",\"pad\":\"" + longText)
            << u"APIGW.0301"_s << u"bad"_s << u"r-1"_s;
        QTest::newRow("nested error object cut inside its message")
            << QByteArray("{\"error\":{\"code\":\"SMS.0204\",\"message\":\"Insuff")
            << u"SMS.0204"_s << u"Insuff"_s << QString();
        QTest::newRow("cut in the middle of an escape")
            << QByteArray("{\"error_code\":\"SMS.1\",\"error_msg\":\"a\\u00e9b\\u00")
            << u"SMS.1"_s << u"a\u00e9b"_s << QString();
        QTest::newRow("cut in the middle of a UTF-8 character")
            << QByteArray("{\"error_code\":\"SMS.2\",\"error_msg\":\"认证\xe5\xa4")
            << u"SMS.2"_s << u"认证"_s << QString();
        QTest::newRow("cut in a key: the members before it")
            << QByteArray("{\"error_code\":\"SMS.3\",\"error_msg\":\"m\",\"requ")
            << u"SMS.3"_s << u"m"_s << QString();
        QTest::newRow("cut in a number: dropped, the rest kept")
            << QByteArray("{\"error_msg\":\"m\",\"error_code\":12")
            << QString() << u"m"_s << QString();
    }
    void cutBodyKeepsTheFieldsThatArrived()
    {
        QFETCH(QByteArray, body);
        const ParsedErrorBody parsed = ErrorParser::parse(body, "application/json", true);
        QVERIFY(parsed.truncated);
        QTEST(parsed.errorCode, "code");
        QTEST(parsed.errorMsg, "msg");
        QTEST(parsed.requestId, "requestId");
        QVERIFY(parsed.structured);
    }
    void invalidCutBodyIsText()
    {
        const ParsedErrorBody parsed = ErrorParser::parse("<html><body>cut", "text/html", true);
        QVERIFY(parsed.truncated);
        QVERIFY(!parsed.structured);
        QCOMPARE(parsed.errorMsg, u"cut"_s);
    }
    void largeValidBodyKeepsEveryField()
    {
        const QByteArray encoded(65535, 'E');
        const QByteArray body = "{\"error_code\":\"SMS.0204\",\"error_msg\":\"Cause: {0[0]}\",\"error_param\":[\"p\"],"
                                "\"encoded_authorization_message\":\"" + encoded + "\"}";
        const ParsedErrorBody parsed = ErrorParser::parse(body, "application/json");
        QVERIFY(!parsed.truncated);
        QCOMPARE(parsed.encodedAuthorizationMessage.size(), encoded.size());
        QCOMPARE(parsed.errorMsg, u"Cause: p"_s);
    }
    void longHtmlIsCapped()
    {
        QByteArray body = "<html><body>";
        for (int i = 0; i < 5000; ++i)
            body += "<p>word " + QByteArray::number(i) + "</p>";
        body += "</body></html>";
        const QString text = ErrorParser::readableText(body, "text/html");
        QCOMPARE(text.size(), ErrorParser::kMaxReadableChars + 1);
        QVERIFY(text.startsWith(u"word 0 word 1 word 2"_s));
        QVERIFY(!text.contains(u'<'));
    }
    void unterminatedTagDoesNotLoop()
    {
        QCOMPARE(ErrorParser::readableText("<html><body>Bad gateway <a href=", "text/html"), u"Bad gateway"_s);
        QCOMPARE(ErrorParser::readableText("<html><script>never closed", "text/html"), QString());
    }
    void deeplyNestedJsonIsNotACrash()
    {
        const QByteArray body = QByteArray(100000, '[') + QByteArray(100000, ']');
        const ParsedErrorBody parsed = ErrorParser::parse(body, "application/json");
        QVERIFY(!parsed.structured);
        QVERIFY(parsed.errorMsg.startsWith(u"[[["_s));
    }
};

QTEST_GUILESS_MAIN(TestErrorParser)
#include "tst_errorparser.moc"
