// SPDX-License-Identifier: GPL-3.0-or-later
#include "../../support/TestData.h"
#include "export/ExportRequestBuilder.h"
#include "redaction/RequestRedactor.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

using smsc::AuthMode;
using smsc::ExportRequestBuilder;
using smsc::HttpRequest;
using smsc::Profile;
using smsc::TaskRow;

namespace {

const QString kAk = u"SMSCTESTAK0000000001"_s;
const QString kSk = u"SMSCTESTSECRETKEY0000000000000000000000000"_s;
const QString kToken = u"SMSCTESTSECURITYTOKEN00000000000000000000"_s;
const QString kIamToken = u"SMSCTESTIAMTOKEN000000000000000000000000"_s;
const QString kDomain = u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s;

QDateTime sdkDate(const QJsonObject &vector)
{
    QDateTime date = QDateTime::fromString(vector[u"input"][u"date"].toString(), u"yyyyMMdd'T'HHmmss'Z'");
    date.setTimeZone(QTimeZone::utc());
    return date;
}

QList<TaskRow> rowsOfBody(const QByteArray &body)
{
    QList<TaskRow> rows;
    for (const QJsonValue &item : QJsonDocument::fromJson(body).object().value(u"task_info").toArray())
        rows << TaskRow{item[u"task_id"].toString(), item[u"source_id"].toString(), item[u"source_name"].toString()};
    return rows;
}

smsc::Credentials credentials(AuthMode mode, const QString &ak = kAk, const QString &sk = kSk)
{
    smsc::Credentials result;
    result.mode = mode;
    result.accessKey = ak;
    result.secretKey = sk;
    result.securityToken = kToken;
    result.iamToken = kIamToken;
    return result;
}

smsc::ServiceEndpoints endpointsAt(const QString &sms)
{
    smsc::ServiceEndpoints endpoints;
    endpoints.sms = QUrl(sms);
    return endpoints;
}

// docs/SIGNATURE.md "String to sign" and "Signature and the Authorization header".
QByteArray authorizationFor(const QByteArray &canonical, const QByteArray &date, const QString &ak, const QString &sk)
{
    const QByteArray stringToSign = "SDK-HMAC-SHA256\n" + date + '\n'
        + QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
    const QByteArray signature
        = QMessageAuthenticationCode::hash(stringToSign, sk.toUtf8(), QCryptographicHash::Sha256).toHex();
    const QByteArray signedHeaders = canonical.split('\n').at(canonical.count('\n') - 1);
    return "SDK-HMAC-SHA256 Access=" + ak.toUtf8() + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature;
}

QStringList headerNames(const HttpRequest &request)
{
    QStringList names;
    for (const auto &header : request.headers)
        names << QString::fromLatin1(header.first.toLower());
    names.sort();
    return names;
}

} // namespace

class TestExportRequestBuilder final : public QObject
{
    Q_OBJECT
private slots:
    void bodyEqualsTheOfficialSdkBody_data()
    {
        QTest::addColumn<QByteArray>("body");
        for (const QJsonValue &value : smsc::test::signingVectors()) {
            if (value[u"input"][u"path"].toString() != QLatin1String(smsc::kExportPath))
                continue;
            const QString name = value[u"id"].toString() + u' ' + value[u"description"].toString();
            QTest::newRow(name.toUtf8().constData()) << value[u"input"][u"body"].toString().toUtf8();
        }
    }
    void bodyEqualsTheOfficialSdkBody()
    {
        QFETCH(QByteArray, body);
        QCOMPARE(ExportRequestBuilder::exportBody(rowsOfBody(body)), body);
    }

