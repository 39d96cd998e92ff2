// SPDX-License-Identifier: GPL-3.0-or-later
// Proves the loopback test server itself over real sockets, without the project's signer:
// ports, TLS with the test CA, gateway-style rejections, the request log, shutdown.
#include "LoopbackProbe.h"
#include "LoopbackServer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using namespace smsc::test;

namespace {
const QString kDomainsPath = u"/v3/auth/domains"_s;

QByteArray sdkDate(const QDateTime &utc)
{
    return utc.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1();
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
    void requestsAreRecordedWithDecodedQuery();
    void stdinEofStopsTheServer();

private:
    LoopbackServer m_server;
    LoopbackProbe m_probe{m_server};
};

void TestLoopbackServer::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    QVERIFY(QSslSocket::supportsSsl());
    QCOMPARE(m_probe.tls().caCertificates().size(), 1);
}

void TestLoopbackServer::init()
{
    QVERIFY(m_server.reset());
}

void TestLoopbackServer::serverAnswersOnHttpWithRequestIdAndDate()
{
    const QNetworkRequest req = m_probe.request(m_server.httpUrl(), kExportPath);
    const ProbeAnswer first = m_probe.send(req, "POST", "{}");
    const ProbeAnswer second = m_probe.send(req, "POST", "{}");
    QCOMPARE(first.status, 401);
    QCOMPARE(first.json().value(u"error_code"_s).toString(), u"APIGW.0301"_s);
    QCOMPARE(first.requestId.size(), 32);
    QVERIFY(first.requestId != second.requestId);
    QCOMPARE(first.json().value(u"request_id"_s).toString().toLatin1(),
             first.requestId);
    const QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(first.date),
                                                   u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    QVERIFY2(date.isValid(), first.date.constData());
}

void TestLoopbackServer::httpsVerifiesAgainstTheTestCa()
{
    QVERIFY(QSslSocket::supportsSsl());
    const ProbeAnswer a = m_probe.send(m_probe.request(m_server.httpsUrl(), kDomainsPath), "GET");
    QCOMPARE(a.error, QNetworkReply::AuthenticationRequiredError);  // TLS fine, HTTP 401
    QCOMPARE(a.status, 401);
    const QJsonArray log = m_server.requests();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.at(0)[u"scheme"].toString(), u"https"_s);
}

void TestLoopbackServer::untrustedPortFailsCertificateCheck()
{
    QNetworkRequest req = m_probe.request(m_server.httpsUntrustedUrl(), kDomainsPath);
    std::unique_ptr<QNetworkReply> reply(m_probe.nam().get(req));
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
    QTest::newRow("wrong signature") << wrongSig << 0 << u"APIGW.0301"_s
                                     << u"verify aksk signature fail"_s;
    QTest::newRow("unknown access key")
        << QByteArray("SDK-HMAC-SHA256 Access=UNKNOWNAK000000000, SignedHeaders=host;x-sdk-date, "
                      "Signature=00")
        << 0 << u"APIGW.0301"_s << u"ak not exist"_s;
    QTest::newRow("clock 20 minutes behind")
        << wrongSig << -1200 << u"APIGW.0303"_s << u"signature expired, signature time:"_s;
    QTest::newRow("no credentials at all") << QByteArray() << 0 << u"APIGW.0301"_s
                                           << u"Incorrect IAM authentication information"_s;
}

void TestLoopbackServer::gatewayRejections()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, dateShiftSeconds);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);

    QNetworkRequest req = m_probe.request(m_server.httpUrl(), kDomainsPath);
    req.setRawHeader("X-Sdk-Date", sdkDate(QDateTime::currentDateTimeUtc().addSecs(dateShiftSeconds)));
    if (!authorization.isEmpty())
        req.setRawHeader("Authorization", authorization);
    const ProbeAnswer a = m_probe.send(req, "GET");
    QCOMPARE(a.status, 401);
    QCOMPARE(a.json().value(u"error_code"_s).toString(), code);
    const QString msg = a.json().value(u"error_msg"_s).toString();
    QVERIFY2(msg.contains(messagePart), qPrintable(msg));
    const QJsonArray log = m_server.requests();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.at(0)[u"response_status"].toInt(), 401);
}

