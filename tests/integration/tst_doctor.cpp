// SPDX-License-Identifier: GPL-3.0-or-later
// The doctor's core chain against the loopback server: everything fine, then each way the
// name, the connection, the proxy and the certificate can fail.
#include "DoctorFixtures.h"
#include "errors/ErrorMapper.h"

#include <QSslError>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace smsc;
using namespace smsc::test;

class TestDoctor final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }
    void init() { QVERIFY(m_server.reset()); }

    void everythingFine_data();
    void everythingFine();
    void nameThatDoesNotResolve();
    void closedPort();
    void proxyAskingForAPassword();
    void closedProxyPort();
    void throughAWorkingProxy();
    void certificateNotTrusted_data();
    void certificateNotTrusted();
    void noCredentials();
    void cancelEndsOnceWithTheRestSkipped();

private:
    Profile profile(const QUrl &base) { return loopbackProfile(m_server, base); }

    LoopbackServer m_server;
    QNetworkAccessManager m_network;
};

void TestDoctor::everythingFine_data()
{
    QTest::addColumn<bool>("https");
    QTest::newRow("https") << true;
    QTest::newRow("plain http to loopback") << false;
}

void TestDoctor::everythingFine()
{
    QFETCH(bool, https);
    const DoctorOutcome out = runDoctor(&m_network, profile(https ? m_server.httpsUrl() : m_server.httpUrl()), akSk());
    QCOMPARE(out.finishedSignals, 1);
    QCOMPARE(out.startedSignals, DoctorRun::checkCount());
    QCOMPARE(out.checkSignals, DoctorRun::checkCount());
    QCOMPARE(out.checks.size(), DoctorRun::checkCount());
    for (int i = 0; i < out.checks.size(); ++i) {
        const DoctorCheck &c = out.checks.at(i);
        QCOMPARE(c.id, DoctorCheck::order().at(i));
        const DoctorVerdict expected = !https && c.id == DoctorCheckId::Tls ? DoctorVerdict::Skipped : DoctorVerdict::Ok;
        QVERIFY2(c.verdict == expected, qPrintable(c.name + u": "_s + c.figure + u" / "_s + c.fix));
        if (c.verdict == DoctorVerdict::Ok)
            QVERIFY2(c.fix.isEmpty(), qPrintable(c.fix));
    }
    QVERIFY(out.check(DoctorCheckId::NameResolution).figure.contains(u"ms"_s));
    QVERIFY(out.check(DoctorCheckId::NameResolution).detail.contains(u"127.0.0.1"_s));
    QVERIFY(out.check(DoctorCheckId::Connection).figure.contains(u"none"_s));  // proxy none
    if (https) {
        const DoctorCheck tls = out.check(DoctorCheckId::Tls);
        QVERIFY2(tls.figure.contains(u"TLS 1."_s), qPrintable(tls.figure));
        QVERIFY(tls.figure.contains(u"custom CA file"_s));
        QVERIFY2(tls.detail.contains(u"SMSC Test-Only CA"_s), qPrintable(tls.detail));
        QVERIFY(tls.detail.contains(u"day"_s));
    }
    QVERIFY(out.check(DoctorCheckId::Clock).figure.startsWith(u"skew "_s));
    QVERIFY2(out.check(DoctorCheckId::Credentials).figure.contains(kTestDomainId), qPrintable(out.check(DoctorCheckId::Credentials).figure));
    QVERIFY(out.check(DoctorCheckId::Credentials).figure.contains(u"user smsc-tester"_s));
    QVERIFY(out.check(DoctorCheckId::AccountId).figure.contains(u"as configured"_s));
    QVERIFY(out.check(DoctorCheckId::Permissions).figure.contains(u"allowed"_s));
    QVERIFY(out.check(DoctorCheckId::Permissions).detail.contains(u"sms:server:queryServer"_s));
    // exactly one list request, with limit 1
    const QJsonArray lists = m_server.requests(u"/v3/sources"_s);
    QCOMPARE(lists.size(), 1);
    QCOMPARE(recordedQuery(lists.at(0).toObject()).value(u"limit"_s), u"1"_s);
    const QString text = allText(out.checks);
    QVERIFY(!text.contains(kTestSk));
    QVERIFY(!text.contains(kTestAk));
}

