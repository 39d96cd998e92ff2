// Proves the loopback test server itself over real sockets, without the project's signer:
// ports, TLS with the test CA, gateway-style rejections, scenarios, the request log, shutdown.
#include "LoopbackServer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace smsc::test;

namespace {

struct Answer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray requestId;
    QByteArray date;
    QByteArray disposition;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

QByteArray sdkDate(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

} // namespace

class TestLoopbackServer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void serverAnswersOnHttpWithRequestIdAndDate();
    void httpsVerifiesAgainstTheTestCa();
    void untrustedPortFailsCertificateCheck();
    void gatewayRejections_data();
    void gatewayRejections();
    void echoedCanonicalRequestSignsAnAcceptedRequest();
    void scenariosSwitchAndFallBackAfterTimes();
    void fileBodyMatchesReportedHash();
    void requestsAreRecordedWithDecodedQuery();
    void transportScenariosAsQtSeesThem_data();
    void transportScenariosAsQtSeesThem();
    void hangLastsUntilTheClientAborts();
    void stdinEofStopsTheServer();

private:
    QNetworkRequest request(const QUrl &base, const QString &pathAndQuery) const;
    Answer send(const QNetworkRequest &req, const QByteArray &verb, const QByteArray &body = {});
    QNetworkRequest tokenRequest(const QString &pathAndQuery, const QString &token) const;

    LoopbackServer m_server;
    QNetworkAccessManager m_nam;
    QSslConfiguration m_tls;
};

void TestLoopbackServer::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    m_tls = QSslConfiguration::defaultConfiguration();
    const auto ca = QSslCertificate::fromPath(m_server.caFile());
    QCOMPARE(ca.size(), 1);
    m_tls.setCaCertificates(ca);
}

void TestLoopbackServer::init()
{
    QVERIFY(m_server.reset());
}

QNetworkRequest TestLoopbackServer::request(const QUrl &base, const QString &pathAndQuery) const
{
    QUrl url = base;
    const qsizetype q = pathAndQuery.indexOf(u'?');
    url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q), QUrl::StrictMode);
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1), QUrl::StrictMode);
    QNetworkRequest req(url);
    req.setSslConfiguration(m_tls);
    req.setTransferTimeout(20000);
    return req;
}

QNetworkRequest TestLoopbackServer::tokenRequest(const QString &pathAndQuery,
                                                 const QString &token) const
{
    QNetworkRequest req = request(m_server.httpUrl(), pathAndQuery);
    req.setRawHeader("X-Auth-Token", token.toUtf8());
    req.setRawHeader("X-Domain-Id", kTestDomainId.toUtf8());
    req.setRawHeader("Content-Type", "application/json;charset=UTF-8");
    return req;
}

Answer TestLoopbackServer::send(const QNetworkRequest &req, const QByteArray &verb,
                                const QByteArray &body)
{
    std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(req, verb, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30000);
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.error = reply->error();
    a.body = reply->readAll();
    a.requestId = reply->rawHeader("X-Request-Id");
    a.date = reply->rawHeader("Date");
    a.disposition = reply->rawHeader("Content-Disposition");
    return a;
}

void TestLoopbackServer::serverAnswersOnHttpWithRequestIdAndDate()
{
    const Answer first = send(request(m_server.httpUrl(), kExportPath), "POST", "{}");
    const Answer second = send(request(m_server.httpUrl(), kExportPath), "POST", "{}");
    QCOMPARE(first.status, 401);
    QCOMPARE(first.json().value(QStringLiteral("error_code")).toString(), u"APIGW.0301"_qs);
    QCOMPARE(first.requestId.size(), 32);
    QVERIFY(first.requestId != second.requestId);
    QCOMPARE(first.json().value(QStringLiteral("request_id")).toString().toLatin1(),
             first.requestId);
    const QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(first.date),
                                                   u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_qs);
    QVERIFY2(date.isValid(), first.date.constData());
}

void TestLoopbackServer::httpsVerifiesAgainstTheTestCa()
{
    QVERIFY(QSslSocket::supportsSsl());
    const Answer a = send(request(m_server.httpsUrl(), QStringLiteral("/v3/auth/domains")), "GET");
    QCOMPARE(a.error, QNetworkReply::AuthenticationRequiredError);  // TLS fine, HTTP 401
    QCOMPARE(a.status, 401);
    const QJsonArray log = m_server.requests();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.at(0)[u"scheme"].toString(), u"https"_qs);
}

