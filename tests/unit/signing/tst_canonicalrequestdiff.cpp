// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/CanonicalRequestDiff.h"

#include <QTest>

using namespace Qt::StringLiterals;

using smsc::CanonicalRequestDiff;
using smsc::SignatureMismatchCause;

Q_DECLARE_METATYPE(smsc::SignatureMismatchCause)

namespace {

const QStringList kOurs{
    u"GET"_s,
    u"/v3/sources/"_s,
    u"limit=200&name=web%20server&offset=0"_s,
    u"content-type:application/json"_s,
    u"host:127.0.0.1:8443"_s,
    u"x-domain-id:0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s,
    u"x-sdk-date:20261127T190000Z"_s,
    QString(),
    u"content-type;host;x-domain-id;x-sdk-date"_s,
    u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s,
};

QStringList replaced(int index, const QString &line)
{
    QStringList lines = kOurs;
    lines[index] = line;
    return lines;
}

} // namespace

class TestCanonicalRequestDiff final : public QObject
{
    Q_OBJECT
private slots:
    void compare_data()
    {
        QTest::addColumn<QStringList>("gateway");
        QTest::addColumn<int>("firstDifference");
        QTest::addColumn<SignatureMismatchCause>("cause");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("causeMentions");

        QTest::newRow("identical: the key or date is wrong") << kOurs << -1 << SignatureMismatchCause::None
                                                             << QString() << u"secret key"_s;
        QTest::newRow("method") << replaced(0, u"POST"_s) << 0 << SignatureMismatchCause::Method << QString()
                                << u"method"_s;
        QTest::newRow("gateway sees no trailing slash") << replaced(1, u"/v3/sources"_s) << 1
                                                        << SignatureMismatchCause::PathSlash << QString()
                                                        << u"trailing slash"_s;
        QTest::newRow("path percent-encoded twice vs once") << replaced(1, u"/v3/sour%63es/"_s) << 1
                                                            << SignatureMismatchCause::PathEncoding << QString()
                                                            << u"encoded differently"_s;
        QTest::newRow("other path") << replaced(1, u"/prefix/v3/sources/"_s) << 1 << SignatureMismatchCause::Path
                                    << QString() << u"different path"_s;
        QTest::newRow("space as plus in the query")
            << replaced(2, u"limit=200&name=web+server&offset=0"_s) << 2 << SignatureMismatchCause::QueryEncoding
            << QString() << u"%20"_s;
        QTest::newRow("extra query parameter")
            << replaced(2, u"limit=200&name=web%20server&offset=0&x=%c3%a9"_s) << 2 << SignatureMismatchCause::Query
            << QString() << u"different query parameters"_s;
        QTest::newRow("other query value") << replaced(2, u"limit=100&name=web%20server&offset=0"_s) << 2
                                           << SignatureMismatchCause::Query << QString()
                                           << u"different query parameters"_s;
        QTest::newRow("header name case") << replaced(3, u"Content-Type:application/json"_s) << 3
                                          << SignatureMismatchCause::HeaderNameCase << u"content-type"_s
                                          << u"\"content-type\""_s;
        QTest::newRow("header value changed on the way") << replaced(5, u"x-domain-id:tampered"_s) << 5
                                                         << SignatureMismatchCause::HeaderValue << u"x-domain-id"_s
                                                         << u"\"x-domain-id\""_s;
        QStringList missing = kOurs;
        missing.removeAt(5);
        missing[7] = u"content-type;host;x-sdk-date"_s;
        QTest::newRow("signed header dropped by a proxy") << missing << 5 << SignatureMismatchCause::MissingHeader
                                                          << u"x-domain-id"_s << u"did not receive"_s;
        QStringList extra = kOurs;
        extra.insert(6, u"x-language:en-us"_s);
        extra[9] = u"content-type;host;x-domain-id;x-language;x-sdk-date"_s;
        QTest::newRow("gateway signed an extra header") << extra << 6 << SignatureMismatchCause::ExtraHeader
                                                        << u"x-language"_s << u"\"x-language\""_s;
        QTest::newRow("signed-header list order") << replaced(8, u"host;content-type;x-domain-id;x-sdk-date"_s) << 8
                                                  << SignatureMismatchCause::SignedHeaders << QString()
                                                  << u"sorted"_s;
        QTest::newRow("body hash") << replaced(9, QString(64, u'0')) << 9 << SignatureMismatchCause::BodyHash
                                   << QString() << u"body"_s;
    }
    void compare()
    {
        QFETCH(QStringList, gateway);
        QFETCH(int, firstDifference);
        QFETCH(SignatureMismatchCause, cause);
        QFETCH(QString, header);
        QFETCH(QString, causeMentions);
        const auto result = CanonicalRequestDiff::compare(gateway.join(u'\n'), kOurs.join(u'\n'), u"STS"_s);
        QCOMPARE(result.firstDifference, firstDifference);
        QCOMPARE(result.cause, cause);
        QCOMPARE(result.headerName, header);
        QVERIFY2(result.causeText.contains(causeMentions), qPrintable(result.causeText));
        QCOMPARE(result.identical(), firstDifference < 0);
        if (firstDifference >= 0) {
            QVERIFY(result.lines.at(firstDifference).differs);
            for (int i = 0; i < firstDifference; ++i)
                QVERIFY(!result.lines.at(i).differs);
        }
    }

