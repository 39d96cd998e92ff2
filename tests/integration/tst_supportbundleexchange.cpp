// SPDX-License-Identifier: GPL-3.0-or-later
// SupportBundle from real failed exchanges with the loopback server: the request id is
// there, no fake secret is, even when the gateway echoed a signed security token.
#include "account/AccountLister.h"
#include "AccountFixtures.h"
#include "diagnostics/SupportBundle.h"
#include "export/ExportRequestBuilder.h"
#include "http/ApiCall.h"
#include "profile/endpoints/EndpointCatalogue.h"
#include "redaction/RequestRedactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace smsc;
using namespace smsc::test;

class TestSupportBundleExchange final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_secrets = fakeSecrets();
        QCOMPARE(m_secrets.size(), 3);
    }
    void init() { QVERIFY(m_server.reset()); }

    void gatewayEchoOfASignedTokenIsRedacted();
    void tokenExportDenialIsRedacted();

private:
    void verifyBundle(const QByteArray &bundle, const QString &requestId);

    LoopbackServer m_server;
    QNetworkAccessManager m_network;
    QStringList m_secrets;
};

void TestSupportBundleExchange::verifyBundle(const QByteArray &bundle, const QString &requestId)
{
    QVERIFY(!requestId.isEmpty());
    QVERIFY2(bundle.contains(requestId.toUtf8()), "the request id is missing");
    for (const QString &secret : std::as_const(m_secrets))
        QVERIFY2(!bundle.contains(secret.toUtf8()), "a fake secret reached the support bundle");
    QVERIFY(!bundle.contains(kTestAk.toUtf8()));
    QTemporaryDir dir;
    const QString path = dir.filePath(SupportBundle::defaultFileName());
    QCOMPARE(SupportBundle::save(path, bundle).error(), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(root.value(u"request_ids"_s).toArray().contains(requestId));
    QVERIFY(!root.value(u"os"_s).toString().isEmpty());
    QCOMPARE(root.value(u"response"_s).toObject().value(u"headers"_s).toArray().isEmpty(), false);
}

void TestSupportBundleExchange::gatewayEchoOfASignedTokenIsRedacted()
{
    QVERIFY(m_server.setScenario(u"/v3/sources"_s, {{u"name"_s, u"gateway_echo"_s}, {u"tamper"_s, u"header_value"_s},
                                                     {u"header"_s, u"x-domain-id"_s}}));
    const Credentials credentials = temporaryAkSk();
    AccountLister lister(&m_network, loopbackProfile(m_server, m_server.httpsUrl()), credentials, kTestDomainId);
    QSignalSpy finished(&lister, &AccountLister::finished);
    lister.listServers({u"web server"_s, {}, {}, false});
    QVERIFY(finished.wait(30'000));
    const auto result = finished.takeFirst().at(0).value<AccountListResult>();
    QCOMPARE(result.error.errorCode, u"APIGW.0303"_s);
    // The raw answer really does carry the token (so the redaction is what keeps it out).
    QVERIFY(result.lastExchange.responseBody.contains(kTestSecurityToken.toUtf8()));

    const QString serverRequestId = m_server.requests(u"/v3/sources"_s).first().toObject()
                                        .value(u"request_id"_s).toString();
    QCOMPARE(result.lastExchange.requestId, serverRequestId);
    SupportContext context;
    context.profileName = u"loopback"_s;
    context.authMode = credentials.mode;
    const QByteArray bundle = SupportBundle::build(result.lastExchange, context, credentials);
    verifyBundle(bundle, serverRequestId);
    QVERIFY(bundle.contains("verify signature fail"));
    QVERIFY(bundle.contains(kRedacted));
}

void TestSupportBundleExchange::tokenExportDenialIsRedacted()
{
    QVERIFY(m_server.setScenario(smsc::test::kExportPath, {{u"name"_s, u"forbidden_0204"_s}}));
    const Profile profile = loopbackProfile(m_server, m_server.httpUrl());
    Credentials credentials;
    credentials.mode = AuthMode::IamToken;
    credentials.iamToken = kTestIamToken;
    RequestRecord record;
    ApiCall call(&m_network, [&] {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const PreparedRequest prepared = ExportRequestBuilder::buildExport(
            {TaskRow{u"t1"_s, u"s1"_s, u"n1"_s}}, profile, kTestDomainId, EndpointCatalogue::resolve(profile),
            credentials, now);
        record = RequestRedactor::record(prepared.request, prepared.signature.canonicalRequest,
                                         prepared.signature.stringToSign, now);
        return prepared.request;
    }, profile.transport);
    QSignalSpy finished(&call, &ApiCall::finished);
    call.start();
    QVERIFY(finished.wait(30'000));
    const ApiResult result = finished.takeFirst().at(0).value<ApiResult>();
    QCOMPARE(result.error.kind, ErrorKind::Permission);
    const ExchangeRecord exchange = ExchangeRecord::of(record, result, QUrl(profile.endpoint), QDateTime::currentDateTimeUtc());
    SupportContext context;
    context.authMode = credentials.mode;
    const QByteArray bundle = SupportBundle::build(exchange, context, credentials);
    verifyBundle(bundle, m_server.requests(smsc::test::kExportPath).first().toObject().value(u"request_id"_s).toString());
    QVERIFY(bundle.contains("SMS.0204"));
    QVERIFY(bundle.contains(result.error.encodedAuthorizationMessage.left(40).toUtf8()));
}

QTEST_GUILESS_MAIN(TestSupportBundleExchange)
#include "tst_supportbundleexchange.moc"
