// SPDX-License-Identifier: GPL-3.0-or-later
// The doctor's clock and signed checks against the loopback server: a clock 10 and 20 minutes
// off, a rejected key sent exactly once, a 403 on the list call decoded, a mismatched account id.
#include "DoctorFixtures.h"
#include "doctor/DoctorPolicy.h"
#include "doctor/DoctorReport.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace smsc;
using namespace smsc::test;

class TestDoctorSigned final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }
    void init() { QVERIFY(m_server.reset()); }

    void clockOff_data();
    void clockOff();
    void clockOffsetCorrectsTheSkew();
    void rejectedKeyIsSentExactlyOnce();
    void listDeniedIsDecoded();
    void mismatchedAccountId();
    void resolvedAccountIdWhenNoneConfigured();
    void noStsEndpointSkipsWithWhatToDo();
    void noSecretInAnyText();

private:
    Profile profile() { return loopbackProfile(m_server, m_server.httpsUrl()); }

    LoopbackServer m_server;
    QNetworkAccessManager m_network;
};

void TestDoctorSigned::clockOff_data()
{
    QTest::addColumn<int>("serverAheadSeconds");
    QTest::addColumn<DoctorVerdict>("clock");
    QTest::addColumn<DoctorVerdict>("credentials");
    QTest::newRow("10 minutes: warning, signed checks run") << 600 << DoctorVerdict::Warning << DoctorVerdict::Ok;
    QTest::newRow("20 minutes: failed, nothing signed") << 1200 << DoctorVerdict::Failed << DoctorVerdict::Skipped;
    QTest::newRow("20 minutes behind") << -1200 << DoctorVerdict::Failed << DoctorVerdict::Skipped;
}

void TestDoctorSigned::clockOff()
{
    QFETCH(int, serverAheadSeconds);
    QFETCH(DoctorVerdict, clock);
    QFETCH(DoctorVerdict, credentials);
    m_server.setConfig({{u"date_offset_seconds"_s, serverAheadSeconds}});
    const DoctorOutcome out = runDoctor(&m_network, profile(), akSk());
    const DoctorCheck check = out.check(DoctorCheckId::Clock);
    QCOMPARE(check.verdict, clock);
    // local minus server: a server ahead means a negative skew; the Date header counts whole seconds
    const QRegularExpressionMatch skew = QRegularExpression(u"^skew ([+-]?\\d+) s$"_s).match(check.figure);
    QVERIFY2(skew.hasMatch(), qPrintable(check.figure));
    QVERIFY2(std::abs(skew.captured(1).toInt() + serverAheadSeconds) <= 2, qPrintable(check.figure));
    const QRegularExpressionMatch fix = QRegularExpression(u"--clock-offset (-?\\d+) "_s).match(check.fix);
    QVERIFY2(fix.hasMatch() && std::abs(fix.captured(1).toInt() - serverAheadSeconds) <= 2, qPrintable(check.fix));
    QVERIFY(check.fix.contains(u"clock"_s));
    QCOMPARE(out.verdict(DoctorCheckId::Credentials), credentials);
    if (credentials == DoctorVerdict::Skipped) {
        QVERIFY(out.check(DoctorCheckId::Permissions).figure.contains(u"15 minutes"_s));
        QCOMPARE(signedRequests(m_server), 0);
    } else {
        QCOMPARE(out.verdict(DoctorCheckId::Permissions), DoctorVerdict::Ok);
    }
}

void TestDoctorSigned::clockOffsetCorrectsTheSkew()
{
    m_server.setConfig({{u"date_offset_seconds"_s, 1200}});
    const DoctorOutcome out = runDoctor(&m_network, profile(), akSk(), [](DoctorRun &run) {
        run.setClockOffset(ClockOffset(1200));
    });
    QCOMPARE(out.verdict(DoctorCheckId::Clock), DoctorVerdict::Ok);
    QVERIFY2(out.check(DoctorCheckId::Clock).figure.contains(u"with the clock offset +1200 s"_s),
             qPrintable(out.check(DoctorCheckId::Clock).figure));
    QCOMPARE(out.verdict(DoctorCheckId::Credentials), DoctorVerdict::Ok);
    QCOMPARE(out.verdict(DoctorCheckId::Permissions), DoctorVerdict::Ok);
}