    void bodyBytes_data()
    {
        QTest::addColumn<QList<TaskRow>>("rows");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("all three keys always, in API order")
            << QList{TaskRow{u"t1"_s, {}, {}}}
            << QByteArray("{\"task_info\":[{\"task_id\":\"t1\",\"source_id\":\"\",\"source_name\":\"\"}]}");
        QTest::newRow("two rows, compact")
            << QList{TaskRow{u"a"_s, u"b"_s, u"c"_s}, TaskRow{u"d"_s, u"e"_s, u"f"_s}}
            << QByteArray("{\"task_info\":[{\"task_id\":\"a\",\"source_id\":\"b\",\"source_name\":\"c\"},"
                          "{\"task_id\":\"d\",\"source_id\":\"e\",\"source_name\":\"f\"}]}");
        QTest::newRow("quotes and backslashes escaped, slash not")
            << QList{TaskRow{u"t"_s, u"C:\\dir\\"_s, u"say \"hi\" a/b"_s}}
            << QByteArray("{\"task_info\":[{\"task_id\":\"t\",\"source_id\":\"C:\\\\dir\\\\\",\"source_name\":\"say \\\"hi\\\" a/b\"}]}");
        QTest::newRow("control characters")
            << QList{TaskRow{u"t"_s, u"a\tb\nc\r"_s, QString(QChar(1)) + QChar(0x1f) + QChar(0x7f)}}
            << QByteArray("{\"task_info\":[{\"task_id\":\"t\",\"source_id\":\"a\\tb\\nc\\r\","
                          "\"source_name\":\"\\u0001\\u001f\x7f\"}]}");
        // Long fields take the vectorised plain-ASCII check: a special character anywhere must leave it.
        QTest::newRow("quote, tab and non-ASCII deep inside maximum-length fields")
            << QList{TaskRow{QString(17, u'i') + u'"' + QString(18, u'i'),
                             QString(100, u's') + u'\t' + QString(154, u's'),
                             QString(200, u'n') + u'é' + QString(54, u'n')}}
            << QByteArray("{\"task_info\":[{\"task_id\":\"" + QByteArray(17, 'i') + "\\\"" + QByteArray(18, 'i')
                          + "\",\"source_id\":\"" + QByteArray(100, 's') + "\\t" + QByteArray(154, 's')
                          + "\",\"source_name\":\"" + QByteArray(200, 'n') + "\xc3\xa9" + QByteArray(54, 'n') + "\"}]}");
        QTest::newRow("maximum-length plain fields")
            << QList{TaskRow{QString(36, u'i'), QString(255, u's'), QString(255, u'n')}}
            << QByteArray("{\"task_info\":[{\"task_id\":\"" + QByteArray(36, 'i') + "\",\"source_id\":\""
                          + QByteArray(255, 's') + "\",\"source_name\":\"" + QByteArray(255, 'n') + "\"}]}");
        QTest::newRow("non-ASCII stays raw UTF-8")
            << QList{TaskRow{u"t"_s, u"Zürich"_s, u"迁移 \U0001F600"_s}}
            << QByteArray("{\"task_info\":[{\"task_id\":\"t\",\"source_id\":\"Z\xc3\xbcrich\","
                          "\"source_name\":\"\xe8\xbf\x81\xe7\xa7\xbb \xf0\x9f\x98\x80\"}]}");
    }
    void bodyBytes()
    {
        QFETCH(QList<TaskRow>, rows);
        QFETCH(QByteArray, body);
        const QByteArray built = ExportRequestBuilder::exportBody(rows);
        QCOMPARE(built, body);
        QJsonParseError error;
        QJsonDocument::fromJson(built, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(rowsOfBody(built), rows);
    }

    void headersPerMode_data()
    {
        QTest::addColumn<AuthMode>("mode");
        QTest::addColumn<smsc::ScopeHeader>("scope");
        QTest::addColumn<smsc::RequestLanguage>("language");
        QTest::addColumn<QStringList>("headers");
        const QStringList signedBase{u"authorization"_s, u"content-type"_s, u"host"_s, u"x-sdk-date"_s};
        QTest::newRow("AK/SK, domain id, en-us")
            << AuthMode::AkSk << smsc::ScopeHeader::DomainId << smsc::RequestLanguage::EnUs
            << signedBase + QStringList{u"x-domain-id"_s, u"x-language"_s};
        QTest::newRow("AK/SK, project id, zh-cn")
            << AuthMode::AkSk << smsc::ScopeHeader::ProjectId << smsc::RequestLanguage::ZhCn
            << signedBase + QStringList{u"x-language"_s, u"x-project-id"_s};
        QTest::newRow("AK/SK, no language sent")
            << AuthMode::AkSk << smsc::ScopeHeader::DomainId << smsc::RequestLanguage::None
            << signedBase + QStringList{u"x-domain-id"_s};
        QTest::newRow("temporary keys add the security token")
            << AuthMode::TemporaryAkSk << smsc::ScopeHeader::DomainId << smsc::RequestLanguage::EnUs
            << signedBase + QStringList{u"x-domain-id"_s, u"x-language"_s, u"x-security-token"_s};
        QTest::newRow("IAM token: X-Auth-Token, nothing signed")
            << AuthMode::IamToken << smsc::ScopeHeader::DomainId << smsc::RequestLanguage::EnUs
            << QStringList{u"content-type"_s, u"x-auth-token"_s, u"x-domain-id"_s, u"x-language"_s};
    }
    void headersPerMode()
    {
        QFETCH(AuthMode, mode);
        QFETCH(smsc::ScopeHeader, scope);
        QFETCH(smsc::RequestLanguage, language);
        QFETCH(QStringList, headers);
        Profile profile;
        profile.scopeHeader = scope;
        profile.language = language;
        profile.projectId = u"9f8e7d6c5b4a39281706f5e4d3c2b1a0"_s;
        const QDateTime utc(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
        const smsc::PreparedRequest prepared = ExportRequestBuilder::buildExport(
            {TaskRow{u"t"_s, {}, {}}}, profile, kDomain, endpointsAt(u"https://sms.cn-north-4.myhuaweicloud.com"_s),
            credentials(mode), utc);
        QStringList expected = headers;
        expected.sort();
        QCOMPARE(headerNames(prepared.request), expected);
        const HttpRequest &request = prepared.request;
        QCOMPARE(request.header("content-type"), QByteArray("application/json;charset=UTF-8"));
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.wireUrl(), QUrl(u"https://sms.cn-north-4.myhuaweicloud.com/v3/tasks/consistency-results/export"_s));
        if (headers.contains(u"x-language"))
            QCOMPARE(request.header("X-Language"), smsc::requestLanguageId(language).toLatin1());
        if (headers.contains(u"x-domain-id"))
            QCOMPARE(request.header("X-Domain-Id"), kDomain.toLatin1());
        if (headers.contains(u"x-project-id"))
            QCOMPARE(request.header("X-Project-Id"), profile.projectId.toLatin1());
        QCOMPARE(prepared.isSigned(), mode != AuthMode::IamToken);
        if (mode == AuthMode::IamToken) {
            QCOMPARE(request.header("X-Auth-Token"), kIamToken.toLatin1());
            return;
        }
        QCOMPARE(request.header("X-Sdk-Date"), QByteArray("20260102T030405Z"));
        QCOMPARE(request.header("Authorization"), prepared.signature.authorization);
        // Every sent header except Authorization is signed (the token included).
        QStringList signedNames = expected;
        signedNames.removeOne(u"authorization"_s);
        QCOMPARE(QString::fromLatin1(prepared.signature.signedHeaders), signedNames.join(u';'));
        if (mode == AuthMode::TemporaryAkSk)
            QCOMPARE(request.header("X-Security-Token"), kToken.toLatin1());
        QVERIFY(!prepared.signature.authorization.contains(kSk.toLatin1()));
    }

    void exportVerifiesLikeTheOfficialVector_data()
    {
        QTest::addColumn<QString>("vectorId");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<AuthMode>("mode");
        QTest::newRow("P14 loopback http with port, escaped non-ASCII body")
            << u"P14"_s << u"http://127.0.0.1:18443"_s << AuthMode::AkSk;
        QTest::newRow("P08 temporary credentials") << u"P08"_s << u"https://sms.ap-southeast-1.myhuaweicloud.com"_s
                                                   << AuthMode::TemporaryAkSk;
        QTest::newRow("P11 cn-north-4, default port written out")
            << u"P11"_s << u"https://sms.cn-north-4.myhuaweicloud.com:443"_s << AuthMode::AkSk;
    }
    void exportVerifiesLikeTheOfficialVector()
    {
        // The vectors send "application/json"; we send the charset too. Everything else must match.
        QFETCH(QString, vectorId);
        QFETCH(QString, endpoint);
        QFETCH(AuthMode, mode);
        const QJsonObject vector = smsc::test::signingVector(vectorId);
        const QJsonObject input = vector[u"input"].toObject();
        const QJsonObject headers = input[u"headers"].toObject();
        Profile profile;
        profile.language = smsc::RequestLanguage::EnUs;
        smsc::Credentials keys = credentials(mode, input[u"ak"].toString(), input[u"sk"].toString());
        keys.securityToken = headers[u"X-Security-Token"].toString();
        const smsc::PreparedRequest prepared = ExportRequestBuilder::buildExport(
            rowsOfBody(input[u"body"].toString().toUtf8()), profile, headers[u"X-Domain-Id"].toString(),
            endpointsAt(endpoint), keys, sdkDate(vector));

        const QByteArray canonical = vector[u"output"][u"canonical_request"].toString().toUtf8().replace(
            "\ncontent-type:application/json\n", "\ncontent-type:application/json;charset=UTF-8\n");
        QCOMPARE(prepared.signature.canonicalRequest, canonical);
        QCOMPARE(prepared.request.header("Authorization"),
                 authorizationFor(canonical, input[u"date"].toString().toLatin1(), keys.accessKey, keys.secretKey));
        QCOMPARE(prepared.request.header("Host"), input[u"host"].toString().toUtf8());
        QCOMPARE(prepared.request.wireUrl(),
                 QUrl(input[u"scheme"].toString() + u"://"_s + input[u"host"].toString() + input[u"path"].toString()));
    }

    void signedGetMatchesOfficialListTasksVector()
    {
        const QJsonObject vector = smsc::test::signingVector(u"P03"_s);
        const QJsonObject input = vector[u"input"].toObject();
        HttpRequest request = ExportRequestBuilder::getRequest(
            QUrl(u"https://sms.ap-southeast-1.myhuaweicloud.com"_s), u"/v3/tasks"_s,
            {{u"limit"_s, u"50"_s}, {u"offset"_s, u"0"_s}, {u"state"_s, u"running"_s}});
        request.setHeader("X-Domain-Id", kDomain.toLatin1());
        const smsc::PreparedRequest prepared = ExportRequestBuilder::authorize(
            request, credentials(AuthMode::AkSk, input[u"ak"].toString(), input[u"sk"].toString()), sdkDate(vector));
        QCOMPARE(prepared.signature.canonicalRequest, vector[u"output"][u"canonical_request"].toString().toUtf8());
        QCOMPARE(prepared.request.header("Authorization"), vector[u"output"][u"authorization"].toString().toUtf8());
        QCOMPARE(prepared.request.wireUrl().toEncoded(),
                 QByteArray("https://sms.ap-southeast-1.myhuaweicloud.com/v3/tasks?limit=50&offset=0&state=running"));
    }

    void requestForBaseUrls_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("wire");
        QTest::newRow("plain host") << u"https://iam.cn-north-4.myhuaweicloud.com"_s
                                    << u"iam.cn-north-4.myhuaweicloud.com"_s << u"/v3/auth/domains"_s
                                    << QByteArray("https://iam.cn-north-4.myhuaweicloud.com/v3/auth/domains");
        QTest::newRow("default https port dropped") << u"https://sts.example.com:443/"_s << u"sts.example.com"_s
                                                    << u"/v3/auth/domains"_s
                                                    << QByteArray("https://sts.example.com/v3/auth/domains");
        QTest::newRow("path prefix and port kept") << u"https://proxy.example.com:8443/sms/"_s
                                                   << u"proxy.example.com:8443"_s << u"/sms/v3/auth/domains"_s
                                                   << QByteArray("https://proxy.example.com:8443/sms/v3/auth/domains");
        QTest::newRow("IPv6 loopback") << u"http://[::1]:8080"_s << u"[::1]:8080"_s << u"/v3/auth/domains"_s
                                       << QByteArray("http://[::1]:8080/v3/auth/domains");
        QTest::newRow("upper-case host and scheme") << u"HTTPS://IAM.Example.COM"_s << u"iam.example.com"_s
                                                    << u"/v3/auth/domains"_s
                                                    << QByteArray("https://iam.example.com/v3/auth/domains");
    }
    void requestForBaseUrls()
    {
        QFETCH(QString, base);
        QFETCH(QString, host);
        QFETCH(QString, path);
        QFETCH(QByteArray, wire);
        const HttpRequest request = ExportRequestBuilder::requestFor("GET", QUrl(base), u"/v3/auth/domains"_s);
        QCOMPARE(request.host, host);
        QCOMPARE(request.path, path);
        QCOMPARE(request.wireUrl().toEncoded(), wire);
    }

