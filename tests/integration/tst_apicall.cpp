// SPDX-License-Identifier: GPL-3.0-or-later
// ApiCall against the real loopback server over HTTP and HTTPS: saving, transport faults,
// timeouts versus cancel, redirects, TLS, retries. Error-body parsing: tst_apicallerrors.
#include "export/ExportRequestBuilder.h"
#include "http/ApiCall.h"
#include "http/DownloadFile.h"
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

class TestApiCall final : public QObject
{
    Q_OBJECT
private:
    LoopbackServer m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<QTemporaryDir> m_dir;

    QUrl base(bool https) const { return https ? m_server.httpsUrl() : m_server.httpUrl(); }

    // A freshly signed export request per attempt, as ExportJob does it.
    ApiCall::RequestFactory exportFactory(const QUrl &baseUrl) const
    {
        const Profile profile = loopbackProfile(baseUrl);
        const ServiceEndpoints endpoints = EndpointCatalogue::resolve(profile);
        return [profile, endpoints] {
            return ExportRequestBuilder::buildExport(testRows(), profile, kTestDomainId, endpoints,
                                                     testCredentials(), QDateTime::currentDateTimeUtc()).request;
        };
    }

    std::unique_ptr<ApiCall> exportCall(bool https, TransportOptions transport = {}, bool toDisk = true)
    {
        if (https && transport.caFile.isEmpty())
            transport.caFile = m_server.caFile();
        auto call = std::make_unique<ApiCall>(&m_nam, exportFactory(base(https)), transport);
        call->setBaseRetryDelayMs(10);
        if (toDisk) {
            const QString dir = m_dir->path();
            call->setSinkFactory([dir](const HeaderList &) {
                return std::make_unique<DownloadFile>(dir + u"/consistency-results.csv"_s);
            });
        }
        return call;
    }

    static ApiResult run(ApiCall &call, int timeoutMs = 60000)
    {
        QSignalSpy spy(&call, &ApiCall::finished);
        call.start();
        if (!spy.wait(timeoutMs))
            return {};
        QTest::qWait(50);  // a second finished() would arrive here
        if (spy.size() != 1)
            qFatal("ApiCall emitted finished() %d times", int(spy.size()));
        return spy.at(0).at(0).value<ApiResult>();
    }

