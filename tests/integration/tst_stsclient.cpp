// SPDX-License-Identifier: GPL-3.0-or-later
// StsClient against the loopback server: decode allow/deny, STS refusing, caller identity.
#include "account/StsClient.h"
#include "account/WhoAmIReport.h"
#include "AccountFixtures.h"
#include "clock/ClockSkew.h"
#include "export/ExportRequestBuilder.h"
#include "http/ApiCall.h"
#include "profile/endpoints/EndpointCatalogue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace smsc;
using namespace smsc::test;

class TestStsClient final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }
    void init() { QVERIFY(m_server.reset()); }

    void decodesAllowAndDeny_data();
    void decodesAllowAndDeny();
    void decodesTheMessageOfARealExportDenial();
    void stsRefusingToDecodeNamesThePermission();
    void overlongMessageFailsLocallyWithoutARequest();
    void callerIdentity_data();
    void callerIdentity();
    void callerIdentityRefused();

private:
    DecodeResult decode(const Profile &profile, const Credentials &credentials, const QString &message);
    CallerIdentityResult whoAmI(const Profile &profile, const Credentials &credentials);
    Profile profile(bool https) { return loopbackProfile(m_server, https ? m_server.httpsUrl() : m_server.httpUrl()); }

    LoopbackServer m_server;
    QNetworkAccessManager m_network;
};