    void redactedHeadersHideSignatureAndTokens_data()
    {
        QTest::addColumn<AuthMode>("mode");
        QTest::newRow("AK/SK") << AuthMode::AkSk;
        QTest::newRow("temporary") << AuthMode::TemporaryAkSk;
        QTest::newRow("IAM token") << AuthMode::IamToken;
    }
    void redactedHeadersHideSignatureAndTokens()
    {
        QFETCH(AuthMode, mode);
        const QDateTime utc(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
        const auto prepared = ExportRequestBuilder::buildExport({TaskRow{u"t"_s, {}, {}}}, Profile{}, kDomain,
                                                                endpointsAt(u"https://sms.example.com"_s),
                                                                credentials(mode), utc);
        const smsc::HeaderList redacted = smsc::RequestRedactor::redactedHeaders(prepared.request.headers);
        QCOMPARE(redacted.size(), prepared.request.headers.size());
        QByteArray all;
        for (const auto &[name, value] : redacted)
            all += name + ": " + value + '\n';
        for (const QString &secret : {kSk, kToken, kIamToken})
            QVERIFY(!all.contains(secret.toLatin1()));
        if (prepared.isSigned()) {
            QVERIFY(!all.contains(prepared.signature.signature));
            const QByteArray expected = "Authorization: SDK-HMAC-SHA256 Access=" + kAk.toLatin1() + ", SignedHeaders="
                + prepared.signature.signedHeaders + ", Signature=" + smsc::kRedacted + '\n';
            QVERIFY(all.contains(expected));
        }
        QVERIFY(all.contains(QByteArray("X-Domain-Id: " + kDomain.toLatin1())));
    }

    void reauthorizingReplacesEarlierAuthHeaders()
    {
        const QDateTime utc(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
        const HttpRequest base = ExportRequestBuilder::getRequest(QUrl(u"https://iam.example.com"_s), u"/v3/auth/domains"_s);
        const auto temporary = ExportRequestBuilder::authorize(base, credentials(AuthMode::TemporaryAkSk), utc);
        const auto token = ExportRequestBuilder::authorize(temporary.request, credentials(AuthMode::IamToken), utc);
        QCOMPARE(headerNames(token.request), (QStringList{u"content-type"_s, u"host"_s, u"x-auth-token"_s}));
        const auto again = ExportRequestBuilder::authorize(temporary.request, credentials(AuthMode::AkSk), utc.addSecs(60));
        QCOMPARE(again.signature.signedHeaders, QByteArray("content-type;host;x-sdk-date"));
        QCOMPARE(again.request.header("x-sdk-date"), QByteArray("20260102T030505Z"));
    }
};

QTEST_GUILESS_MAIN(TestExportRequestBuilder)
#include "tst_exportrequestbuilder.moc"