void TestDoctor::nameThatDoesNotResolve()
{
    Profile p = profile(m_server.httpsUrl());
    p.endpoint = u"https://sms.doctor-test.invalid"_s;
    p.iamEndpoint = p.stsEndpoint = p.endpoint;
    const DoctorOutcome out = runDoctor(&m_network, p, akSk());
    QCOMPARE(out.finishedSignals, 1);
    QCOMPARE(out.verdict(DoctorCheckId::Configuration), DoctorVerdict::Ok);
    const DoctorCheck dns = out.check(DoctorCheckId::NameResolution);
    QCOMPARE(dns.verdict, DoctorVerdict::Failed);
    QVERIFY2(dns.figure.contains(u"sms.doctor-test.invalid"_s), qPrintable(dns.figure));
    QVERIFY(!dns.fix.isEmpty());
    QCOMPARE(out.verdict(DoctorCheckId::Connection), DoctorVerdict::Failed);
    QCOMPARE(out.verdict(DoctorCheckId::Clock), DoctorVerdict::Skipped);
    QCOMPARE(out.verdict(DoctorCheckId::Credentials), DoctorVerdict::Skipped);
    QCOMPARE(m_server.requests().size(), 0);
}

void TestDoctor::closedPort()
{
    const quint16 port = ::smsc::test::closedPort();
    QVERIFY(port > 0);
    QUrl base = m_server.httpsUrl();
    base.setPort(port);
    const DoctorOutcome out = runDoctor(&m_network, profile(base), akSk());
    QCOMPARE(out.verdict(DoctorCheckId::NameResolution), DoctorVerdict::Ok);
    const DoctorCheck connection = out.check(DoctorCheckId::Connection);
    QCOMPARE(connection.verdict, DoctorVerdict::Failed);
    QVERIFY2(connection.detail.contains(u"refused"_s), qPrintable(connection.detail));
    QVERIFY(!connection.fix.isEmpty());
    QCOMPARE(out.verdict(DoctorCheckId::Tls), DoctorVerdict::Failed);  // not reached
    QCOMPARE(out.verdict(DoctorCheckId::Clock), DoctorVerdict::Skipped);
    QCOMPARE(out.verdict(DoctorCheckId::Credentials), DoctorVerdict::Skipped);
}

void TestDoctor::proxyAskingForAPassword()
{
    m_server.setConfig({{u"proxy_auth"_s, u"doctor:letmein"_s}});
    Profile p = profile(m_server.httpsUrl());
    p.transport.proxyUrl = m_server.proxyUrl().toString();
    const DoctorOutcome out = runDoctor(&m_network, p, akSk());
    const DoctorCheck connection = out.check(DoctorCheckId::Connection);
    QCOMPARE(connection.verdict, DoctorVerdict::Failed);
    QVERIFY2(connection.figure.contains(u"proxy"_s) && connection.figure.contains(u"407"_s), qPrintable(connection.figure));
    QVERIFY(connection.fix.contains(u"proxy"_s));
    QVERIFY(!m_server.proxyRequests().isEmpty());  // the proxy was asked, and answered
    QCOMPARE(signedRequests(m_server), 0);
}

void TestDoctor::closedProxyPort()
{
    Profile p = profile(m_server.httpsUrl());
    p.transport.proxyUrl = u"http://127.0.0.1:%1"_s.arg(::smsc::test::closedPort());
    const DoctorOutcome out = runDoctor(&m_network, p, akSk());
    const DoctorCheck connection = out.check(DoctorCheckId::Connection);
    QCOMPARE(connection.verdict, DoctorVerdict::Failed);
    QVERIFY2(connection.figure.contains(u"proxy refused"_s), qPrintable(connection.figure));
    QVERIFY(connection.detail.contains(u"configured: http://127.0.0.1"_s) || connection.figure.contains(u"proxy"_s));
}

void TestDoctor::throughAWorkingProxy()
{
    Profile p = profile(m_server.httpsUrl());
    p.transport.proxyUrl = m_server.proxyUrl().toString();
    const DoctorOutcome out = runDoctor(&m_network, p, akSk());
    const DoctorCheck connection = out.check(DoctorCheckId::Connection);
    QCOMPARE(connection.verdict, DoctorVerdict::Ok);
    QVERIFY2(connection.figure.contains(u"configured: http://127.0.0.1"_s), qPrintable(connection.figure));
    QVERIFY(connection.detail.contains(u"which answered"_s));
    QCOMPARE(out.verdict(DoctorCheckId::Tls), DoctorVerdict::Ok);
    QCOMPARE(out.verdict(DoctorCheckId::Permissions), DoctorVerdict::Ok);
}