    QString savedFile() const { return m_dir->filePath(u"consistency-results.csv"_s); }

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
        m_nam.setProxy(QNetworkProxy::NoProxy);
        // A kept-alive connection verified under another CA setting must not answer for this test.
        m_nam.clearConnectionCache();
    }

    void fileSavedIntact_data()
    {
        QTest::addColumn<bool>("https");
        QTest::addColumn<int>("size");
        QTest::newRow("http") << false << 300000;
        QTest::newRow("https with the test CA file") << true << 300000;
        QTest::newRow("a 20-byte file (held back to spot \"OK\", then saved)") << false << 20;
    }
    void fileSavedIntact()
    {
        QFETCH(bool, https);
        QFETCH(int, size);
        m_server.setScenario(test::kExportPath, scenario(u"file"_s, {{u"size"_s, size}}));
        auto call = exportCall(https);
        const ApiResult result = run(*call);
        QVERIFY2(result.ok(), qPrintable(result.error.headline));
        QCOMPARE(result.httpStatus, 200);
        QCOMPARE(result.savedPath, savedFile());
        QCOMPARE(result.bytesReceived, size);
        QCOMPARE(QFileInfo(savedFile()).size(), size);
        QCOMPARE(sha256Of(savedFile()), m_server.lastBody().value(u"sha256"_s).toString());
        QCOMPARE(folderEntries(m_dir->path()), QStringList{u"consistency-results.csv"_s});
        const QJsonArray log = m_server.requests(test::kExportPath);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.at(0)[u"signature_ok"_s].toBool(), true);
        QCOMPARE(result.requestId, log.at(0)[u"request_id"_s].toString());
        QVERIFY(result.body.isEmpty());  // streamed to disk, not kept in memory
    }

    void emptyAnswersSaveNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty body") << u"empty"_s << QByteArray();
        QTest::newRow("OK") << u"ok_text"_s << QByteArray("OK");
        QTest::newRow("{}") << u"json_empty"_s << QByteArray("{}");
    }
    void emptyAnswersSaveNothing()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, body);
        m_server.setScenario(test::kExportPath, scenario(name));
        auto call = exportCall(false);
        const ApiResult result = run(*call);
        QVERIFY2(result.ok(), qPrintable(result.error.headline));
        QVERIFY(result.noFile);
        QCOMPARE(result.body.trimmed(), body);
        QVERIFY(result.savedPath.isEmpty());
        QVERIFY(folderEntries(m_dir->path()).isEmpty());
    }

    void tenMebibytesSavedIntact()
    {
        m_server.setScenario(test::kExportPath, scenario(u"big"_s));
        auto call = exportCall(false);
        QSignalSpy progress(call.get(), &ApiCall::progress);
        const ApiResult result = run(*call);
        QVERIFY2(result.ok(), qPrintable(result.error.headline));
        QCOMPARE(result.bytesReceived, 10 * 1024 * 1024);
        QCOMPARE(QFileInfo(savedFile()).size(), 10 * 1024 * 1024);
        QCOMPARE(sha256Of(savedFile()), m_server.lastBody().value(u"sha256"_s).toString());
        QVERIFY(!progress.isEmpty());  // Qt chokes progress signals to a few per second
        QCOMPARE(progress.last().at(0).toLongLong(), 10 * 1024 * 1024);
    }

    void memoryStaysFlatForAnySize()
    {
        // 48 MiB through the client: one that buffered the body would grow by about that much;
        // a streaming one grows by its buffers (read buffer, socket, file) whatever the size.
        constexpr qint64 size = 48 * 1024 * 1024;
        m_server.setScenario(test::kExportPath, scenario(u"big"_s, {{u"size"_s, size}}));
        auto call = exportCall(false);
        const qint64 rssBefore = peakRssKiB(true);
        const ApiResult result = run(*call);
        const qint64 peak = peakRssKiB(false);
        QVERIFY2(result.ok(), qPrintable(result.error.headline));
        QCOMPARE(QFileInfo(savedFile()).size(), size);
        QCOMPARE(sha256Of(savedFile()), m_server.lastBody().value(u"sha256"_s).toString());
        if (rssBefore < 0 || peak < 0)
            QSKIP("/proc/self/clear_refs is not available: memory not measured");
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("AddressSanitizer quarantines freed memory: resident size says nothing here");
#endif
        qInfo("peak resident memory grew by %lld KiB while receiving %lld KiB", peak - rssBefore, size / 1024);
        QVERIFY2(peak - rssBefore < 8 * 1024, qPrintable(u"peak grew by %1 KiB"_s.arg(peak - rssBefore)));
    }

    void slowBodyReportsProgress()
    {
        m_server.setScenario(test::kExportPath, scenario(u"slow"_s, {{u"delay_ms"_s, 250}}));
        auto call = exportCall(false);
        QSignalSpy progress(call.get(), &ApiCall::progress);
        const ApiResult result = run(*call);
        QVERIFY2(result.ok(), qPrintable(result.error.headline));
        QVERIFY2(progress.size() >= 2, "several progress signals for a body sent in 8 chunks over 2 s");
        qint64 last = -1;
        for (const QList<QVariant> &signal : progress) {
            QVERIFY(signal.at(0).toLongLong() >= last);
            last = signal.at(0).toLongLong();
        }
        QCOMPARE(last, 8192);
    }

    void hangIsATimeout()
    {
        m_server.setScenario(test::kExportPath, scenario(u"hang"_s));
        TransportOptions transport;
        transport.connectTimeoutSeconds = 1;
        transport.transferTimeoutSeconds = 1;
        auto call = exportCall(false, transport);
        const ApiResult result = run(*call);
        QCOMPARE(result.error.kind, ErrorKind::Timeout);
        QVERIFY2(result.error.headline.contains(u"1 second"_s), qPrintable(result.error.headline));
        QVERIFY(folderEntries(m_dir->path()).isEmpty());
    }

    void cancelIsNotATimeout()
    {
        m_server.setScenario(test::kExportPath, scenario(u"hang"_s));
        auto call = exportCall(false);
        QSignalSpy finished(call.get(), &ApiCall::finished);
        call->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_server.requests(test::kExportPath).size(), 1, 10000);
        call->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
        const ApiResult result = finished.at(0).at(0).value<ApiResult>();
        QCOMPARE(result.error.kind, ErrorKind::Cancelled);
        QVERIFY(folderEntries(m_dir->path()).isEmpty());
    }

    void brokenBodiesLeaveNoFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("reset mid-body") << u"reset_mid_body"_s;
        QTest::newRow("truncated (Content-Length too large)") << u"truncated"_s;
    }
    void brokenBodiesLeaveNoFile()
    {
        QFETCH(QString, name);
        m_server.setScenario(test::kExportPath, scenario(name, {{u"size"_s, 200000}}));
        auto call = exportCall(false);
        const ApiResult result = run(*call);
        QCOMPARE(result.error.kind, ErrorKind::Network);
        QVERIFY2(result.error.headline.contains(u"closed before the whole answer arrived"_s), qPrintable(result.error.headline));
        QVERIFY(result.savedPath.isEmpty());
        QVERIFY2(folderEntries(m_dir->path()).isEmpty(), qPrintable(folderEntries(m_dir->path()).join(u',')));
    }

    void redirectIsReportedNotFollowed()
    {
        m_server.setScenario(test::kExportPath, scenario(u"redirect"_s));
        auto call = exportCall(false);
        const ApiResult result = run(*call);
        QCOMPARE(result.error.kind, ErrorKind::Redirected);
        QVERIFY2(result.error.redirectLocation.startsWith(u"http://127.0.0.2:"_s), qPrintable(result.error.redirectLocation));
        QVERIFY(result.error.headline.contains(result.error.redirectLocation));
        QCOMPARE(m_server.requests().size(), 1);  // nothing went to /elsewhere
        QVERIFY(folderEntries(m_dir->path()).isEmpty());
    }

    void throttledIsRetriedOnlyWhenEnabled_data()
    {
        QTest::addColumn<bool>("retry");
        QTest::addColumn<int>("expectedRequests");
        QTest::newRow("retry on: two 429s, then the file") << true << 3;
        QTest::newRow("retry off (default)") << false << 1;
    }
    void throttledIsRetriedOnlyWhenEnabled()
    {
        QFETCH(bool, retry);
        QFETCH(int, expectedRequests);
        m_server.setScenario(test::kExportPath, scenario(u"throttled"_s, {{u"times"_s, 2}, {u"retry_after"_s, 1}}));
        TransportOptions transport;
        transport.retryTransient = retry;
        auto call = exportCall(false, transport);
        QSignalSpy retrying(call.get(), &ApiCall::retrying);
        const ApiResult result = run(*call);
        QCOMPARE(m_server.requests(test::kExportPath).size(), expectedRequests);
        QCOMPARE(result.attempts, expectedRequests);
        QCOMPARE(retrying.size(), expectedRequests - 1);
        if (retry) {
            QVERIFY2(result.ok(), qPrintable(result.error.headline));
            QCOMPARE(retrying.at(0).at(1).toInt(), 1000);  // Retry-After: 1 honoured
            QCOMPARE(sha256Of(savedFile()), m_server.lastBody().value(u"sha256"_s).toString());
        } else {
            QCOMPARE(result.error.kind, ErrorKind::Throttled);
            QCOMPARE(result.error.errorCode, u"APIGW.0308"_s);
        }
    }

    void authFailuresAreNeverRetried_data()
    {
        QTest::addColumn<QJsonObject>("answer");
        QTest::addColumn<ErrorKind>("kind");
        QTest::newRow("401 APIGW.0301") << scenario(u"unauthorized"_s) << ErrorKind::Authentication;
        QTest::newRow("403 SMS.2002") << scenario(u"denied"_s) << ErrorKind::Permission;
        QTest::newRow("403 SMS.0204") << scenario(u"forbidden_0204"_s) << ErrorKind::Permission;
        QTest::newRow("403 carrying a throttling code")
            << scenario(u"error"_s, {{u"status"_s, 403}, {u"body"_s, QJsonObject{{u"error_code"_s, u"APIGW.0308"_s},
                                                                                     {u"error_msg"_s, u"x"_s}}}})
            << ErrorKind::Throttled;
    }
    void authFailuresAreNeverRetried()
    {
        QFETCH(QJsonObject, answer);
        m_server.setScenario(test::kExportPath, answer);
        TransportOptions transport;
        transport.retryTransient = true;
        transport.maxAttempts = 3;
        auto call = exportCall(false, transport);
        const ApiResult result = run(*call);
        QTEST(result.error.kind, "kind");
        QCOMPARE(m_server.requests(test::kExportPath).size(), 1);
        QCOMPARE(result.attempts, 1);
    }

    void serverErrorsAndRefusedConnectionsAreRetried()
    {
        m_server.setScenario(test::kExportPath, scenario(u"html_502"_s, {{u"times"_s, 1}}));
        TransportOptions transport;
        transport.retryTransient = true;
        auto call = exportCall(false, transport);
        const ApiResult result = run(*call);
        QVERIFY2(result.ok(), qPrintable(result.error.headline));
        QCOMPARE(result.attempts, 2);

        QUrl closed(u"http://127.0.0.1:1"_s);  // nothing listens on port 1
        ApiCall refused(&m_nam, exportFactory(closed), transport);
        refused.setBaseRetryDelayMs(10);
        const ApiResult failed = run(refused);
        QCOMPARE(failed.error.kind, ErrorKind::Network);
        QVERIFY(failed.error.headline.contains(u"refused"_s));
        QCOMPARE(failed.attempts, 3);
    }

    void untrustedCertificateIsATlsError_data()
    {
        QTest::addColumn<bool>("selfSigned");
        QTest::addColumn<QString>("problem");
        QTest::newRow("self-signed certificate") << true << u"self-signed"_s;
        QTest::newRow("test CA not trusted (no CA file)") << false << u"authority this computer does not trust"_s;
    }
    void untrustedCertificateIsATlsError()
    {
        QFETCH(bool, selfSigned);
        QFETCH(QString, problem);
        TransportOptions transport;
        transport.caFile = selfSigned ? m_server.caFile() : QString();
        const QUrl url = selfSigned ? m_server.httpsUntrustedUrl() : m_server.httpsUrl();
        ApiCall call(&m_nam, exportFactory(url), transport);
        const ApiResult result = run(call);
        QCOMPARE(result.error.kind, ErrorKind::Tls);
        QVERIFY2(result.error.headline.contains(problem), qPrintable(result.error.headline));
        QVERIFY(result.error.headline.contains(u"127.0.0.1"_s));
        QCOMPARE(m_server.requests(test::kExportPath).size(), 0);  // never sent over an unverified connection
    }

    void existingFileIsNotOverwritten()
    {
        QFile existing(savedFile());
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("precious");
        existing.close();
        auto call = exportCall(false);
        const ApiResult result = run(*call);
        QCOMPARE(result.error.kind, ErrorKind::LocalFile);
        QVERIFY(result.error.headline.contains(savedFile()));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("precious"));
        QCOMPARE(folderEntries(m_dir->path()), QStringList{u"consistency-results.csv"_s});
    }

    void badTransportSettingsSendNothing_data()
    {
        QTest::addColumn<QString>("proxy");
        QTest::addColumn<QString>("caFile");
        QTest::addColumn<ErrorKind>("kind");
        QTest::newRow("proxy URL without host") << u"http://"_s << QString() << ErrorKind::Network;
        QTest::newRow("proxy with unknown scheme") << u"ftp://127.0.0.1:21"_s << QString() << ErrorKind::Network;
        QTest::newRow("CA file missing") << QString() << u"/nonexistent/ca.pem"_s << ErrorKind::Tls;
    }
    void badTransportSettingsSendNothing()
    {
        QFETCH(QString, proxy);
        QFETCH(QString, caFile);
        TransportOptions transport;
        transport.proxyUrl = proxy;
        transport.caFile = caFile;
        ApiCall call(&m_nam, exportFactory(m_server.httpsUrl()), transport);
        const ApiResult result = run(call);
        QTEST(result.error.kind, "kind");
        QCOMPARE(m_server.requests().size(), 0);
    }

    void explicitProxyIsUsed()
    {
        TransportOptions transport;
        transport.proxyUrl = u"http://user:pass@127.0.0.1:1"_s;  // a proxy that refuses
        auto call = exportCall(false, transport);
        const ApiResult result = run(*call);
        QCOMPARE(result.error.kind, ErrorKind::Network);
        QVERIFY2(result.error.headline.contains(u"proxy"_s), qPrintable(result.error.headline));
        QVERIFY(!result.error.headline.contains(u"pass"_s));
        QCOMPARE(m_server.requests().size(), 0);

        transport.proxyUrl = u"none"_s;
        auto direct = exportCall(false, transport);
        QVERIFY(run(*direct).ok());
    }

    void clockSkewFromShiftedServerDate()
    {
        m_server.setConfig({{u"date_offset_seconds"_s, 3600}});  // the server's clock is an hour ahead
        auto call = exportCall(false);
        const ApiResult result = run(*call);
        QCOMPARE(result.error.kind, ErrorKind::Authentication);
        QCOMPARE(result.error.errorCode, u"APIGW.0303"_s);
        QVERIFY(result.error.clockSkewSeconds.has_value());
        QVERIFY2(qAbs(*result.error.clockSkewSeconds + 3600) <= 5, qPrintable(QString::number(*result.error.clockSkewSeconds)));
        QVERIFY2(result.error.hint.contains(u"Your clock is 1 hour behind the server."_s), qPrintable(result.error.hint));
    }
};

QTEST_GUILESS_MAIN(TestApiCall)
#include "tst_apicall.moc"