void TestDoctorSigned::rejectedKeyIsSentExactlyOnce()
{
    Credentials wrong = akSk();
    wrong.accessKey = u"SMSCTESTAK0000000009"_s;  // well-formed, but not a key the gateway knows
    const DoctorOutcome out = runDoctor(&m_network, profile(), wrong);
    const DoctorCheck credentials = out.check(DoctorCheckId::Credentials);
    QCOMPARE(credentials.verdict, DoctorVerdict::Failed);
    QVERIFY2(credentials.figure.contains(u"key rejected"_s), qPrintable(credentials.figure));
    QVERIFY(credentials.fix.contains(u"5 failed attempts"_s));
    for (const DoctorCheckId id : {DoctorCheckId::AccountId, DoctorCheckId::Permissions}) {
        QCOMPARE(out.verdict(id), DoctorVerdict::Skipped);
        QVERIFY(out.check(id).figure.contains(u"rejected"_s));
    }
    QCOMPARE(signedRequests(m_server), 1);
    QCOMPARE(m_server.requests(u"/v5/caller-identity"_s).size(), 1);
}

void TestDoctorSigned::listDeniedIsDecoded()
{
    m_server.setScenario(u"/v3/sources"_s, {{u"name"_s, u"forbidden_0204"_s}});
    const DoctorOutcome out = runDoctor(&m_network, profile(), akSk());
    const DoctorCheck permissions = out.check(DoctorCheckId::Permissions);
    QCOMPARE(permissions.verdict, DoctorVerdict::Failed);
    QVERIFY2(permissions.figure.contains(u"denied"_s), qPrintable(permissions.figure));
    QVERIFY2(permissions.detail.contains(u"decoded by STS"_s), qPrintable(permissions.detail));
    QVERIFY(permissions.detail.contains(u"sms-export-deny"_s));  // the matching policy, from the decoded message
    QVERIFY(permissions.fix.contains(u"sms:server:list"_s));
    QCOMPARE(m_server.requests(u"/v5/decode-authorization-message"_s).size(), 1);
    // the statement and the policy to paste end the detail
    QVERIFY(permissions.detail.endsWith(QString::fromUtf8(DoctorPolicy::customPolicyJson()).trimmed()));
    QVERIFY(permissions.detail.contains(DoctorPolicy::statement()));
}

void TestDoctorSigned::mismatchedAccountId()
{
    Profile p = profile();
    p.domainId = u"ffffffffffffffffffffffffffffffff"_s;
    const DoctorOutcome out = runDoctor(&m_network, p, akSk());
    QCOMPARE(out.verdict(DoctorCheckId::Credentials), DoctorVerdict::Ok);
    const DoctorCheck account = out.check(DoctorCheckId::AccountId);
    QCOMPARE(account.verdict, DoctorVerdict::Failed);
    QVERIFY2(account.figure.contains(u"ffffffffffffffffffffffffffffffff"_s) && account.figure.contains(kTestDomainId),
             qPrintable(account.figure));
    QVERIFY(account.fix.contains(kTestDomainId));
}

void TestDoctorSigned::resolvedAccountIdWhenNoneConfigured()
{
    Profile p = profile();
    p.domainId.clear();
    const DoctorOutcome out = runDoctor(&m_network, p, akSk());
    const DoctorCheck account = out.check(DoctorCheckId::AccountId);
    QCOMPARE(account.verdict, DoctorVerdict::Ok);
    QVERIFY2(account.figure.contains(kTestDomainId) && account.figure.contains(u"IAM"_s), qPrintable(account.figure));
    QCOMPARE(out.verdict(DoctorCheckId::Permissions), DoctorVerdict::Ok);  // sent with the resolved id
}

void TestDoctorSigned::noStsEndpointSkipsWithWhatToDo()
{
    Profile p = profile();
    p.stsEndpoint.clear();
    p.region.clear();
    const DoctorOutcome out = runDoctor(&m_network, p, akSk());
    const DoctorCheck credentials = out.check(DoctorCheckId::Credentials);
    QCOMPARE(credentials.verdict, DoctorVerdict::Skipped);
    QVERIFY(credentials.figure.contains(u"STS"_s));
    QVERIFY(!credentials.fix.isEmpty());
    QCOMPARE(out.verdict(DoctorCheckId::AccountId), DoctorVerdict::Ok);
    QCOMPARE(out.verdict(DoctorCheckId::Permissions), DoctorVerdict::Ok);
}

void TestDoctorSigned::noSecretInAnyText()
{
    m_server.setScenario(u"/v3/sources"_s, {{u"name"_s, u"forbidden_0204"_s}});
    const DoctorOutcome out = runDoctor(&m_network, profile(), temporaryAkSk());
    QCOMPARE(out.checks.size(), DoctorRun::checkCount());
    const QString text = allText(out.checks) + DoctorReport::toText(out.checks, DoctorReport::Marks::Unicode, DoctorReport::Detail::With)
                       + QString::fromUtf8(QJsonDocument(DoctorReport::toJson(out.checks)).toJson());
    for (const QString &secret : {kTestAk, kTestSk, kTestSecurityToken, kTestIamToken})
        QVERIFY(!text.contains(secret));
}

QTEST_GUILESS_MAIN(TestDoctorSigned)
#include "tst_doctorsigned.moc"
