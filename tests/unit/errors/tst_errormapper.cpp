// SPDX-License-Identifier: GPL-3.0-or-later
#include "errors/ErrorMapper.h"
#include "errors/LookupErrors.h"

#include <QSet>
#include <QTimeZone>
#include <QTest>

using namespace Qt::StringLiterals;

using smsc::ApiError;
using smsc::ErrorKind;
using smsc::ErrorMapper;
using smsc::HeaderList;
using smsc::LookupErrors;
using smsc::ReplyFacts;

Q_DECLARE_METATYPE(smsc::ErrorKind)

namespace {

const QDateTime kNow(QDate(2026, 11, 27), QTime(10, 0, 0), QTimeZone::utc());

ReplyFacts httpFacts(int status, const QByteArray &body, HeaderList headers = {})
{
    ReplyFacts f;
    f.url = QUrl(u"https://sms.cn-north-4.myhuaweicloud.com/v3/tasks/consistency-results/export"_s);
    f.httpStatus = status;
    f.body = body;
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json;charset=UTF-8")));
    f.headers = headers;
    f.localNowUtc = kNow;
    return f;
}

ReplyFacts transportFacts(QNetworkReply::NetworkError error, int status = 0)
{
    ReplyFacts f;
    f.url = QUrl(u"https://sms.example.test:8443/v3/tasks/consistency-results/export"_s);
    f.networkError = error;
    f.networkErrorString = u"Qt says: low-level text %1"_s.arg(int(error));
    f.httpStatus = status;
    f.localNowUtc = kNow;
    return f;
}

} // namespace

class TestErrorMapper final : public QObject
{
    Q_OBJECT
private slots:
    void mapsHttpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("msg");
        QTest::addColumn<QString>("hintPart");