void TestLoopbackServer::untrustedPortFailsCertificateCheck()
{
    QNetworkRequest req = request(m_server.httpsUntrustedUrl(), QStringLiteral("/v3/auth/domains"));
    std::unique_ptr<QNetworkReply> reply(m_nam.get(req));
    QSignalSpy sslErrors(reply.get(), &QNetworkReply::sslErrors);
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(sslErrors.size(), 1);
    const auto errors = sslErrors.at(0).at(0).value<QList<QSslError>>();
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.first().error(), QSslError::SelfSignedCertificate);
    QVERIFY(m_server.requests().isEmpty());  // nothing reached HTTP
}

void TestLoopbackServer::gatewayRejections_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("dateShiftSeconds");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");

    const QByteArray wrongSig = "SDK-HMAC-SHA256 Access=" + kTestAk.toLatin1()
        + ", SignedHeaders=host;x-sdk-date, Signature=" + QByteArray(64, '0');
    QTest::newRow("wrong signature") << wrongSig << 0 << u"APIGW.0301"_qs
                                     << u"verify aksk signature fail"_qs;
    QTest::newRow("unknown access key")
        << QByteArray("SDK-HMAC-SHA256 Access=UNKNOWNAK000000000, SignedHeaders=host;x-sdk-date, "
                      "Signature=00")
        << 0 << u"APIGW.0301"_qs << u"ak not exist"_qs;
    QTest::newRow("clock 20 minutes behind")
        << wrongSig << -1200 << u"APIGW.0303"_qs << u"signature expired, signature time:"_qs;
    QTest::newRow("no credentials at all") << QByteArray() << 0 << u"APIGW.0301"_qs
                                           << u"Incorrect IAM authentication information"_qs;
}

void TestLoopbackServer::gatewayRejections()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, dateShiftSeconds);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);

    QNetworkRequest req = request(m_server.httpUrl(), QStringLiteral("/v3/auth/domains"));
    req.setRawHeader("X-Sdk-Date", sdkDate(QDateTime::currentDateTimeUtc().addSecs(dateShiftSeconds)));
    if (!authorization.isEmpty())
        req.setRawHeader("Authorization", authorization);
    const Answer a = send(req, "GET");
    QCOMPARE(a.status, 401);
    QCOMPARE(a.json().value(QStringLiteral("error_code")).toString(), code);
    const QString msg = a.json().value(QStringLiteral("error_msg")).toString();
    QVERIFY2(msg.contains(messagePart), qPrintable(msg));
    const QJsonArray log = m_server.requests();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.at(0)[u"response_status"].toInt(), 401);
}

// The gateway_echo reply is the server's canonical request; HMAC over it with the test SK must
// then be accepted. This ties the echo to the verifier without using the project's signer.
void TestLoopbackServer::echoedCanonicalRequestSignsAnAcceptedRequest()
{
    QVERIFY(m_server.setScenario(QStringLiteral("/v3/sources"),
                                 QJsonObject{{u"name"_qs, u"gateway_echo"_qs}}));
    QNetworkRequest req = request(m_server.httpUrl(),
                                  QStringLiteral("/v3/sources?name=web%20server&limit=2&q=a%2Bb"));
    const QByteArray date = sdkDate(QDateTime::currentDateTimeUtc());
    req.setRawHeader("X-Sdk-Date", date);
    req.setRawHeader("X-Domain-Id", kTestDomainId.toLatin1());
    const QByteArray prefix = "SDK-HMAC-SHA256 Access=" + kTestAk.toLatin1()
        + ", SignedHeaders=host;x-domain-id;x-sdk-date, Signature=";
    req.setRawHeader("Authorization", prefix + QByteArray(64, 'f'));
    const Answer rejected = send(req, "GET");
    QCOMPARE(rejected.status, 401);
    QCOMPARE(rejected.json().value(QStringLiteral("error_code")).toString(), u"APIGW.0303"_qs);
    const QString msg = rejected.json().value(QStringLiteral("error_msg")).toString();
    const QString marker = QStringLiteral("verify signature fail, canonicalRequest:");
    QVERIFY2(msg.startsWith(marker), qPrintable(msg));
    QByteArray canonical = msg.mid(marker.size()).toUtf8();
    canonical.replace('|', '\n');
    QVERIFY2(canonical.startsWith("GET\n/v3/sources/\nlimit=2&name=web%20server&q=a%2Bb\nhost:"),
             canonical.constData());

    const QByteArray toSign = "SDK-HMAC-SHA256\n" + date + '\n'
        + QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
    const QByteArray signature =
        QMessageAuthenticationCode::hash(toSign, kTestSk.toUtf8(), QCryptographicHash::Sha256).toHex();
    req.setRawHeader("Authorization", prefix + signature);
    const Answer accepted = send(req, "GET");
    QCOMPARE(accepted.status, 200);
    QCOMPARE(accepted.json().value(QStringLiteral("count")).toInt(), 45);  // "web server NNN"
    QCOMPARE(accepted.json().value(QStringLiteral("source_servers")).toArray().size(), 2);
    const QJsonArray log = m_server.requests();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0)[u"signature_ok"].toBool(), false);
    QCOMPARE(log.at(1)[u"signature_ok"].toBool(), true);
    QCOMPARE(log.at(1)[u"auth_mode"].toString(), u"aksk"_qs);
}

