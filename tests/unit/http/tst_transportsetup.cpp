// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/transport/TransportSetup.h"

#include <QDateTime>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using smsc::HttpRequest;
using smsc::TransportOptions;
using smsc::TransportSetup;

class TestTransportSetup final : public QObject
{
    Q_OBJECT
private slots:
    void proxies_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("usable");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::newRow("none") << u"none"_s << true << int(QNetworkProxy::NoProxy) << QString() << 0 << QString() << QString();
        QTest::newRow("NONE any case") << u"NONE"_s << true << int(QNetworkProxy::NoProxy) << QString() << 0 << QString() << QString();
        QTest::newRow("http with port") << u"http://proxy.corp:3128"_s << true << int(QNetworkProxy::HttpProxy)
                                        << u"proxy.corp"_s << 3128 << QString() << QString();
        QTest::newRow("http default port") << u"http://proxy.corp"_s << true << int(QNetworkProxy::HttpProxy)
                                           << u"proxy.corp"_s << 8080 << QString() << QString();
        QTest::newRow("user and encoded password") << u"http://alice:p%40ss%3Aw@10.0.0.1:8080"_s << true
            << int(QNetworkProxy::HttpProxy) << u"10.0.0.1"_s << 8080 << u"alice"_s << u"p@ss:w"_s;
        QTest::newRow("socks5") << u"socks5://127.0.0.1:1080"_s << true << int(QNetworkProxy::Socks5Proxy)
                                << u"127.0.0.1"_s << 1080 << QString() << QString();
        QTest::newRow("no scheme") << u"proxy.corp:3128"_s << false << 0 << QString() << 0 << QString() << QString();
        QTest::newRow("unsupported scheme") << u"ftp://proxy.corp"_s << false << 0 << QString() << 0 << QString() << QString();
        QTest::newRow("no host") << u"http://"_s << false << 0 << QString() << 0 << QString() << QString();
    }
    void proxies()
    {
        QFETCH(QString, url);
        QFETCH(bool, usable);
        const std::optional<QNetworkProxy> proxy = TransportSetup::proxyFor(url);
        QCOMPARE(proxy.has_value(), usable);
        if (!usable)
            return;
        QTEST(int(proxy->type()), "type");
        if (proxy->type() == QNetworkProxy::NoProxy)
            return;
        QTEST(proxy->hostName(), "host");
        QTEST(int(proxy->port()), "port");
        QTEST(proxy->user(), "user");
        QTEST(proxy->password(), "password");
    }

    void requestAttributes()
    {
        HttpRequest r;
        r.method = "POST";
        r.host = u"sms.example:8443"_s;
        r.path = u"/v3/tasks/consistency-results/export"_s;
        r.headers = {{"Host", "sms.example:8443"}, {"X-Sdk-Date", "20260101T000000Z"}, {"Content-Type", "application/json"}};
        bool ok = false;
        const QNetworkRequest nr = TransportSetup::networkRequest(r, TransportOptions{}, &ok);
        QVERIFY(ok);
        QCOMPARE(nr.url(), QUrl(u"https://sms.example:8443/v3/tasks/consistency-results/export"_s));
        QCOMPARE(nr.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(), int(QNetworkRequest::ManualRedirectPolicy));
        QCOMPARE(nr.attribute(QNetworkRequest::Http2AllowedAttribute).toBool(), false);
        QCOMPARE(nr.rawHeader("Host"), QByteArray("sms.example:8443"));
        QCOMPARE(nr.rawHeader("X-Sdk-Date"), QByteArray("20260101T000000Z"));
        QCOMPARE(nr.sslConfiguration().peerVerifyMode(), QSslSocket::VerifyPeer);
    }

    void caFileIsAddedToTheSystemStore()
    {
        HttpRequest r;
        r.host = u"127.0.0.1"_s;
        TransportOptions options;
        options.caFile = QString::fromUtf8(SMSC_TEST_DATA_DIR "/tls/ca.pem");
        const QList<QSslCertificate> testCa = QSslCertificate::fromPath(options.caFile);
        QCOMPARE(testCa.size(), 1);
        bool ok = false;
        const QNetworkRequest nr = TransportSetup::networkRequest(r, options, &ok);
        QVERIFY(ok);
        const QList<QSslCertificate> trusted = nr.sslConfiguration().caCertificates();
        QVERIFY(trusted.contains(testCa.constFirst()));
        QCOMPARE(trusted.size(), QSslConfiguration::defaultConfiguration().caCertificates().size() + 1);
    }

    // The parsed file is kept between requests; a file edited in between is read again.
    void anEditedCaFileIsReadAgain()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"ca.pem"_s);
        const auto install = [&](const char *source, const QDateTime &time) {
            QFile::remove(path);
            QVERIFY(QFile::copy(QString::fromUtf8(SMSC_TEST_DATA_DIR) + QLatin1String(source), path));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(time, QFileDevice::FileModificationTime));
        };
        const auto trusted = [&](bool *ok) {
            HttpRequest r;
            r.host = u"127.0.0.1"_s;
            TransportOptions options;
            options.caFile = path;
            return TransportSetup::networkRequest(r, options, ok).sslConfiguration().caCertificates();
        };
        const QSslCertificate first = QSslCertificate::fromPath(QString::fromUtf8(SMSC_TEST_DATA_DIR "/tls/ca.pem")).value(0);
        const QSslCertificate second =
            QSslCertificate::fromPath(QString::fromUtf8(SMSC_TEST_DATA_DIR "/tls/untrusted-cert.pem")).value(0);
        QVERIFY(!first.isNull() && !second.isNull());
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-60);
        install("/tls/ca.pem", t0);
        bool ok = false;
        QVERIFY(trusted(&ok).contains(first));
        QVERIFY(ok);
        QVERIFY(trusted(&ok).contains(first));  // the same file again: still trusted
        install("/tls/untrusted-cert.pem", t0.addSecs(1));
        const QList<QSslCertificate> after = trusted(&ok);
        QVERIFY(ok);
        QVERIFY(after.contains(second));
        QVERIFY(!after.contains(first));
        install("/signing-vectors.json", t0.addSecs(2));  // no longer a certificate
        trusted(&ok);
        QVERIFY(!ok);
    }

    void unreadableCaFileIsReported_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("missing") << u"/nonexistent/ca.pem"_s;
        QTest::newRow("not a certificate") << QString::fromUtf8(SMSC_TEST_DATA_DIR "/signing-vectors.json");
    }
    void unreadableCaFileIsReported()
    {
        QFETCH(QString, path);
        HttpRequest r;
        r.host = u"127.0.0.1"_s;
        TransportOptions options;
        options.caFile = path;
        bool ok = true;
        TransportSetup::networkRequest(r, options, &ok);
        QVERIFY(!ok);
    }
};

QTEST_GUILESS_MAIN(TestTransportSetup)
#include "tst_transportsetup.moc"
