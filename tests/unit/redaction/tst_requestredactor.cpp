// SPDX-License-Identifier: GPL-3.0-or-later
#include "redaction/CurlCommand.h"
#include "redaction/RequestRedactor.h"

#include <QTest>

using namespace Qt::StringLiterals;

using smsc::CurlCommand;
using smsc::HeaderList;
using smsc::HttpRequest;
using smsc::RequestRecord;
using smsc::RequestRedactor;

namespace {

// Values shaped like the real ones; the fake secrets of tests/data never appear in this file.
const QByteArray kSignature = "7be1ec8ac6b2ef20f2b2c2bf0b8a3b43a6fc1b3ee4c3f1e2d9f6c8f0a1b2c3d4";
const QByteArray kToken = "TOKEN-VALUE-THAT-MUST-NOT-LEAK";

HttpRequest signedRequest()
{
    HttpRequest r;
    r.method = "POST";
    r.scheme = u"https"_s;
    r.host = u"sms.cn-north-4.myhuaweicloud.com"_s;
    r.path = u"/v3/tasks/consistency-results/export"_s;
    r.headers = {{"Content-Type", "application/json;charset=UTF-8"},
                 {"X-Domain-Id", "0a1b2c3d"},
                 {"X-Security-Token", kToken},
                 {"Authorization", "SDK-HMAC-SHA256 Access=AKEXAMPLE, SignedHeaders=content-type;host;x-domain-id;"
                                   "x-sdk-date;x-security-token, Signature=" + kSignature}};
    r.body = "{\"task_info\":[{\"task_id\":\"t'1\",\"source_id\":\"s\",\"source_name\":\"n\"}]}";
    return r;
}

} // namespace

class TestRequestRedactor final : public QObject
{
    Q_OBJECT
private slots:
    void redactsValues_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("shown");
        QTest::newRow("signature") << QByteArray("Authorization")
            << QByteArray("SDK-HMAC-SHA256 Access=AK1, SignedHeaders=host;x-sdk-date, Signature=") + kSignature
            << QByteArray("SDK-HMAC-SHA256 Access=AK1, SignedHeaders=host;x-sdk-date, Signature=<redacted>");
        QTest::newRow("signature not last") << QByteArray("authorization")
            << QByteArray("SDK-HMAC-SHA256 Signature=") + kSignature + ", Access=AK1"
            << QByteArray("SDK-HMAC-SHA256 Signature=<redacted>, Access=AK1");
        QTest::newRow("unknown Authorization scheme") << QByteArray("Authorization") << QByteArray("Bearer abc")
                                                      << QByteArray("<redacted>");
        QTest::newRow("security token") << QByteArray("X-Security-Token") << kToken << QByteArray("<redacted>");
        QTest::newRow("IAM token, lower case") << QByteArray("x-auth-token") << kToken << QByteArray("<redacted>");
        QTest::newRow("ordinary header kept") << QByteArray("X-Domain-Id") << QByteArray("0a1b") << QByteArray("0a1b");
    }
    void redactsValues()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        QTEST(RequestRedactor::redactedValue(name, value), "shown");
    }

    void canonicalRequestLosesTheToken()
    {
        const QByteArray canonical = "POST\n/v3/x/\n\ncontent-type:application/json\nhost:h\nx-sdk-date:20260101T000000Z\n"
                                     "x-security-token:" + kToken + "\n\ncontent-type;host;x-sdk-date;x-security-token\nabc";
        const QByteArray shown = RequestRedactor::redactedCanonicalRequest(canonical);
        QVERIFY(!shown.contains(kToken));
        QVERIFY(shown.contains("\nx-security-token:<redacted>\n"));
        QCOMPARE(shown.count('\n'), canonical.count('\n'));
        QVERIFY(shown.endsWith("\ncontent-type;host;x-sdk-date;x-security-token\nabc"));
    }

    void recordKeepsOrderAndRedacts()
    {
        const RequestRecord record =
            RequestRedactor::record(signedRequest(), {}, {}, QDateTime(QDate(2026, 1, 2), QTime(3, 4)));
        QCOMPARE(record.url, u"https://sms.cn-north-4.myhuaweicloud.com/v3/tasks/consistency-results/export"_s);
        QCOMPARE(record.headers.size(), 4);
        QCOMPARE(record.headers.at(1), (QPair<QByteArray, QByteArray>("X-Domain-Id", "0a1b2c3d")));
        QCOMPARE(record.headers.at(2).second, QByteArray("<redacted>"));
        QVERIFY(record.headers.at(3).second.endsWith("Signature=<redacted>"));
    }

    void curlLineIsCopyableAndRedacted()
    {
        const QString curl = CurlCommand::fromRequest(signedRequest());
        QVERIFY(curl.startsWith(u"curl -sS -i -X POST 'https://sms.cn-north-4.myhuaweicloud.com/v3/tasks/consistency-results/export'"_s));
        QVERIFY(curl.contains(u"-H 'X-Domain-Id: 0a1b2c3d'"_s));
        QVERIFY(curl.contains(u"-H 'X-Security-Token: <redacted>'"_s));
        QVERIFY(curl.contains(u"Signature=<redacted>'"_s));
        QVERIFY(!curl.contains(QString::fromLatin1(kSignature)));
        QVERIFY(!curl.contains(QString::fromLatin1(kToken)));
        QVERIFY(!curl.contains(u'\n'));
        // The body's single quote survives the shell: 't'\''1'.
        QVERIFY(curl.contains(u"--data-binary '{\"task_info\":[{\"task_id\":\"t'\\''1\""_s));
    }

    void shellQuoting_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << u"abc"_s << u"'abc'"_s;
        QTest::newRow("single quote") << u"it's"_s << u"'it'\\''s'"_s;
        QTest::newRow("shell metacharacters stay literal") << u"$(rm -rf /) `x` \"y\""_s << u"'$(rm -rf /) `x` \"y\"'"_s;
        QTest::newRow("empty") << QString() << u"''"_s;
    }
    void shellQuoting()
    {
        QFETCH(QString, raw);
        QTEST(CurlCommand::shellQuote(raw), "quoted");
    }

    void getWithoutBodyHasNoMethodFlag()
    {
        HttpRequest r;
        r.host = u"iam.example"_s;
        r.path = u"/v3/auth/domains"_s;
        r.headers = {{"Content-Type", "application/json"}};
        QCOMPARE(CurlCommand::fromRequest(r), u"curl -sS -i 'https://iam.example/v3/auth/domains' -H 'Content-Type: application/json'"_s);
    }
};

QTEST_GUILESS_MAIN(TestRequestRedactor)
#include "tst_requestredactor.moc"