// The gateway_echo reply is the server's canonical request; HMAC over it with the test SK must
// then be accepted. This ties the echo to the verifier without using the project's signer.
void TestLoopbackServer::echoedCanonicalRequestSignsAnAcceptedRequest()
{
    QVERIFY(m_server.setScenario(u"/v3/sources"_s,
                                 QJsonObject{{u"name"_s, u"gateway_echo"_s}}));
    QNetworkRequest req = m_probe.request(m_server.httpUrl(),
                                  u"/v3/sources?name=web%20server&limit=2&q=a%2Bb"_s);
    const QByteArray date = sdkDate(QDateTime::currentDateTimeUtc());
    req.setRawHeader("X-Sdk-Date", date);
    req.setRawHeader("X-Domain-Id", kTestDomainId.toLatin1());
    const QByteArray prefix = "SDK-HMAC-SHA256 Access=" + kTestAk.toLatin1()
        + ", SignedHeaders=host;x-domain-id;x-sdk-date, Signature=";
    req.setRawHeader("Authorization", prefix + QByteArray(64, 'f'));
    const ProbeAnswer rejected = m_probe.send(req, "GET");
    QCOMPARE(rejected.status, 401);
    QCOMPARE(rejected.json().value(u"error_code"_s).toString(), u"APIGW.0303"_s);
    const QString msg = rejected.json().value(u"error_msg"_s).toString();
    const QString marker = u"verify signature fail, canonicalRequest:"_s;
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
    const ProbeAnswer accepted = m_probe.send(req, "GET");
    QCOMPARE(accepted.status, 200);
    QCOMPARE(accepted.json().value(u"count"_s).toInt(), 45);  // "web server NNN"
    QCOMPARE(accepted.json().value(u"source_servers"_s).toArray().size(), 2);
    const QJsonArray log = m_server.requests();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0)[u"signature_ok"].toBool(), false);
    QCOMPARE(log.at(1)[u"signature_ok"].toBool(), true);
    QCOMPARE(log.at(1)[u"auth_mode"].toString(), u"aksk"_s);
}

void TestLoopbackServer::requestsAreRecordedWithDecodedQuery()
{
    const QString target = u"/v3/tasks?name=web%20server&q=a%2Bb&plus=a+b&city=Z%C3%BCrich"_s;
    const ProbeAnswer a = m_probe.send(m_probe.tokenRequest(target, kTestIamToken), "GET");
    QCOMPARE(a.status, 200);
    const QJsonArray log = m_server.requests();
    QCOMPARE(log.size(), 1);
    const QJsonObject entry = log.at(0).toObject();
    QCOMPARE(entry[u"method"].toString(), u"GET"_s);
    QCOMPARE(entry[u"path"].toString(), u"/v3/tasks"_s);
    QCOMPARE(entry[u"raw_target"].toString(), target);
    QCOMPARE(entry[u"auth_mode"].toString(), u"iam_token"_s);
    QCOMPARE(entry[u"request_id"].toString().toLatin1(), a.requestId);
    const QJsonArray query = entry[u"query"].toArray();
    QCOMPARE(query.size(), 4);
    QCOMPARE(query.at(0).toArray().at(1).toString(), u"web server"_s);
    QCOMPARE(query.at(1).toArray().at(1).toString(), u"a+b"_s);
    QCOMPARE(query.at(2).toArray().at(1).toString(), u"a+b"_s);  // '+' is never a space
    QCOMPARE(query.at(3).toArray().at(1).toString(), u"Z\u00fcrich"_s);
    bool sawDomain = false;
    for (const QJsonValue &h : entry[u"headers"].toArray())
        sawDomain |= h.toArray().at(0).toString() == u"X-Domain-Id"_s;
    QVERIFY(sawDomain);
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
