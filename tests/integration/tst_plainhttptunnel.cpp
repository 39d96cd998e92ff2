// SPDX-License-Identifier: GPL-3.0-or-later
// The tunnel that plain-HTTP requests without a proxy go through (docs/PLATFORM.md "Network
// replies"): used exactly then, carries answers whole, ends where the server ended, keeps the
// meaning of connection errors, and connects nowhere the app did not ask for.
#include "export/ExportRequestBuilder.h"
#include "http/ApiCall.h"
#include "http/DownloadFile.h"
#include "http/transport/PlainHttpTunnel.h"
#include "http/transport/TunnelLink.h"
#include "NetTestHelpers.h"
#include "profile/endpoints/EndpointCatalogue.h"

#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace smsc;
using namespace smsc::test;

class TestPlainHttpTunnel final : public QObject
{
    Q_OBJECT
private:
    LoopbackServer m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<QTemporaryDir> m_dir;

    std::unique_ptr<ApiCall> exportCall(const QUrl &base, TransportOptions transport = {})
    {
        const Profile profile = loopbackProfile(base);
        const ServiceEndpoints endpoints = EndpointCatalogue::resolve(profile);
        auto factory = [profile, endpoints] {
            return ExportRequestBuilder::buildExport(testRows(), profile, kTestDomainId, endpoints,
                                                     testCredentials(), QDateTime::currentDateTimeUtc()).request;
        };
        if (base.scheme() == u"https")
            transport.caFile = m_server.caFile();
        auto call = std::make_unique<ApiCall>(m_nam.get(), factory, transport);
        const QString dir = m_dir->path();
        call->setSinkFactory([dir](const HeaderList &) {
            return std::make_unique<DownloadFile>(dir + u"/consistency-results.csv"_s);
        });
        return call;
    }

    static ApiResult run(ApiCall &call)
    {
        QSignalSpy spy(&call, &ApiCall::finished);
        call.start();
        if (!spy.wait(60000))
            return {};
        return spy.at(0).at(0).value<ApiResult>();
    }

    PlainHttpTunnel *tunnel() const { return m_nam->findChild<PlainHttpTunnel *>(); }

    // What the tunnel answers to a raw CONNECT head. The tunnel lives in this thread, so the wait
    // keeps the event loop running.
    QByteArray askTunnel(const QByteArray &head)
    {
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, tunnel()->proxy().port());
        QDeadlineTimer deadline(10000);
        while (socket.state() != QAbstractSocket::ConnectedState && !deadline.hasExpired())
            QTest::qWait(5);
        socket.write(head);
        QByteArray answer;
        while (!answer.contains("\r\n\r\n") && !deadline.hasExpired()) {
            QTest::qWait(5);
            answer += socket.readAll();
        }
        return answer;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ApiResult>();
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    }
    void init()
    {
        QVERIFY(m_server.reset());
        m_dir = std::make_unique<QTemporaryDir>();
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_nam->setProxy(QNetworkProxy::NoProxy);  // whatever the environment says
    }

    void plainHttpWithoutProxyGoesThroughTheTunnel()
    {
        m_server.setScenario(test::kExportPath, scenario(u"file"_s, {{u"size"_s, 3000000}, {u"chunked"_s, true}}));
        auto call = exportCall(m_server.httpUrl());
        const ApiResult result = run(*call);
        QVERIFY2(result.ok(), qPrintable(result.error.headline));
        QCOMPARE(sha256Of(m_dir->filePath(u"consistency-results.csv"_s)),
                 m_server.lastBody().value(u"sha256"_s).toString());
        QVERIFY(tunnel());
        QCOMPARE(tunnel()->openLinks(), 1);  // the kept-alive connection runs through it
        QCOMPARE(m_server.requests(test::kExportPath).at(0)[u"signature_ok"_s].toBool(), true);
        m_nam->clearConnectionCache();
        QTRY_COMPARE(tunnel()->openLinks(), 0);
    }

    void httpsAndConfiguredProxiesDoNotUseIt_data()
    {
        QTest::addColumn<bool>("https");
        QTest::addColumn<bool>("proxy");
        QTest::newRow("https") << true << false;
        QTest::newRow("http through the configured proxy") << false << true;
    }
    void httpsAndConfiguredProxiesDoNotUseIt()
    {
        QFETCH(bool, https);
        QFETCH(bool, proxy);
        TransportOptions transport;
        if (proxy)
            transport.proxyUrl = m_server.proxyUrl().toString();
        auto call = exportCall(https ? m_server.httpsUrl() : m_server.httpUrl(), transport);
        const ApiResult result = run(*call);
        QVERIFY2(result.ok(), qPrintable(result.error.headline));
        QVERIFY2(!tunnel(), "started for a request that does not need it");
        QCOMPARE(m_server.proxyRequests().isEmpty(), !proxy);
    }

    void connectionErrorsKeepTheirMeaning_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("said");
        QTest::newRow("refused") << u"127.0.0.1:1"_s << u"refused"_s;
        QTest::newRow("no such host") << u"no-such-host.invalid"_s << u"could not be found"_s;
    }
    void connectionErrorsKeepTheirMeaning()
    {
        QFETCH(QString, host);
        QFETCH(QString, said);
        auto factory = [host] {
            HttpRequest request;
            request.scheme = u"http"_s;
            request.host = host;
            return request;
        };
        ApiCall call(m_nam.get(), factory, TransportOptions{});
        const ApiResult result = run(call);
        QCOMPARE(result.error.kind, ErrorKind::Network);
        QVERIFY2(result.error.headline.contains(said, Qt::CaseInsensitive), qPrintable(result.error.headline));
        QVERIFY2(!result.error.headline.contains(u"proxy"_s, Qt::CaseInsensitive), qPrintable(result.error.headline));
        QVERIFY(tunnel());  // it did go through the tunnel
    }

    void connectsOnlyWhereTheAppAsked()
    {
        auto call = exportCall(m_server.httpUrl());
        QVERIFY(run(*call).ok());
        const QByteArray elsewhere = "CONNECT 127.0.0.1:" + QByteArray::number(m_server.httpsUrl().port())
            + " HTTP/1.1\r\nHost: x\r\n\r\n";
        QVERIFY2(askTunnel(elsewhere).startsWith("HTTP/1.1 403"), "a destination the app did not ask for");
        QVERIFY(askTunnel("GET / HTTP/1.1\r\nHost: x\r\n\r\n").startsWith("HTTP/1.1 400"));
        QVERIFY(askTunnel(QByteArray(TunnelLink::kHeadLimit, 'a')).startsWith("HTTP/1.1 400"));
        const QByteArray asked = "CONNECT 127.0.0.1:" + QByteArray::number(m_server.httpUrl().port())
            + " HTTP/1.1\r\n\r\n";
        QVERIFY(askTunnel(asked).startsWith("HTTP/1.1 200"));
    }
};

QTEST_GUILESS_MAIN(TestPlainHttpTunnel)
#include "tst_plainhttptunnel.moc"