DecodeResult TestStsClient::decode(const Profile &profile, const Credentials &credentials, const QString &message)
{
    StsClient client(&m_network, profile, credentials);
    QSignalSpy finished(&client, &StsClient::decodeFinished);
    client.decode(message);
    if (!finished.wait(30'000))
        return {};
    return finished.takeFirst().at(0).value<DecodeResult>();
}

CallerIdentityResult TestStsClient::whoAmI(const Profile &profile, const Credentials &credentials)
{
    StsClient client(&m_network, profile, credentials);
    QSignalSpy finished(&client, &StsClient::callerIdentityFinished);
    client.callerIdentity();
    if (!finished.wait(30'000))
        return {};
    return finished.takeFirst().at(0).value<CallerIdentityResult>();
}

void TestStsClient::decodesAllowAndDeny_data()
{
    QTest::addColumn<bool>("https");
    QTest::addColumn<bool>("allow");
    QTest::newRow("deny over http") << false << false;
    QTest::newRow("allow over http") << false << true;
    QTest::newRow("deny over https") << true << false;
    QTest::newRow("allow over https, temporary key") << true << true;
}

void TestStsClient::decodesAllowAndDeny()
{
    QFETCH(bool, https);
    QFETCH(bool, allow);
    const QString message = m_server.encodedMessage(allow);
    const DecodeResult result = decode(profile(https), https && allow ? temporaryAkSk() : akSk(), message);
    QVERIFY2(result.ok(), qPrintable(result.error.headline + u' ' + result.error.errorMsg));
    const AuthorizationDecision &d = result.decision;
    QCOMPARE(d.verdict, allow ? AuthorizationDecision::Verdict::Allow : AuthorizationDecision::Verdict::Deny);
    QCOMPARE(d.explicitDeny, !allow);
    QCOMPARE(d.action, u"sms:server:getBatchConsistencyResults"_s);
    QCOMPARE(d.resource, u"sms:*:%1:server:*"_s.arg(kTestDomainId));
    QCOMPARE(d.statements.size(), 1);
    QCOMPARE(d.statements.first().statementId, allow ? u"AllowSmsExport"_s : u"DenySmsExport"_s);
    QVERIFY(d.rawJson.startsWith(u'{'));
    QVERIFY(d.problem.isEmpty());

    const QJsonArray requests = m_server.requests(u"/v5/decode-authorization-message"_s);
    QCOMPARE(requests.size(), 1);
    const QJsonObject record = requests.first().toObject();
    QCOMPARE(record.value(u"method"_s).toString(), u"POST"_s);
    QCOMPARE(record.value(u"signature_ok"_s).toBool(), true);
    QCOMPARE(result.exchange.requestId, record.value(u"request_id"_s).toString());
}

void TestStsClient::decodesTheMessageOfARealExportDenial()
{
    QVERIFY(m_server.setScenario(smsc::test::kExportPath, {{u"name"_s, u"forbidden_0204"_s}}));
    const Profile p = profile(true);
    const Credentials credentials = akSk();
    ApiCall call(&m_network, [&] {
        return ExportRequestBuilder::buildExport({TaskRow{u"t1"_s, u"s1"_s, u"n1"_s}}, p, kTestDomainId,
                                                 EndpointCatalogue::resolve(p), credentials,
                                                 QDateTime::currentDateTimeUtc()).request;
    }, p.transport);
    QSignalSpy finished(&call, &ApiCall::finished);
    call.start();
    QVERIFY(finished.wait(30'000));
    const ApiError denial = finished.takeFirst().at(0).value<ApiResult>().error;
    QCOMPARE(denial.kind, ErrorKind::Permission);
    QCOMPARE(denial.encodedAuthorizationMessage.size(), 2048);

    const DecodeResult result = decode(p, credentials, denial.encodedAuthorizationMessage);
    QVERIFY2(result.ok(), qPrintable(result.error.headline));
    QCOMPARE(result.decision.verdict, AuthorizationDecision::Verdict::Deny);
    const QString text = StsParser::decisionText(result.decision);
    QVERIFY2(text.contains(u"DenySmsExport"_s) && text.contains(u"sms-export-deny"_s), qPrintable(text));
}

void TestStsClient::stsRefusingToDecodeNamesThePermission()
{
    QVERIFY(m_server.setScenario(u"/v5/decode-authorization-message"_s, {{u"name"_s, u"denied"_s}}));
    const DecodeResult result = decode(profile(false), akSk(), m_server.encodedMessage(false));
    QCOMPARE(result.error.kind, ErrorKind::Permission);
    QCOMPARE(result.error.httpStatus, 403);
    QVERIFY2(result.error.hint.contains(u"decode-authorization-message"_s), qPrintable(result.error.hint));
    // The refusal names its action; the hint repeats it rather than guessing one.
    QVERIFY2(result.error.hint.contains(u"sts::decodeAuthorizationMessage"_s), qPrintable(result.error.hint));
    QCOMPARE(result.decision.verdict, AuthorizationDecision::Verdict::Unknown);
    QCOMPARE(m_server.requests(u"/v5/decode-authorization-message"_s).size(), 1);
}

void TestStsClient::overlongMessageFailsLocallyWithoutARequest()
{
    const DecodeResult result = decode(profile(false), akSk(), QString(10241, u'A'));
    QCOMPARE(result.error.kind, ErrorKind::InvalidInput);
    QVERIFY2(result.error.headline.contains(u"10241"_s), qPrintable(result.error.headline));
    const DecodeResult empty = decode(profile(false), akSk(), u"  "_s);
    QCOMPARE(empty.error.kind, ErrorKind::InvalidInput);
    QVERIFY(m_server.requests(u"/v5/decode-authorization-message"_s).isEmpty());
}

void TestStsClient::callerIdentity_data()
{
    QTest::addColumn<bool>("https");
    QTest::newRow("http") << false;
    QTest::newRow("https") << true;
}

void TestStsClient::callerIdentity()
{
    QFETCH(bool, https);
    Profile p = profile(https);
    p.domainId.clear();
    const CallerIdentityResult result = whoAmI(p, akSk());
    QVERIFY2(result.ok(), qPrintable(result.error.headline));
    QCOMPARE(result.identity.accountId, kTestDomainId);
    QCOMPARE(result.identity.principalUrn, u"iam::%1:user:smsc-tester"_s.arg(kTestDomainId));
    QVERIFY(!result.identity.principalId.isEmpty());
    QCOMPARE(result.endpoint, (https ? m_server.httpsUrl() : m_server.httpUrl()).toString());
    QVERIFY(result.clockSkewSeconds.has_value());
    QVERIFY(!ClockSkew::shouldWarn(result.clockSkewSeconds));  // same machine, same clock
    QVERIFY(result.serverDate.isValid());
    QCOMPARE(m_server.requests(u"/v5/caller-identity"_s).first().toObject().value(u"signature_ok"_s).toBool(), true);

    const WhoAmIReport report = WhoAmIReport::from(result, p, QString());
    QCOMPARE(report.principalKind, PrincipalKind::User);
    QCOMPARE(report.principalName, u"smsc-tester"_s);
    QCOMPARE(report.scopeHeaderValue, kTestDomainId);
    const QString text = report.toText();
    QVERIFY2(text.contains(u"IAM user: smsc-tester"_s), qPrintable(text));
    QVERIFY(text.contains(result.endpoint));
}

void TestStsClient::callerIdentityRefused()
{
    QVERIFY(m_server.setScenario(u"/v5/caller-identity"_s, {{u"name"_s, u"denied"_s}}));
    const CallerIdentityResult result = whoAmI(profile(true), akSk());
    QCOMPARE(result.error.kind, ErrorKind::Permission);
    QVERIFY2(result.error.hint.contains(u"caller-identity"_s), qPrintable(result.error.hint));
    QCOMPARE(m_server.requests(u"/v5/caller-identity"_s).size(), 1);
}

QTEST_GUILESS_MAIN(TestStsClient)
#include "tst_stsclient.moc"
