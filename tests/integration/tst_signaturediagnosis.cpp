// SPDX-License-Identifier: GPL-3.0-or-later
// CanonicalRequestDiff on real gateway_echo answers of the loopback server, one per tamper mode.
#include "account/AccountLister.h"
#include "AccountFixtures.h"
#include "export/ExportRequestBuilder.h"
#include "http/ApiCall.h"
#include "http/ExchangeRecord.h"
#include "profile/endpoints/EndpointCatalogue.h"
#include "signing/CanonicalRequestDiff.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace smsc;
using namespace smsc::test;

Q_DECLARE_METATYPE(smsc::SignatureMismatchCause)

namespace {

int lineStartingWith(const QString &canonical, const QString &prefix)
{
    const QStringList lines = canonical.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(prefix))
            return i;
    }
    return -2;
}

} // namespace

class TestSignatureDiagnosis final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }
    void init() { QVERIFY(m_server.reset()); }

    void listCallPointsAtTheTamperedLine_data();
    void listCallPointsAtTheTamperedLine();
    void exportCallPointsAtTheTamperedLine_data();
    void exportCallPointsAtTheTamperedLine();
    void rightSignatureIsAcceptedUnderEcho();
    void wrongSecretKeyGivesIdenticalCanonicalRequests();

private:
    struct Echo
    {
        QString gateway;
        QString ours;
        QString stringToSign;
        ApiError error;
    };
    Echo listWithEcho(const QJsonObject &scenario, const Credentials &credentials);
    Echo exportWithEcho(const QJsonObject &scenario);

    LoopbackServer m_server;
    QNetworkAccessManager m_network;
};