        QTest::newRow("400 body too large") << 400
            << QByteArray("{\"error_code\":\"SMS.2004\",\"error_msg\":\"Request body too large\"}")
            << ErrorKind::InvalidInput << u"SMS.2004"_s << u"Request body too large"_s << u"10,240"_s;
        QTest::newRow("401 wrong secret key") << 401
            << QByteArray("{\"error_code\":\"APIGW.0301\",\"error_msg\":\"Incorrect IAM authentication information: verify aksk signature fail\",\"request_id\":\"body-id\"}")
            << ErrorKind::Authentication << u"APIGW.0301"_s
            << u"Incorrect IAM authentication information: verify aksk signature fail"_s << u"secret key"_s;
        QTest::newRow("403 with a gateway auth code is authentication") << 403
            << QByteArray("{\"error_code\":\"APIG.0301\",\"error_msg\":\"ak not exist\"}")
            << ErrorKind::Authentication << u"APIG.0301"_s << u"ak not exist"_s << u"access key is not known"_s;
        QTest::newRow("403 insufficient permissions") << 403
            << QByteArray("{\"error_code\":\"SMS.0204\",\"error_msg\":\"Insufficient permissions. Cause: {0[0]}\","
                          "\"error_param\":[\"sms:server:getBatchConsistencyResults\"],"
                          "\"details\":[{\"error_code\":\"SMS.2002\",\"error_msg\":\"no permission\"}],"
                          "\"encoded_authorization_message\":\"ENCODED\"}")
            << ErrorKind::Permission << u"SMS.0204"_s
            << u"Insufficient permissions. Cause: sms:server:getBatchConsistencyResults"_s
            << u"sms:server:queryServer"_s;
        QTest::newRow("403 without a body") << 403 << QByteArray() << ErrorKind::Permission << QString()
                                            << QString() << u"sms:server:getBatchConsistencyResults"_s;
        QTest::newRow("404 no task for the server") << 404
            << QByteArray("{\"error_code\":\"SMS.2252\",\"error_msg\":\"no task\"}")
            << ErrorKind::NotFound << u"SMS.2252"_s << u"no task"_s << u"No migration task"_s;
        QTest::newRow("404 gateway API not found") << 404
            << QByteArray("{\"error_code\":\"APIGW.0101\",\"error_msg\":\"The API does not exist or has not been published in the environment\"}")
            << ErrorKind::NotFound << u"APIGW.0101"_s
            << u"The API does not exist or has not been published in the environment"_s << u"endpoint"_s;
        QTest::newRow("429 throttled") << 429
            << QByteArray("{\"error_code\":\"APIGW.0308\",\"error_msg\":\"The throttling threshold has been reached\"}")
            << ErrorKind::Throttled << u"APIGW.0308"_s << u"The throttling threshold has been reached"_s
            << u"throttling"_s;
        QTest::newRow("nested code/message") << 401
            << QByteArray("{\"error\":{\"code\":\"SMS.0202\",\"message\":\"AK/SK authentication failed\"}}")
            << ErrorKind::Authentication << u"SMS.0202"_s << u"AK/SK authentication failed"_s << u"secret key"_s;
        QTest::newRow("502 HTML from a proxy") << 502
            << QByteArray("<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>")
            << ErrorKind::Server << QString() << u"502 Bad Gateway"_s << QString();
        QTest::newRow("500 empty") << 500 << QByteArray() << ErrorKind::Server << QString() << QString() << QString();
        QTest::newRow("real-name verification") << 403
            << QByteArray("{\"error_code\":\"SMS.6528\",\"error_msg\":\"not verified\"}")
            << ErrorKind::Permission << u"SMS.6528"_s << u"not verified"_s << u"real-name"_s;
        QTest::newRow("405 other client error") << 405 << QByteArray("Method Not Allowed")
            << ErrorKind::InvalidInput << QString() << u"Method Not Allowed"_s << QString();
    }
    void mapsHttpErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, hintPart);
        ReplyFacts facts = httpFacts(status, body);
        facts.networkError = QNetworkReply::ContentAccessDenied;  // what Qt adds; the status wins
        const ApiError e = ErrorMapper::map(facts);
        QTEST(e.kind, "kind");
        QTEST(e.errorCode, "code");
        QTEST(e.errorMsg, "msg");
        QCOMPARE(e.httpStatus, status);
        QVERIFY(!e.headline.isEmpty());
        QVERIFY(e.headline != facts.networkErrorString);
        QCOMPARE(e.bodyExcerpt, body);
        if (hintPart.isEmpty())
            QVERIFY2(e.hint.isEmpty(), qPrintable(e.hint));
        else
            QVERIFY2(e.hint.contains(hintPart), qPrintable(e.hint));
    }

    void keepsEveryForbiddenField()
    {
        const ApiError e = ErrorMapper::map(httpFacts(403,
            "{\"error_code\":\"SMS.0204\",\"error_msg\":\"Cause: %s\",\"error_param\":[\"a\",\"b\"],"
            "\"details\":[{\"error_code\":\"SMS.2002\",\"error_msg\":\"x\"},{\"error_code\":\"SMS.2248\",\"error_msg\":\"y\"}],"
            "\"encoded_authorization_message\":\"ENC123\"}"));
        QCOMPARE(e.errorMsgRaw, u"Cause: %s"_s);
        QCOMPARE(e.errorMsg, u"Cause: a"_s);
        QCOMPARE(e.errorParam, (QStringList{u"a"_s, u"b"_s}));
        QCOMPARE(e.details.size(), 2);
        QCOMPARE(e.details.at(1).code, u"SMS.2248"_s);
        QCOMPARE(e.encodedAuthorizationMessage, u"ENC123"_s);
    }

    void requestIdFromHeaderElseBody_data()
    {
        QTest::addColumn<HeaderList>("headers");
        QTest::addColumn<QString>("requestId");
        QTest::newRow("header wins") << HeaderList{{"X-Request-Id", "hdr-1"}} << u"hdr-1"_s;
        QTest::newRow("header name in lower case") << HeaderList{{"x-request-id", "hdr-2"}} << u"hdr-2"_s;
        QTest::newRow("body when no header") << HeaderList{} << u"body-id"_s;
    }
    void requestIdFromHeaderElseBody()
    {
        QFETCH(HeaderList, headers);
        const ApiError e = ErrorMapper::map(httpFacts(
            401, "{\"error_code\":\"APIGW.0301\",\"error_msg\":\"m\",\"request_id\":\"body-id\"}", headers));
        QTEST(e.requestId, "requestId");
    }

    void clockSkewFromServerDate_data()
    {
        QTest::addColumn<QByteArray>("date");
        QTest::addColumn<qint64>("skew");
        QTest::newRow("server 17 minutes behind us") << QByteArray("Fri, 27 Nov 2026 09:43:00 GMT") << qint64(17 * 60);
        QTest::newRow("server 20 minutes ahead of us") << QByteArray("Fri, 27 Nov 2026 10:20:00 GMT") << qint64(-20 * 60);
        QTest::newRow("in step") << QByteArray("Fri, 27 Nov 2026 10:00:00 GMT") << qint64(0);
        QTest::newRow("RFC 850 form") << QByteArray("Friday, 27-Nov-26 09:43:00 GMT") << qint64(17 * 60);
        QTest::newRow("asctime form") << QByteArray("Fri Nov 27 09:43:00 2026") << qint64(17 * 60);
    }
    void clockSkewFromServerDate()
    {
        QFETCH(QByteArray, date);
        QFETCH(qint64, skew);
        const ApiError e = ErrorMapper::map(httpFacts(
            401, "{\"error_code\":\"APIGW.0303\",\"error_msg\":\"signature expired\"}", {{"Date", date}}));
        QVERIFY(e.serverDate.isValid());
        QCOMPARE(e.serverDate.timeSpec(), Qt::UTC);
        QVERIFY(e.clockSkewSeconds.has_value());
        QCOMPARE(*e.clockSkewSeconds, skew);
    }
    void clockHintNamesTheSkew()
    {
        const ApiError e = ErrorMapper::map(httpFacts(
            401, "{\"error_code\":\"APIGW.0303\",\"error_msg\":\"signature expired, signature time:20261127T100000Z, server time:20261127T094300Z\"}",
            {{"Date", "Fri, 27 Nov 2026 09:43:00 GMT"}}));
        QCOMPARE(e.kind, ErrorKind::Authentication);
        QVERIFY2(e.hint.contains(u"Your clock is 17 minutes ahead of the server."_s), qPrintable(e.hint));
    }
    void plain401WithFarOffClockGetsClockHint()
    {
        const ApiError e = ErrorMapper::map(httpFacts(401, "Unauthorized", {{"Date", "Fri, 27 Nov 2026 10:30:00 GMT"}}));
        QCOMPARE(e.kind, ErrorKind::Authentication);
        QVERIFY2(e.hint.contains(u"30 minutes behind"_s), qPrintable(e.hint));
    }
    void unparsableDateGivesNoSkew()
    {
        const ApiError e = ErrorMapper::map(httpFacts(500, "", {{"Date", "yesterday"}}));
        QVERIFY(!e.serverDate.isValid());
        QVERIFY(!e.clockSkewSeconds.has_value());
    }

    void gatewayEchoIsKept()
    {
        const ApiError e = ErrorMapper::map(httpFacts(
            401, "{\"error_code\":\"APIGW.0303\",\"error_msg\":\"verify signature fail, canonicalRequest:GET|/v3/auth/domains/||host:x|\"}"));
        QCOMPARE(e.gatewayCanonicalRequest, u"GET\n/v3/auth/domains/\n\nhost:x\n"_s);
    }

    void redirectReportsLocation()
    {
        const ApiError e = ErrorMapper::map(httpFacts(302, "", {{"Location", "https://elsewhere.example/x"}}));
        QCOMPARE(e.kind, ErrorKind::Redirected);
        QCOMPARE(e.redirectLocation, u"https://elsewhere.example/x"_s);
        QVERIFY(e.headline.contains(u"https://elsewhere.example/x"_s));
    }

    void shortBodyIsAnErrorEvenWithoutOne_data()
    {
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<qint64>("received");
        QTest::addColumn<ErrorKind>("kind");
        QTest::newRow("cut: 100000 of 200000 bytes") << QByteArray() << qint64(100000) << ErrorKind::Network;
        QTest::newRow("complete") << QByteArray() << qint64(200000) << ErrorKind::None;
        QTest::newRow("identity encoding, cut") << QByteArray("identity") << qint64(5) << ErrorKind::Network;
        QTest::newRow("gzip: Content-Length counts compressed bytes") << QByteArray("gzip") << qint64(5) << ErrorKind::None;
        QTest::newRow("not counted") << QByteArray() << qint64(-1) << ErrorKind::None;
    }
    void shortBodyIsAnErrorEvenWithoutOne()
    {
        QFETCH(QByteArray, encoding);
        QFETCH(qint64, received);
        HeaderList headers{{"Content-Length", "200000"}};
        if (!encoding.isEmpty())
            headers.append({"Content-Encoding", encoding});
        ReplyFacts facts = httpFacts(200, {}, headers);
        facts.bodyBytesReceived = received;
        const ApiError e = ErrorMapper::map(facts);
        QTEST(e.kind, "kind");
        if (e.isError())
            QVERIFY2(e.headline.contains(u"of 200000 bytes"_s), qPrintable(e.headline));
    }

    void successIsNoError()
    {
        const ApiError e = ErrorMapper::map(httpFacts(200, "file bytes", {{"X-Request-Id", "ok-1"}}));
        QCOMPARE(e.kind, ErrorKind::None);
        QVERIFY(!e.isError());
        QCOMPARE(e.requestId, u"ok-1"_s);
        QVERIFY(e.headline.isEmpty());
    }

    void mapsTransportErrors_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("status");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("headlinePart");
        using N = QNetworkReply;
        QTest::newRow("refused") << int(N::ConnectionRefusedError) << 0 << ErrorKind::Network << u"refused"_s;
        QTest::newRow("host not found") << int(N::HostNotFoundError) << 0 << ErrorKind::Network << u"sms.example.test could not be found"_s;
        QTest::newRow("closed before answering") << int(N::RemoteHostClosedError) << 0 << ErrorKind::Network << u"closed the connection before answering"_s;
        QTest::newRow("closed mid-body") << int(N::RemoteHostClosedError) << 200 << ErrorKind::Network << u"closed before the whole answer arrived"_s;
        QTest::newRow("broken transfer mid-body") << int(N::UnknownNetworkError) << 200 << ErrorKind::Network << u"closed before the whole answer arrived"_s;
        QTest::newRow("Qt socket timeout") << int(N::TimeoutError) << 0 << ErrorKind::Timeout << u"timed out"_s;
        QTest::newRow("proxy refused") << int(N::ProxyConnectionRefusedError) << 0 << ErrorKind::Network << u"proxy refused"_s;
        QTest::newRow("proxy closed") << int(N::ProxyConnectionClosedError) << 0 << ErrorKind::Network << u"proxy closed"_s;
        QTest::newRow("proxy not found") << int(N::ProxyNotFoundError) << 0 << ErrorKind::Network << u"proxy's host name"_s;
        QTest::newRow("proxy timeout") << int(N::ProxyTimeoutError) << 0 << ErrorKind::Network << u"proxy did not answer"_s;
        QTest::newRow("proxy auth") << int(N::ProxyAuthenticationRequiredError) << 0 << ErrorKind::Network << u"user name and password"_s;
        QTest::newRow("network down") << int(N::TemporaryNetworkFailureError) << 0 << ErrorKind::Network << u"not available"_s;
        QTest::newRow("unknown scheme") << int(N::ProtocolUnknownError) << 0 << ErrorKind::Network << u"https"_s;
        QTest::newRow("garbage answer") << int(N::ProtocolFailure) << 0 << ErrorKind::Network << u"not valid HTTP"_s;
        QTest::newRow("TLS handshake") << int(N::SslHandshakeFailedError) << 0 << ErrorKind::Tls << u"secure connection"_s;
        QTest::newRow("abort without our flags") << int(N::OperationCanceledError) << 0 << ErrorKind::Cancelled << u"cancelled"_s;
    }
    void mapsTransportErrors()
    {
        QFETCH(int, error);
        QFETCH(int, status);
        QFETCH(QString, headlinePart);
        const ReplyFacts facts = transportFacts(QNetworkReply::NetworkError(error), status);
        const ApiError e = ErrorMapper::map(facts);
        QTEST(e.kind, "kind");
        QVERIFY2(e.headline.contains(headlinePart), qPrintable(e.headline));
        QVERIFY(!e.headline.contains(facts.networkErrorString));
        if (e.kind != ErrorKind::Cancelled)
            QVERIFY(e.technicalDetail.contains(facts.networkErrorString));
    }
    void proxyFailuresNameTheProxy()
    {
        ReplyFacts facts = transportFacts(QNetworkReply::ConnectionRefusedError);
        facts.usingProxy = true;
        const ApiError e = ErrorMapper::map(facts);
        QCOMPARE(e.kind, ErrorKind::Network);
        QVERIFY2(e.headline.contains(u"proxy refused"_s), qPrintable(e.headline));
    }
    void everyTransportErrorHasItsOwnHeadline()
    {
        using N = QNetworkReply;
        QSet<QString> headlines;
        const QList<N::NetworkError> errors{N::ConnectionRefusedError, N::HostNotFoundError, N::RemoteHostClosedError,
            N::TimeoutError, N::TemporaryNetworkFailureError, N::ProxyConnectionRefusedError,
            N::ProxyConnectionClosedError, N::ProxyNotFoundError, N::ProxyTimeoutError,
            N::ProxyAuthenticationRequiredError, N::ProtocolUnknownError, N::ProtocolFailure, N::UnknownNetworkError};
        for (const auto error : errors)
            headlines.insert(ErrorMapper::map(transportFacts(error)).headline);
        QCOMPARE(headlines.size(), errors.size());
    }

    void timeoutAndCancelAreDistinct_data()
    {
        QTest::addColumn<int>("timeout");
        QTest::addColumn<bool>("cancelled");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("headlinePart");
        QTest::newRow("connect timeout") << int(ReplyFacts::Timeout::Connect) << false << ErrorKind::Timeout
                                         << u"No answer from sms.example.test:8443 within 7 seconds"_s;
        QTest::newRow("transfer timeout") << int(ReplyFacts::Timeout::Transfer) << false << ErrorKind::Timeout
                                          << u"stopped sending data for 7 seconds"_s;
        QTest::newRow("user cancel") << int(ReplyFacts::Timeout::None) << true << ErrorKind::Cancelled << u"cancelled"_s;
    }
    void timeoutAndCancelAreDistinct()
    {
        QFETCH(int, timeout);
        QFETCH(bool, cancelled);
        QFETCH(QString, headlinePart);
        ReplyFacts facts = transportFacts(QNetworkReply::OperationCanceledError);  // both abort the reply
        facts.timedOut = ReplyFacts::Timeout(timeout);
        facts.timeoutSeconds = 7;
        facts.cancelled = cancelled;
        const ApiError e = ErrorMapper::map(facts);
        QTEST(e.kind, "kind");
        QVERIFY2(e.headline.contains(headlinePart), qPrintable(e.headline));
    }

    void tlsErrorsNameTheProblem_data()
    {
        QTest::addColumn<int>("sslError");
        QTest::addColumn<QString>("problem");
        QTest::newRow("self-signed") << int(QSslError::SelfSignedCertificate) << u"self-signed"_s;
        QTest::newRow("unknown issuer") << int(QSslError::UnableToGetLocalIssuerCertificate) << u"authority this computer does not trust"_s;
        QTest::newRow("expired") << int(QSslError::CertificateExpired) << u"expired"_s;
        QTest::newRow("not yet valid") << int(QSslError::CertificateNotYetValid) << u"not valid yet"_s;
        QTest::newRow("wrong host") << int(QSslError::HostNameMismatch) << u"different host name"_s;
        QTest::newRow("revoked") << int(QSslError::CertificateRevoked) << u"revoked"_s;
    }
    void tlsErrorsNameTheProblem()
    {
        QFETCH(int, sslError);
        QFETCH(QString, problem);
        ReplyFacts facts = transportFacts(QNetworkReply::SslHandshakeFailedError);
        facts.sslErrors = {QSslError(QSslError::SslError(sslError))};
        const ApiError e = ErrorMapper::map(facts);
        QCOMPARE(e.kind, ErrorKind::Tls);
        QVERIFY2(e.headline.contains(problem), qPrintable(e.headline));
        QVERIFY(e.headline.contains(u"sms.example.test:8443"_s));
        QVERIFY(e.hint.contains(u"CA file"_s));
    }

    void accountResolution_data()
    {
        QTest::addColumn<ApiError>("iam");
        QTest::addColumn<ApiError>("sts");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("code");
        const ApiError rejected = ErrorMapper::map(httpFacts(401,
            "{\"error_code\":\"APIGW.0301\",\"error_msg\":\"verify aksk signature fail\"}"));
        const ApiError forbidden = ErrorMapper::map(httpFacts(403, "{\"error_code\":\"IAM.0002\",\"error_msg\":\"no\"}"));
        const ApiError refused = ErrorMapper::map(transportFacts(QNetworkReply::ConnectionRefusedError));
        QTest::newRow("key rejected by IAM is reported as such") << rejected << refused << ErrorKind::Authentication << u"APIGW.0301"_s;
        QTest::newRow("key rejected by STS is reported as such") << forbidden << rejected << ErrorKind::Authentication << u"APIGW.0301"_s;
        QTest::newRow("both failed otherwise") << forbidden << refused << ErrorKind::Permission << u"IAM.0002"_s;
        QTest::newRow("IAM empty, STS failed") << ApiError{} << refused << ErrorKind::Network << QString();
        QTest::newRow("both answered without an id") << ApiError{} << ApiError{} << ErrorKind::NotFound << QString();
    }
    void accountResolution()
    {
        QFETCH(ApiError, iam);
        QFETCH(ApiError, sts);
        const ApiError e = LookupErrors::accountResolutionFailed(iam, sts);
        QTEST(e.kind, "kind");
        QTEST(e.errorCode, "code");
        if (e.kind != ErrorKind::Authentication) {
            QVERIFY(e.headline.contains(u"both"_s));
            QVERIFY(e.technicalDetail.contains(u"IAM"_s));
            QVERIFY(e.technicalDetail.contains(u"STS"_s));
            QVERIFY(!e.headline.contains(u"missing"_s));
        }
    }

    void localErrors()
    {
        const ApiError exists = ErrorMapper::fileExists(u"/tmp/out.csv"_s);
        QCOMPARE(exists.kind, ErrorKind::LocalFile);
        QVERIFY(exists.headline.contains(u"/tmp/out.csv"_s));
        const ApiError invalid = ErrorMapper::invalidInput(u"2 rows are invalid"_s, {u"Row 1: a"_s, u"Row 2: b"_s});
        QCOMPARE(invalid.kind, ErrorKind::InvalidInput);
        QCOMPARE(invalid.technicalDetail, u"Row 1: a\nRow 2: b"_s);
        QCOMPARE(ErrorMapper::credentials(u"The secret key is missing."_s).kind, ErrorKind::Credentials);
    }

    void kindIdsAreStableAndUnique()
    {
        QSet<QString> ids;
        for (int k = int(ErrorKind::None); k <= int(ErrorKind::Credentials); ++k)
            ids.insert(smsc::errorKindId(ErrorKind(k)));
        QCOMPARE(ids.size(), int(ErrorKind::Credentials) + 1);
        QCOMPARE(smsc::errorKindId(ErrorKind::Permission), u"permission"_s);
        QCOMPARE(smsc::errorKindId(ErrorKind::Tls), u"tls"_s);
    }
};

QTEST_GUILESS_MAIN(TestErrorMapper)
#include "tst_errormapper.moc"