    void partsOfWellFormedRequest()
    {
        const auto parts = CanonicalRequestDiff::partsOf(kOurs);
        QCOMPARE(parts.size(), kOurs.size());
        QCOMPARE(parts.at(0), smsc::CanonicalPart::Method);
        QCOMPARE(parts.at(2), smsc::CanonicalPart::Query);
        QCOMPARE(parts.at(3), smsc::CanonicalPart::Header);
        QCOMPARE(parts.at(6), smsc::CanonicalPart::Header);
        QCOMPARE(parts.at(7), smsc::CanonicalPart::HeadersEnd);
        QCOMPARE(parts.at(8), smsc::CanonicalPart::SignedHeaders);
        QCOMPARE(parts.at(9), smsc::CanonicalPart::PayloadHash);
    }

    void gatewayEchoShorterThanOurs()
    {
        const auto result = CanonicalRequestDiff::compare(u"GET|/v3/"_s.replace(u'|', u'\n'), kOurs.join(u'\n'));
        QCOMPARE(result.firstDifference, 1);
        QCOMPARE(result.lines.size(), kOurs.size());
        QVERIFY(result.lines.last().theirs.isNull());
    }

    void textMarksTheFirstDifferenceAndShowsStringToSign()
    {
        const auto result = CanonicalRequestDiff::compare(replaced(1, u"/v3/sources"_s).join(u'\n'),
                                                          kOurs.join(u'\n'), u"SDK-HMAC-SHA256\n20261127T190000Z\nabc"_s);
        const QString text = CanonicalRequestDiff::toText(result);
        QVERIFY2(text.contains(u">   2  ours:    /v3/sources/"_s), qPrintable(text));
        QVERIFY2(text.contains(u"gateway: /v3/sources\n"_s), qPrintable(text));
        QVERIFY(text.contains(u"line 2 (canonical URI)"_s));
        QVERIFY(text.contains(u"20261127T190000Z"_s));
        QCOMPARE(text.count(u'>'), 1);
    }

    void causeIdsAreDistinct()
    {
        QSet<QString> ids;
        for (int c = int(SignatureMismatchCause::None); c <= int(SignatureMismatchCause::Unknown); ++c)
            ids.insert(CanonicalRequestDiff::causeId(SignatureMismatchCause(c)));
        QCOMPARE(ids.size(), int(SignatureMismatchCause::Unknown) + 1);
    }
};

QTEST_GUILESS_MAIN(TestCanonicalRequestDiff)
#include "tst_canonicalrequestdiff.moc"