void TestDoctor::certificateNotTrusted_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<int>("sslError");
    QTest::newRow("self-signed") << 0 << int(QSslError::SelfSignedCertificate);
    QTest::newRow("expired") << 1 << int(QSslError::CertificateExpired);
    QTest::newRow("wrong host") << 2 << int(QSslError::HostNameMismatch);
}

void TestDoctor::certificateNotTrusted()
{
    QFETCH(int, which);
    QFETCH(int, sslError);
    const QUrl base = which == 0 ? m_server.httpsUntrustedUrl() : which == 1 ? m_server.httpsExpiredUrl() : m_server.httpsWrongHostUrl();
    const DoctorOutcome out = runDoctor(&m_network, profile(base), akSk());
    QCOMPARE(out.verdict(DoctorCheckId::Connection), DoctorVerdict::Ok);
    const DoctorCheck tls = out.check(DoctorCheckId::Tls);
    QCOMPARE(tls.verdict, DoctorVerdict::Failed);
    const QString cause = ErrorMapper::sslProblemText(QSslError(QSslError::SslError(sslError)));
    QVERIFY2(tls.figure.contains(cause), qPrintable(tls.figure));
    QVERIFY(tls.figure.contains(u"custom CA file"_s));
    QVERIFY(!tls.fix.isEmpty());
    QVERIFY2(tls.detail.contains(u"subject "_s) && tls.detail.contains(u"expires "_s), qPrintable(tls.detail));
    if (which == 1)
        QVERIFY(tls.detail.contains(u"2020-12-31"_s));
    QCOMPARE(signedRequests(m_server), 0);  // nothing signed crosses an untrusted connection
}

void TestDoctor::noCredentials()
{
    const DoctorOutcome out = runDoctor(&m_network, profile(m_server.httpsUrl()), std::nullopt, [](DoctorRun &run) {
        run.setCredentialsProblem(u"No secrets are stored for the profile \"loopback\"."_s);
    });
    const DoctorCheck config = out.check(DoctorCheckId::Configuration);
    QCOMPARE(config.verdict, DoctorVerdict::Failed);
    QVERIFY(config.figure.contains(u"No secrets are stored"_s));
    QCOMPARE(out.verdict(DoctorCheckId::Connection), DoctorVerdict::Ok);
    for (const DoctorCheckId id : {DoctorCheckId::Credentials, DoctorCheckId::AccountId, DoctorCheckId::Permissions}) {
        QCOMPARE(out.verdict(id), DoctorVerdict::Skipped);
        QVERIFY(out.check(id).figure.contains(u"no credentials"_s));
    }
    QCOMPARE(signedRequests(m_server), 0);
}

void TestDoctor::cancelEndsOnceWithTheRestSkipped()
{
    m_server.setScenario(u"/v5/caller-identity"_s, {{u"name"_s, u"hang"_s}});  // the credentials check waits
    DoctorRun run(&m_network, profile(m_server.httpsUrl()), akSk());
    QSignalSpy finished(&run, &DoctorRun::finished);
    QSignalSpy checked(&run, &DoctorRun::checkFinished);
    connect(&run, &DoctorRun::checkStarted, &run, [&run](int index) {
        if (DoctorCheck::order().at(index) == DoctorCheckId::Credentials)
            QTimer::singleShot(200, &run, &DoctorRun::cancel);
    });
    run.start();
    QVERIFY(finished.wait(30'000));
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1);
    const auto checks = finished.at(0).at(0).value<QList<DoctorCheck>>();
    QCOMPARE(checks.size(), DoctorRun::checkCount());
    QCOMPARE(checked.size(), 5);  // configuration, names, connection, TLS, clock
    QVERIFY(checks.at(5).figure.contains(u"cancelled"_s));
    for (int i = 5; i < checks.size(); ++i)
        QCOMPARE(checks.at(i).verdict, DoctorVerdict::Skipped);
    QVERIFY(!run.isRunning());
}

QTEST_GUILESS_MAIN(TestDoctor)
#include "tst_doctor.moc"
