// SPDX-License-Identifier: GPL-3.0-or-later
#include "../../support/TestData.h"
#include "http/HttpRequest.h"
#include "http/UriEncoding.h"
#include "signing/Signer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

using smsc::HttpRequest;
using smsc::Signer;
using smsc::UriEncoding;

namespace {

QDateTime parseSdkDate(const QString &text)
{
    QDateTime date = QDateTime::fromString(text, u"yyyyMMdd'T'HHmmss'Z'");
    date.setTimeZone(QTimeZone::utc());
    return date;
}

HttpRequest requestFrom(const QJsonObject &input)
{
    HttpRequest request;
    request.method = input[u"method"].toString().toUtf8();
    request.scheme = input[u"scheme"].toString();
    request.host = input[u"host"].toString();
    request.path = input[u"path"].toString();
    for (const QJsonValue &pair : input[u"query"].toArray())
        request.query.append({pair[0].toString(), pair[1].toString()});
    const QJsonObject headers = input[u"headers"].toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        request.headers.append({it.key().toUtf8(), it.value().toString().toUtf8()});
    request.body = input[u"body"].toString().toUtf8();
    return request;
}

smsc::SignatureParts signCase(const QJsonObject &vector)
{
    const QJsonObject input = vector[u"input"].toObject();
    return Signer::sign(requestFrom(input), input[u"ak"].toString(), input[u"sk"].toString(),
                        parseSdkDate(input[u"date"].toString()));
}

// What Qt's HTTP stack puts in the request line (QHttpNetworkRequestPrivate::uri()).
QByteArray requestTarget(const QUrl &url)
{
    return url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment
                         | QUrl::FullyEncoded | QUrl::NormalizePathSegments);
}

// Path and the sorted list of raw `k=v` query items of a request target.
std::pair<QByteArray, QByteArrayList> splitTarget(const QByteArray &target)
{
    const qsizetype mark = target.indexOf('?');
    if (mark < 0)
        return {target, {}};
    QByteArrayList items = target.mid(mark + 1).split('&');
    std::sort(items.begin(), items.end());
    return {target.left(mark), items};
}

} // namespace