TestSignatureDiagnosis::Echo TestSignatureDiagnosis::listWithEcho(const QJsonObject &scenario,
                                                                  const Credentials &credentials)
{
    if (!m_server.setScenario(u"/v3/sources"_s, scenario))
        return {};
    AccountLister lister(&m_network, loopbackProfile(m_server, m_server.httpsUrl()), credentials, kTestDomainId);
    QSignalSpy finished(&lister, &AccountLister::finished);
    lister.listServers({u"web server"_s, {}, {}, true});
    if (!finished.wait(30'000))
        return {};
    const auto result = finished.takeFirst().at(0).value<AccountListResult>();
    return {result.error.gatewayCanonicalRequest, QString::fromUtf8(result.lastExchange.request.canonicalRequest),
            QString::fromUtf8(result.lastExchange.request.stringToSign), result.error};
}

TestSignatureDiagnosis::Echo TestSignatureDiagnosis::exportWithEcho(const QJsonObject &scenario)
{
    if (!m_server.setScenario(smsc::test::kExportPath, scenario))
        return {};
    const Profile profile = loopbackProfile(m_server, m_server.httpUrl());
    const Credentials credentials = akSk();
    PreparedRequest sent;
    ApiCall call(&m_network, [&] {
        sent = ExportRequestBuilder::buildExport({TaskRow{u"t1"_s, u"s 1"_s, u"名前"_s}}, profile, kTestDomainId,
                                                 EndpointCatalogue::resolve(profile), credentials,
                                                 QDateTime::currentDateTimeUtc());
        return sent.request;
    }, profile.transport);
    QSignalSpy finished(&call, &ApiCall::finished);
    call.start();
    if (!finished.wait(30'000))
        return {};
    const ApiError error = finished.takeFirst().at(0).value<ApiResult>().error;
    return {error.gatewayCanonicalRequest, QString::fromUtf8(sent.signature.canonicalRequest),
            QString::fromUtf8(sent.signature.stringToSign), error};
}

void TestSignatureDiagnosis::listCallPointsAtTheTamperedLine_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<QString>("header");
    QTest::addColumn<SignatureMismatchCause>("cause");
    QTest::addColumn<QString>("linePrefix");   // empty: use the fixed index below
    QTest::addColumn<int>("lineIndex");
    QTest::newRow("path_slash") << u"path_slash"_s << QString() << SignatureMismatchCause::PathSlash << QString() << 1;
    QTest::newRow("query_encoding") << u"query_encoding"_s << QString() << SignatureMismatchCause::QueryEncoding
                                    << QString() << 2;
    QTest::newRow("header_value content-type") << u"header_value"_s << u"content-type"_s
                                               << SignatureMismatchCause::HeaderValue << u"content-type:"_s << 0;
    QTest::newRow("header_value x-domain-id") << u"header_value"_s << u"x-domain-id"_s
                                              << SignatureMismatchCause::HeaderValue << u"x-domain-id:"_s << 0;
    QTest::newRow("header_case content-type") << u"header_case"_s << u"content-type"_s
                                              << SignatureMismatchCause::HeaderNameCase << u"content-type:"_s << 0;
    QTest::newRow("body_hash") << u"body_hash"_s << QString() << SignatureMismatchCause::BodyHash << QString() << -1;
}

void TestSignatureDiagnosis::listCallPointsAtTheTamperedLine()
{
    QFETCH(QString, tamper);
    QFETCH(QString, header);
    QFETCH(SignatureMismatchCause, cause);
    QFETCH(QString, linePrefix);
    QFETCH(int, lineIndex);
    QJsonObject scenario{{u"name"_s, u"gateway_echo"_s}, {u"tamper"_s, tamper}};
    if (!header.isEmpty())
        scenario.insert(u"header"_s, header);
    const Echo echo = listWithEcho(scenario, akSk());
    QCOMPARE(echo.error.errorCode, u"APIGW.0303"_s);
    QVERIFY(!echo.gateway.isEmpty());
    QVERIFY(!echo.ours.isEmpty());

    const CanonicalComparison comparison = CanonicalRequestDiff::compare(echo.gateway, echo.ours, echo.stringToSign);
    const int expected = !linePrefix.isEmpty() ? lineStartingWith(echo.ours, linePrefix)
        : lineIndex < 0                         ? int(echo.ours.split(u'\n').size()) - 1
                                                : lineIndex;
    QCOMPARE(comparison.firstDifference, expected);
    QCOMPARE(comparison.cause, cause);
    int differing = 0;
    for (const CanonicalLine &line : comparison.lines)
        differing += line.differs ? 1 : 0;
    QCOMPARE(differing, 1);
    if (!header.isEmpty())
        QCOMPARE(comparison.headerName, header);
    const QString text = CanonicalRequestDiff::toText(comparison);
    QVERIFY2(text.contains(u"line %1"_s.arg(expected + 1)), qPrintable(text));
}

void TestSignatureDiagnosis::exportCallPointsAtTheTamperedLine_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<SignatureMismatchCause>("cause");
    QTest::addColumn<int>("lineIndex");
    QTest::newRow("path_slash on the export path") << u"path_slash"_s << SignatureMismatchCause::PathSlash << 1;
    QTest::newRow("body_hash of a POST body") << u"body_hash"_s << SignatureMismatchCause::BodyHash << -1;
}

void TestSignatureDiagnosis::exportCallPointsAtTheTamperedLine()
{
    QFETCH(QString, tamper);
    QFETCH(SignatureMismatchCause, cause);
    QFETCH(int, lineIndex);
    const Echo echo = exportWithEcho({{u"name"_s, u"gateway_echo"_s}, {u"tamper"_s, tamper}});
    QCOMPARE(echo.error.kind, ErrorKind::Authentication);
    const CanonicalComparison comparison = CanonicalRequestDiff::compare(echo.gateway, echo.ours, echo.stringToSign);
    QCOMPARE(comparison.firstDifference, lineIndex < 0 ? int(echo.ours.split(u'\n').size()) - 1 : lineIndex);
    QCOMPARE(comparison.cause, cause);
}

void TestSignatureDiagnosis::rightSignatureIsAcceptedUnderEcho()
{
    QVERIFY(m_server.setScenario(u"/v3/sources"_s, {{u"name"_s, u"gateway_echo"_s}}));
    AccountLister lister(&m_network, loopbackProfile(m_server, m_server.httpUrl()), akSk(), kTestDomainId);
    QSignalSpy finished(&lister, &AccountLister::finished);
    lister.listServers({u"数据库"_s, {}, {}, false});
    QVERIFY(finished.wait(30'000));
    const auto result = finished.takeFirst().at(0).value<AccountListResult>();
    QVERIFY2(result.ok(), qPrintable(result.error.errorMsg));
    QCOMPARE(result.servers.size(), 45);
}

void TestSignatureDiagnosis::wrongSecretKeyGivesIdenticalCanonicalRequests()
{
    Credentials wrong = akSk();
    wrong.secretKey = u"not-the-secret-key-of-this-access-key"_s;
    const Echo echo = listWithEcho({{u"name"_s, u"gateway_echo"_s}}, wrong);
    QCOMPARE(echo.error.errorCode, u"APIGW.0303"_s);
    const CanonicalComparison comparison = CanonicalRequestDiff::compare(echo.gateway, echo.ours, echo.stringToSign);
    QVERIFY(comparison.identical());
    QCOMPARE(comparison.cause, SignatureMismatchCause::None);
    QVERIFY(comparison.causeText.contains(u"secret key"_s));
}

QTEST_GUILESS_MAIN(TestSignatureDiagnosis)
#include "tst_signaturediagnosis.moc"