void TestLoopbackServer::scenariosSwitchAndFallBackAfterTimes()
{
    const QByteArray body = R"({"task_info":[{"task_id":"t1","source_id":"s1","source_name":"n1"}]})";
    QVERIFY(m_server.setScenario(kExportPath, QJsonObject{{u"name"_qs, u"ok_text"_qs},
                                                          {u"times"_qs, 1}}));
    const Answer ok = send(tokenRequest(kExportPath, kTestIamToken), "POST", body);
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.body, QByteArray("OK"));
    const Answer file = send(tokenRequest(kExportPath, kTestIamToken), "POST", body);
    QCOMPARE(file.status, 200);
    QCOMPARE(file.disposition, QByteArray(R"(attachment; filename="consistency-results.csv")"));

    QVERIFY(m_server.setScenario(kExportPath, QJsonObject{{u"name"_qs, u"throttled"_qs}}));
    for (int i = 0; i < 2; ++i) {  // persistent until replaced
        const Answer throttled = send(tokenRequest(kExportPath, kTestIamToken), "POST", body);
        QCOMPARE(throttled.status, 429);
        QCOMPARE(throttled.json().value(QStringLiteral("error_code")).toString(), u"APIGW.0308"_qs);
    }
    const Answer wrongToken = send(tokenRequest(kExportPath, u"not-the-token"_qs), "POST", body);
    QCOMPARE(wrongToken.status, 401);  // authentication comes before any scenario
    const QJsonArray log = m_server.requests(kExportPath);
    QCOMPARE(log.size(), 5);
    QCOMPARE(log.at(0)[u"scenario"].toString(), u"ok_text"_qs);
    QVERIFY(log.at(1)[u"scenario"].isNull());
    QCOMPARE(log.at(2)[u"scenario"].toString(), u"throttled"_qs);
    QCOMPARE(log.at(4)[u"auth_error"].toString(), u"decrypt token fail"_qs);
}

void TestLoopbackServer::fileBodyMatchesReportedHash()
{
    const QByteArray body = R"({"task_info":[{"task_id":"t1","source_id":"s1","source_name":"n1"}]})";
    QVERIFY(m_server.setScenario(kExportPath, QJsonObject{{u"name"_qs, u"file"_qs},
                                                          {u"size"_qs, 100000}}));
    const Answer a = send(tokenRequest(kExportPath, kTestIamToken), "POST", body);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.body.size(), 100000);
    QVERIFY(a.body.startsWith("task_id,source_id,source_name,consistency_result\r\nt1,s1,n1,"));
    const QJsonObject last = m_server.lastBody();
    QCOMPARE(last[u"size"].toInt(), 100000);
    QCOMPARE(last[u"sha256"].toString().toLatin1(),
             QCryptographicHash::hash(a.body, QCryptographicHash::Sha256).toHex());
}

void TestLoopbackServer::requestsAreRecordedWithDecodedQuery()
{
    const QString target = QStringLiteral("/v3/tasks?name=web%20server&q=a%2Bb&plus=a+b&city=Z%C3%BCrich");
    const Answer a = send(tokenRequest(target, kTestIamToken), "GET");
    QCOMPARE(a.status, 200);
    const QJsonArray log = m_server.requests();
    QCOMPARE(log.size(), 1);
    const QJsonObject entry = log.at(0).toObject();
    QCOMPARE(entry[u"method"].toString(), u"GET"_qs);
    QCOMPARE(entry[u"path"].toString(), u"/v3/tasks"_qs);
    QCOMPARE(entry[u"raw_target"].toString(), target);
    QCOMPARE(entry[u"auth_mode"].toString(), u"iam_token"_qs);
    QCOMPARE(entry[u"request_id"].toString().toLatin1(), a.requestId);
    const QJsonArray query = entry[u"query"].toArray();
    QCOMPARE(query.size(), 4);
    QCOMPARE(query.at(0).toArray().at(1).toString(), u"web server"_qs);
    QCOMPARE(query.at(1).toArray().at(1).toString(), u"a+b"_qs);
    QCOMPARE(query.at(2).toArray().at(1).toString(), u"a+b"_qs);  // '+' is never a space
    QCOMPARE(query.at(3).toArray().at(1).toString(), QStringLiteral("Z\u00fcrich"));
    bool sawDomain = false;
    for (const QJsonValue &h : entry[u"headers"].toArray())
        sawDomain |= h.toArray().at(0).toString() == u"X-Domain-Id"_qs;
    QVERIFY(sawDomain);
}

