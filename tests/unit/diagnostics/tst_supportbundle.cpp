// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics/SupportBundle.h"

#include "../../support/TestData.h"
#include "redaction/RequestRedactor.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using smsc::SupportBundle;

namespace {

} // namespace

class TestSupportBundle final : public QObject
{
    Q_OBJECT
private slots:
    void redactsEverySecretEverywhere()
    {
        const QStringList secrets = smsc::test::fakeSecrets();
        QCOMPARE(secrets.size(), 3);
        const QString sk = secrets.at(0), token = secrets.at(1), iam = secrets.at(2);
        smsc::Credentials credentials;
        credentials.mode = smsc::AuthMode::TemporaryAkSk;
        credentials.accessKey = u"SMSCTESTAK0000000001"_s;
        credentials.secretKey = sk;
        credentials.securityToken = token;
        credentials.iamToken = iam;

        smsc::ExchangeRecord exchange;
        exchange.request.method = "POST";
        exchange.request.url = u"https://127.0.0.1:8443/v3/tasks/consistency-results/export?t=%1"_s.arg(iam);
        exchange.request.headers = {
            {"Authorization", "SDK-HMAC-SHA256 Access=SMSCTESTAK0000000001, SignedHeaders=host;x-security-token, "
                              "Signature=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"},
            {"X-Security-Token", token.toUtf8()},
            {"X-Auth-Token", iam.toUtf8()},
            {"X-Note", "sk=" + sk.toUtf8()}};
        exchange.request.body = "{\"task_info\":[]} " + sk.toUtf8();
        exchange.request.canonicalRequest = "POST\n/v3/\n\nx-security-token:" + token.toUtf8() + "\n";
        exchange.httpStatus = 401;
        exchange.responseHeaders = {{"X-Request-Id", "5d1f0c9a8b7e6d5c4b3a29180f7e6d5c"}, {"X-Echo", token.toUtf8()}};
        exchange.responseBody = "{\"error_msg\":\"canonicalRequest:POST|x-security-token:" + token.toUtf8() + "|\"}";
        exchange.requestId = u"5d1f0c9a8b7e6d5c4b3a29180f7e6d5c"_s;
        exchange.endpoint = u"https://127.0.0.1:8443"_s;
        exchange.clockSkewSeconds = -1200;
        exchange.error.kind = smsc::ErrorKind::Authentication;
        exchange.error.httpStatus = 401;
        exchange.error.errorCode = u"APIGW.0303"_s;
        exchange.error.errorMsg = u"verify signature fail %1"_s.arg(sk);
        exchange.error.gatewayCanonicalRequest = u"POST\nx-security-token:%1"_s.arg(token);
        exchange.error.errorParam = {iam};

        smsc::SupportContext context;
        context.profileName = u"prod"_s;
        context.authMode = credentials.mode;
        context.requestIds = {u"earlier-attempt-id"_s};
        context.appVersion = u"9.9.9"_s;
        const QByteArray bundle = SupportBundle::build(exchange, context, credentials);

        for (const QString &secret : secrets)
            QVERIFY2(!bundle.contains(secret.toUtf8()), "a fake secret reached the bundle");
        QVERIFY(!bundle.contains("0123456789abcdef0123456789abcdef0123456789abcdef"));
        QVERIFY(!bundle.contains("SMSCTESTAK0000000001"));

        const QJsonObject root = QJsonDocument::fromJson(bundle).object();
        QVERIFY(!root.isEmpty());
        QCOMPARE(root.value(u"app_version"_s).toString(), u"9.9.9"_s);
        QVERIFY(!root.value(u"os"_s).toString().isEmpty());
        QCOMPARE(root.value(u"endpoint"_s).toString(), u"https://127.0.0.1:8443"_s);
        QCOMPARE(root.value(u"clock"_s).toObject().value(u"skew_seconds"_s).toInt(), -1200);
        QCOMPARE(root.value(u"request_ids"_s).toArray(),
                 (QJsonArray{u"5d1f0c9a8b7e6d5c4b3a29180f7e6d5c"_s, u"earlier-attempt-id"_s}));
        QCOMPARE(root.value(u"error"_s).toObject().value(u"error_code"_s).toString(), u"APIGW.0303"_s);
        QCOMPARE(root.value(u"response"_s).toObject().value(u"http_status"_s).toInt(), 401);
        QCOMPARE(root.value(u"request"_s).toObject().value(u"method"_s).toString(), u"POST"_s);
        const QJsonArray headers = root.value(u"request"_s).toObject().value(u"headers"_s).toArray();
        QCOMPARE(headers.size(), 4);
        QVERIFY(headers.at(0).toArray().at(1).toString().contains(u"Signature="_s + QLatin1String(smsc::kRedacted)));
        QCOMPARE(headers.at(1).toArray().at(1).toString(), QLatin1String(smsc::kRedacted));
    }

    void bodyExcerptsAreCapped()
    {
        smsc::ExchangeRecord exchange;
        exchange.request.method = "GET";
        exchange.responseBody = QByteArray(200 * 1024, 'x');
        const QJsonObject root = QJsonDocument::fromJson(
            SupportBundle::build(exchange, smsc::SupportContext{}, smsc::Credentials{})).object();
        const QJsonObject response = root.value(u"response"_s).toObject();
        QCOMPARE(response.value(u"body_excerpt"_s).toString().size(), SupportBundle::kMaxBodyExcerpt);
        QVERIFY(response.value(u"body_truncated"_s).toBool());
    }

    void savesAtomically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(SupportBundle::defaultFileName(
            QDateTime(QDate(2026, 11, 27), QTime(19, 30), Qt::UTC)));
        QVERIFY(path.endsWith(u"sms-consistency-support-20261127T193000Z.json"_s));
        QCOMPARE(SupportBundle::save(path, "{}").error(), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{}"));
        QVERIFY(!SupportBundle::save(dir.filePath(u"missing/dir/x.json"_s), "{}").error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSupportBundle)
#include "tst_supportbundle.moc"