class TestSigner final : public QObject
{
    Q_OBJECT
private slots:
    void officialVectors_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        int rows = 0;
        for (const QJsonValue &value : smsc::test::signingVectors()) {
            if (!value[u"quirk"].isNull())
                continue;
            const QString name = value[u"id"].toString() + u' ' + value[u"description"].toString();
            QTest::newRow(name.toUtf8().constData()) << value.toObject();
            ++rows;
        }
        QVERIFY2(rows >= 13, "the signing vectors file lost its non-quirk cases");
    }
    void officialVectors()
    {
        QFETCH(QJsonObject, vector);
        const QJsonObject input = vector[u"input"].toObject();
        const QJsonObject output = vector[u"output"].toObject();
        QCOMPARE(QCryptographicHash::hash(input[u"body"].toString().toUtf8(), QCryptographicHash::Sha256).toHex(),
                 input[u"body_sha256"].toString().toLatin1());

        const smsc::SignatureParts parts = signCase(vector);
        QCOMPARE(parts.sdkDate, input[u"date"].toString().toLatin1());
        QCOMPARE(parts.canonicalRequest, output[u"canonical_request"].toString().toUtf8());
        QCOMPARE(parts.stringToSign, output[u"string_to_sign"].toString().toUtf8());
        QCOMPARE(parts.signedHeaders, output[u"signed_headers"].toString().toUtf8());
        QCOMPARE(parts.signature, output[u"signature"].toString().toUtf8());
        QCOMPARE(parts.authorization, output[u"authorization"].toString().toUtf8());

        // Every header the official signer returned goes out with the same value.
        const HttpRequest ready = Signer::applied(requestFrom(input), parts);
        const QJsonObject finalHeaders = output[u"final_headers"].toObject();
        for (auto it = finalHeaders.begin(); it != finalHeaders.end(); ++it)
            QCOMPARE(ready.header(it.key().toUtf8()), it.value().toString().toUtf8());

        // The server decodes the wire path once; it must get back the raw path that was signed.
        // The query uses the same encoding as the SDK's; only the order of repeated keys may differ.
        const auto [path, query] = splitTarget(requestTarget(ready.wireUrl()));
        const auto [officialPath, officialQuery] = splitTarget(vector[u"wire"][u"target"].toString().toUtf8());
        QCOMPARE(QByteArray::fromPercentEncoding(path), QByteArray::fromPercentEncoding(officialPath));
        QCOMPARE(query, officialQuery);
    }

    void headerValuesAreTrimmedUnlikeTheNodeSigner()
    {
        // P09 is the Node signer signing untrimmed values; we trim, which is exactly P10's answer.
        const QJsonObject p09 = smsc::test::signingVector(u"P09"_s);
        const QJsonObject p10Output = smsc::test::signingVector(u"P10"_s)[u"output"].toObject();
        QVERIFY(p09[u"output"][u"signature"] != p10Output[u"signature"]);
        const smsc::SignatureParts parts = signCase(p09);
        QCOMPARE(parts.canonicalRequest, p10Output[u"canonical_request"].toString().toUtf8());
        QCOMPARE(parts.signature, p10Output[u"signature"].toString().toUtf8());
        QCOMPARE(parts.authorization, p10Output[u"authorization"].toString().toUtf8());
        const HttpRequest ready = Signer::applied(requestFrom(p09[u"input"].toObject()), parts);
        QCOMPARE(ready.header("x-language"), QByteArray("en-us"));
        QCOMPARE(ready.header("X-CLIENT-TRACE-ID"), QByteArray("trace-0001"));
    }

    void percentInRawPathIsEncodedOnceOnTheWireToo()
    {
        // P06: the canonical URI encodes '%' as %25; unlike axios we also send it that way.
        const QJsonObject p06 = smsc::test::signingVector(u"P06"_s);
        const smsc::SignatureParts parts = signCase(p06);
        QCOMPARE(parts.canonicalRequest, p06[u"output"][u"canonical_request"].toString().toUtf8());
        const QByteArray canonicalPath = UriEncoding::path(p06[u"input"][u"path"].toString());
        QCOMPARE(canonicalPath, QByteArray("/v3/tasks/report%252F2024/consistency-result/"));
        const HttpRequest ready = Signer::applied(requestFrom(p06[u"input"].toObject()), parts);
        QCOMPARE(requestTarget(ready.wireUrl()), canonicalPath.chopped(1));
    }

    void wireUrlKeepsTheOnceEncodedForm_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<smsc::QueryList>("query");
        QTest::addColumn<QByteArray>("target");
        QTest::newRow("export path, no trailing slash on the wire")
            << u"/v3/tasks/consistency-results/export"_s << smsc::QueryList{}
            << QByteArray("/v3/tasks/consistency-results/export");
        QTest::newRow("trailing slash stripped") << u"/v3/sources/"_s << smsc::QueryList{}
                                                 << QByteArray("/v3/sources");
        QTest::newRow("root stays /") << u"/"_s << smsc::QueryList{} << QByteArray("/");
        QTest::newRow("encoded slash in a segment is not decoded") << u"/a/x%2Fy"_s << smsc::QueryList{}
                                                                   << QByteArray("/a/x%252Fy");
        QTest::newRow("reserved characters stay encoded")
            << u"/v3/tasks/任务-01:ä@x"_s << smsc::QueryList{}
            << QByteArray("/v3/tasks/%E4%BB%BB%E5%8A%A1-01%3A%C3%A4%40x");
        QTest::newRow("space, plus, slash, delimiters in the query keep their order")
            << u"/v3/sources"_s
            << smsc::QueryList{{u"q"_s, u"a+b=c&d"_s}, {u"name"_s, u"web 01"_s}, {u"path"_s, u"/v"_s},
                               {u"flag"_s, QString()}, {u"t"_s, u"~x.y_z-w"_s}}
            << QByteArray("/v3/sources?q=a%2Bb%3Dc%26d&name=web%2001&path=%2Fv&flag=&t=~x.y_z-w");
    }
    void wireUrlKeepsTheOnceEncodedForm()
    {
        QFETCH(QString, path);
        QFETCH(smsc::QueryList, query);
        QFETCH(QByteArray, target);
        HttpRequest request;
        request.host = u"127.0.0.1:8443"_s;
        request.path = path;
        request.query = query;
        const QUrl url = request.wireUrl();
        QVERIFY(url.isValid());
        QCOMPARE(url.host(), u"127.0.0.1"_s);
        QCOMPARE(url.port(), 8443);
        QCOMPARE(requestTarget(url), target);
        // A copy through QUrl's string form (as QNetworkRequest stores it) must not re-normalise.
        QCOMPARE(requestTarget(QUrl(url.toString(QUrl::FullyEncoded))), target);
    }

    void emptyQueryPartsAreNeitherSignedNorSent()
    {
        // "a=1&&b=2&" gives empty pairs; the official signer drops them, so a server never sees "=".
        const smsc::QueryList withEmpty{{u"a"_s, u"1"_s}, {QString(), QString()}, {u"b"_s, u"2"_s}, {QString(), QString()}};
        QCOMPARE(Signer::canonicalQuery(withEmpty), QByteArray("a=1&b=2"));
        QCOMPARE(Signer::canonicalQuery({{u"flag"_s, QString()}, {QString(), u"v"_s}}), QByteArray("=v&flag="));
        HttpRequest request;
        request.host = u"sms.example"_s;
        request.query = withEmpty;
        QCOMPARE(requestTarget(request.wireUrl()), QByteArray("/?a=1&b=2"));
    }

    void unsendableHeadersAreNamed_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("refused");
        QTest::newRow("ordinary header") << QByteArray("X-Language") << QByteArray("en-us") << false;
        QTest::newRow("token symbols in the name") << QByteArray("X-A_b.c!#$%&'*+^`|~") << QByteArray("v") << false;
        QTest::newRow("UTF-8 and tab in a value") << QByteArray("X-Name") << QByteArray("a\tZ\xc3\xbcrich") << false;
        QTest::newRow("CR in the value") << QByteArray("X-Evil") << QByteArray("a\rb") << true;
        QTest::newRow("LF in the value (header injection)") << QByteArray("X-Evil") << QByteArray("a\nHost: other") << true;
        QTest::newRow("CRLF in the value") << QByteArray("X-Evil") << QByteArray("a\r\nb") << true;
        QTest::newRow("NUL in the value") << QByteArray("X-Evil") << QByteArray("a\0b", 3) << true;
        QTest::newRow("LF in the name") << QByteArray("X-Ev\nil") << QByteArray("v") << true;
        QTest::newRow("space in the name") << QByteArray("X Evil") << QByteArray("v") << true;
        QTest::newRow("colon in the name") << QByteArray("X:Evil") << QByteArray("v") << true;
        QTest::newRow("empty name") << QByteArray("") << QByteArray("v") << true;
    }
    void unsendableHeadersAreNamed()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        QFETCH(bool, refused);
        HttpRequest request;
        request.headers = {{"Content-Type", "application/json"}, {name, value}};
        const std::optional<QByteArray> bad = Signer::unsendableHeader(request);
        QCOMPARE(bad.has_value(), refused);
        if (refused)
            QCOMPARE(*bad, name);
    }

    void signedHostKeepsBracketsAsciiAndThePortRule_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("host");
        QTest::newRow("IPv6 loopback with a port") << u"https://[::1]:8443/v3"_s << u"[::1]:8443"_s;
        QTest::newRow("IPv6 without a port") << u"https://[2001:db8::1]/v3"_s << u"[2001:db8::1]"_s;
        QTest::newRow("IPv6 on the default port") << u"https://[2001:db8::1]:443/"_s << u"[2001:db8::1]"_s;
        QTest::newRow("IPv4 with a port") << u"http://127.0.0.1:18443/"_s << u"127.0.0.1:18443"_s;
        QTest::newRow("http default port dropped") << u"http://sms.example:80/"_s << u"sms.example"_s;
        QTest::newRow("https on 80 keeps it") << u"https://sms.example:80/"_s << u"sms.example:80"_s;
        QTest::newRow("upper case host lowered") << u"https://SMS.Example/"_s << u"sms.example"_s;
        QTest::newRow("internationalised name as punycode") << u"https://bücher.example/"_s
                                                            << u"xn--bcher-kva.example"_s;
        QTest::newRow("Chinese name as punycode with a port") << u"https://迁移.example:8443/"_s
                                                              << u"xn--tnzw95b.example:8443"_s;
    }
    void signedHostKeepsBracketsAsciiAndThePortRule()
    {
        QFETCH(QString, url);
        QFETCH(QString, host);
        QCOMPARE(HttpRequest::hostFor(QUrl(url)), host);
        HttpRequest request;
        request.host = HttpRequest::hostFor(QUrl(url));
        const smsc::SignatureParts parts = Signer::sign(request, u"AK"_s, u"SK"_s, QDateTime::currentDateTimeUtc());
        QVERIFY(parts.canonicalRequest.contains(QByteArray("\nhost:" + host.toLatin1() + '\n')));
        QCOMPARE(Signer::applied(request, parts).wireUrl().host(QUrl::FullyEncoded),
                 QUrl(url).host(QUrl::FullyEncoded));
    }

    void dateIsFormattedInUtcWhateverTheInputZone()
    {
        const QDateTime beijing(QDate(2025, 3, 14), QTime(17, 26, 53), QTimeZone(8 * 3600));
        QCOMPARE(Signer::formatDate(beijing), QByteArray("20250314T092653Z"));
    }

    void stalePreSetDateAndAuthorizationAreReplaced()
    {
        const QJsonObject p01 = smsc::test::signingVector(u"P01"_s);
        HttpRequest request = requestFrom(p01[u"input"].toObject());
        request.headers.append({QByteArrayLiteral("X-Sdk-Date"), QByteArrayLiteral("20000101T000000Z")});
        request.headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("stale")});
        request.headers.append({QByteArrayLiteral("User-Agent"), QByteArrayLiteral("smsc-test")});
        const smsc::SignatureParts parts = Signer::sign(request, p01[u"input"][u"ak"].toString(),
                                                        p01[u"input"][u"sk"].toString(),
                                                        parseSdkDate(p01[u"input"][u"date"].toString()));
        QCOMPARE(parts.authorization, p01[u"output"][u"authorization"].toString().toUtf8());
        const HttpRequest ready = Signer::applied(request, parts);
        QCOMPARE(ready.header("x-sdk-date"), QByteArray("20250314T092653Z"));
        QCOMPARE(ready.header("authorization"), parts.authorization);
        int dates = 0;
        for (const auto &header : ready.headers)
            dates += header.first.compare("x-sdk-date", Qt::CaseInsensitive) == 0 ? 1 : 0;
        QCOMPARE(dates, 1);
    }
};

QTEST_GUILESS_MAIN(TestSigner)
#include "tst_signer.moc"