void TestLoopbackServer::transportScenariosAsQtSeesThem_data()
{
    QTest::addColumn<QJsonObject>("scenario");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("error");  // QNetworkReply::NetworkError
    QTest::addColumn<qsizetype>("bodySize");

    using E = QNetworkReply::NetworkError;
    QTest::newRow("slow body arrives whole")
        << QJsonObject{{u"name"_qs, u"slow"_qs}, {u"delay_ms"_qs, 20}, {u"total"_qs, 4000}}
        << 200 << int(E::NoError) << qsizetype(4000);
    QTest::newRow("chunked file")
        << QJsonObject{{u"name"_qs, u"file"_qs}, {u"chunked"_qs, true}, {u"size"_qs, 70000}}
        << 200 << int(E::NoError) << qsizetype(70000);
    QTest::newRow("truncated body is an error")
        << QJsonObject{{u"name"_qs, u"truncated"_qs}, {u"size"_qs, 5000}}
        << 200 << int(E::RemoteHostClosedError) << qsizetype(-1);
    QTest::newRow("reset mid body is an error")
        << QJsonObject{{u"name"_qs, u"reset_mid_body"_qs}, {u"size"_qs, 200000}}
        << 200 << int(E::RemoteHostClosedError) << qsizetype(-1);
    QTest::newRow("html 502")
        << QJsonObject{{u"name"_qs, u"html_502"_qs}} << 502 << int(E::UnknownServerError)
        << qsizetype(-1);
    QTest::newRow("redirect is not followed")
        << QJsonObject{{u"name"_qs, u"redirect"_qs}} << 302 << int(E::NoError) << qsizetype(0);
}

// What a Qt client observes for each transport scenario (documented in README.md).
void TestLoopbackServer::transportScenariosAsQtSeesThem()
{
    QFETCH(QJsonObject, scenario);
    QFETCH(int, status);
    QFETCH(int, error);
    QFETCH(qsizetype, bodySize);

    QVERIFY(m_server.setScenario(kExportPath, scenario));
    const QByteArray body = R"({"task_info":[{"task_id":"t1","source_id":"s1","source_name":"n1"}]})";
    for (const QUrl &base : {m_server.httpUrl(), m_server.httpsUrl()}) {
        QNetworkRequest req = tokenRequest(kExportPath, kTestIamToken);
        req.setUrl(base.resolved(QUrl(kExportPath)));
        req.setSslConfiguration(m_tls);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
        const Answer a = send(req, "POST", body);
        QCOMPARE(int(a.error), error);
        if (error != int(QNetworkReply::RemoteHostClosedError))
            QCOMPARE(a.status, status);
        if (bodySize >= 0)
            QCOMPARE(a.body.size(), bodySize);
    }
}

void TestLoopbackServer::hangLastsUntilTheClientAborts()
{
    QVERIFY(m_server.setScenario(kExportPath, QJsonObject{{u"name"_qs, u"hang"_qs}}));
    std::unique_ptr<QNetworkReply> reply(
        m_nam.post(tokenRequest(kExportPath, kTestIamToken), QByteArray("{}")));
    QTRY_COMPARE_WITH_TIMEOUT(m_server.requests(kExportPath).size(), 1, 20000);
    QVERIFY(!reply->isFinished());
    reply->abort();
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    QCOMPARE(m_server.requests(kExportPath).at(0)[u"scenario"].toString(), u"hang"_qs);
}

void TestLoopbackServer::stdinEofStopsTheServer()
{
    LoopbackServer other;
    QVERIFY2(other.start(), qPrintable(other.lastError()));
    const QUrl url = other.httpUrl();
    QVERIFY(other.isRunning());
    QVERIFY(other.stop());  // exits by itself once stdin is closed; no kill
    QVERIFY(!other.isRunning());
    QTcpSocket probe;
    probe.connectToHost(url.host(), quint16(url.port()));
    QVERIFY(!probe.waitForConnected(3000));
    QCOMPARE(probe.error(), QAbstractSocket::ConnectionRefusedError);
}

QTEST_GUILESS_MAIN(TestLoopbackServer)
#include "tst_loopbackserver.moc"
