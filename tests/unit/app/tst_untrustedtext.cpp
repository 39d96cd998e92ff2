// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/UntrustedText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

using smsc::UntrustedText;
using Lines = smsc::UntrustedText::Lines;

Q_DECLARE_METATYPE(smsc::UntrustedText::Lines)

namespace {

QString fromUcs4(std::initializer_list<char32_t> codePoints)
{
    return QString::fromUcs4(std::data(codePoints), qsizetype(codePoints.size()));
}

} // namespace

//! The one neutraliser of text from the network: what it escapes, what it keeps, and that it is idempotent.
class TestUntrustedText final : public QObject
{
    Q_OBJECT
private slots:
    void neutralised_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<Lines>("lines");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain ASCII unchanged") << u"SMS.0204 denied"_s << Lines::Escape << u"SMS.0204 denied"_s;
        QTest::newRow("Chinese and emoji unchanged") << u"迁移 Zürich 🙂"_s << Lines::Escape << u"迁移 Zürich 🙂"_s;
        QTest::newRow("backslash kept as is") << u"C:\\temp\\x1b"_s << Lines::Escape << u"C:\\temp\\x1b"_s;
        QTest::newRow("ESC [2J clear screen") << u"a\x1b[2Jb"_s << Lines::Escape << u"a\\x1b[2Jb"_s;
        QTest::newRow("OSC 52 clipboard with BEL") << u"\x1b]52;c;ZXZpbA==\x07"_s << Lines::Escape
                                                   << u"\\x1b]52;c;ZXZpbA==\\x07"_s;
        QTest::newRow("OSC title with ST") << u"\x1b]0;pwned\x1b\\"_s << Lines::Escape << u"\\x1b]0;pwned\\x1b\\"_s;
        QTest::newRow("NUL") << fromUcs4({u'a', 0, u'b'}) << Lines::Escape << u"a\\x00b"_s;
        QTest::newRow("DEL") << u"a\x7f"_s << Lines::Escape << u"a\\x7f"_s;
        QTest::newRow("C1 CSI U+009B") << fromUcs4({0x9B, u'2', u'J'}) << Lines::Escape << u"\\x9b2J"_s;
        QTest::newRow("C1 NEL U+0085") << fromUcs4({u'a', 0x85, u'b'}) << Lines::Escape << u"a\\x85b"_s;
        QTest::newRow("C1 first and last") << fromUcs4({0x80, 0x9F}) << Lines::Escape << u"\\x80\\x9f"_s;
        QTest::newRow("U+00A0 is not C1") << fromUcs4({0xA0}) << Lines::Escape << fromUcs4({0xA0});
        QTest::newRow("RLO U+202E") << fromUcs4({u'a', 0x202E, u'b'}) << Lines::Escape << u"a\\u202eb"_s;
        QTest::newRow("embeddings U+202A..U+202D") << fromUcs4({0x202A, 0x202B, 0x202C, 0x202D}) << Lines::Escape
                                                   << u"\\u202a\\u202b\\u202c\\u202d"_s;
        QTest::newRow("isolates U+2066..U+2069") << fromUcs4({0x2066, 0x2067, 0x2068, 0x2069}) << Lines::Escape
                                                 << u"\\u2066\\u2067\\u2068\\u2069"_s;
        QTest::newRow("LRM RLM ALM") << fromUcs4({0x200E, 0x200F, 0x061C}) << Lines::Escape
                                     << u"\\u200e\\u200f\\u061c"_s;
        QTest::newRow("line and paragraph separators") << fromUcs4({0x2028, 0x2029}) << Lines::Escape
                                                       << u"\\u2028\\u2029"_s;
        QTest::newRow("zero-width joiner kept (emoji)") << fromUcs4({0x1F468, 0x200D, 0x1F469}) << Lines::Escape
                                                        << fromUcs4({0x1F468, 0x200D, 0x1F469});
        QTest::newRow("lone high surrogate") << QString(QChar(0xD800)) << Lines::Escape << u"\\ud800"_s;
        QTest::newRow("lone low surrogate") << QString(QChar(0xDC00)) + u"x"_s << Lines::Escape << u"\\udc00x"_s;
        QTest::newRow("one line: newline, CR, tab escaped") << u"a\nb\rc\td"_s << Lines::Escape << u"a\\nb\\rc\\td"_s;
        QTest::newRow("one line: CRLF escaped") << u"a\r\nb"_s << Lines::Escape << u"a\\r\\nb"_s;
        QTest::newRow("multi-line: newline and tab kept") << u"a\nb\tc"_s << Lines::Keep << u"a\nb\tc"_s;
        QTest::newRow("multi-line: CRLF becomes LF") << u"a\r\nb\r\n"_s << Lines::Keep << u"a\nb\n"_s;
        QTest::newRow("multi-line: lone CR (overwrites a line) escaped") << u"safe\rEVIL"_s << Lines::Keep
                                                                         << u"safe\\rEVIL"_s;
        QTest::newRow("multi-line: ESC still escaped") << u"a\n\x1b[1A"_s << Lines::Keep << u"a\n\\x1b[1A"_s;
        QTest::newRow("empty") << QString() << Lines::Escape << QString();
    }
    void neutralised()
    {
        QFETCH(QString, input);
        QFETCH(Lines, lines);
        QFETCH(QString, expected);
        const QString out = UntrustedText::neutralised(input, lines);
        QCOMPARE(out, expected);
        QVERIFY(UntrustedText::isSafe(out, lines));
        QCOMPARE(UntrustedText::isSafe(input, lines), input == expected);
        QCOMPARE(UntrustedText::neutralised(out, lines), out);  // idempotent
        if (!QByteArray(QTest::currentDataTag()).contains("surrogate"))  // not representable in UTF-8
            QCOMPARE(UntrustedText::fromUtf8(input.toUtf8(), lines), expected);
    }

    void invalidUtf8BecomesReplacementCharacters()
    {
        QCOMPARE(UntrustedText::fromUtf8("a\xff\x1b"), u"a\uFFFD\\x1b"_s);
        // Raw C1 bytes are not UTF-8: they decode to U+FFFD, never to a live control.
        QCOMPARE(UntrustedText::fromUtf8("\x9b" "2J"), u"\uFFFD" "2J"_s);
        // A sequence cut at the end is shown too, not silently dropped (found by fuzz_untrusted_text).
        QCOMPARE(UntrustedText::fromUtf8("abc\xf4"), u"abc\uFFFD"_s);
        QCOMPARE(UntrustedText::fromUtf8("x\xe8\xae"), u"x\uFFFD\uFFFD"_s);  // one per byte, as Qt decodes
    }

    void jsonEscaped_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("C1 NEL") << fromUcs4({0x85}) << QByteArray(R"({"v":"\u0085"})");
        QTest::newRow("C1 CSI") << fromUcs4({0x9B, u'2', u'J'}) << QByteArray(R"({"v":"\u009b2J"})");
        QTest::newRow("RLO") << fromUcs4({0x202E}) << QByteArray(R"({"v":"\u202e"})");
        QTest::newRow("isolate") << fromUcs4({0x2066}) << QByteArray(R"({"v":"\u2066"})");
        QTest::newRow("ALM") << fromUcs4({0x061C}) << QByteArray(R"({"v":"\u061c"})");
        QTest::newRow("LRM") << fromUcs4({0x200E}) << QByteArray(R"({"v":"\u200e"})");
        QTest::newRow("DEL") << u"\x7f"_s << QByteArray(R"({"v":"\u007f"})");
        QTest::newRow("line separator") << fromUcs4({0x2028}) << QByteArray(R"({"v":"\u2028"})");
        QTest::newRow("ESC (Qt escapes C0 itself)") << u"\x1b"_s << QByteArray(R"({"v":"\u001b"})");
        QTest::newRow("Chinese, umlaut, en dash, arrow, emoji kept")
            << u"迁移 ü – → 🙂 ؛"_s << u"{\"v\":\"迁移 ü – → 🙂 ؛\"}"_s.toUtf8();
    }
    void jsonEscaped()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, expected);
        const QByteArray json = UntrustedText::jsonEscaped(QJsonDocument(QJsonObject{{u"v"_s, value}})
                                                               .toJson(QJsonDocument::Compact));
        QCOMPARE(json, expected);
        QCOMPARE(QJsonDocument::fromJson(json).object().value(u"v"_s).toString(), value);  // same document
    }
};

QTEST_APPLESS_MAIN(TestUntrustedText)
#include "tst_untrustedtext.moc"
