// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/TerminalText.h"
#include "util/UntrustedText.h"

#include <QTest>

using namespace Qt::StringLiterals;
using smsc::UntrustedText;
using smsc::cli::TerminalText;

class TestTerminalText final : public QObject
{
    Q_OBJECT

private slots:
    void printableEscapesEverythingThatControlsTheTerminal_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain text stays") << u"Receiving: 12.0 KiB"_s << u"Receiving: 12.0 KiB"_s;
        QTest::newRow("CJK stays") << u"正在接收 数据库-007"_s << u"正在接收 数据库-007"_s;
        QTest::newRow("ESC of a colour sequence") << u"a\x1b[31mred"_s << u"a\\x1B[31mred"_s;
        QTest::newRow("carriage return and newline") << u"x\r\ny"_s << u"x\\r\\ny"_s;
        QTest::newRow("bell and backspace") << u"\a\b"_s << u"\\x07\\x08"_s;
        QTest::newRow("DEL") << u"a\x7f"_s << u"a\\x7F"_s;
        QTest::newRow("C1 CSI") << QString(QChar(0x9b)) + u"2J"_s << u"\\x9B2J"_s;
        QTest::newRow("right-to-left override") << u"file\u202Evsc.exe"_s << u"file\\u202Evsc.exe"_s;
        QTest::newRow("isolates") << u"\u2066x\u2069"_s << u"\\u2066x\\u2069"_s;
        QTest::newRow("line separator") << u"a\u2028b"_s << u"a\\u2028b"_s;
    }
    void printableEscapesEverythingThatControlsTheTerminal()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(TerminalText::printable(text).toLower(), expected.toLower());
        QVERIFY(UntrustedText::isSafe(TerminalText::printable(text)));
    }

    void widthCountsColumns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("columns");
        QTest::newRow("ASCII") << u"--rows FILE"_s << 11;
        QTest::newRow("CJK ideographs are two columns") << u"通用选项"_s << 8;
        QTest::newRow("fullwidth punctuation") << u"（，）"_s << 6;
        QTest::newRow("mixed") << u"从 FILE 读取"_s << 12;
        QTest::newRow("combining accent takes none") << u"e\u0301"_s << 1;
        QTest::newRow("hangul") << u"한국"_s << 4;
        QTest::newRow("astral ideograph") << QString::fromUcs4(U"\U00020000") << 2;
    }
    void widthCountsColumns()
    {
        QFETCH(QString, text);
        QFETCH(int, columns);
        QCOMPARE(TerminalText::width(text), columns);
    }

    void elideCutsByColumns()
    {
        QCOMPARE(TerminalText::elide(u"abcdef"_s, 6), u"abcdef"_s);
        QCOMPARE(TerminalText::elide(u"abcdef"_s, 4), u"abc…"_s);
        QCOMPARE(TerminalText::elide(u"接收数据中"_s, 6), u"接收…"_s);
        QVERIFY(TerminalText::width(TerminalText::elide(u"接收数据中"_s, 7)) <= 7);
    }

    void wrapKeepsEveryLineWithinTheColumns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("columns");
        QTest::newRow("English") << u"Correct a wrong local clock: auto retries once with the measured offset when "
                                    "the signature is rejected as expired."_s << 30;
        QTest::newRow("Chinese without spaces")
            << u"纠正本地时钟错误：auto 表示签名因过期被拒绝时使用测得的偏移量重试一次；数字表示在签名时间上加上相应秒数。"_s << 30;
        QTest::newRow("Chinese punctuation")
            << u"绝不接受以参数形式传入密钥：请使用环境变量（CLOUD_SDK_AK、CLOUD_SDK_SK）、--token-file 或已保存的 --profile。"_s
            << 24;
        QTest::newRow("a word longer than a line") << u"x https://example.invalid/a/very/long/path/that/never/ends y"_s << 20;
    }
    void wrapKeepsEveryLineWithinTheColumns()
    {
        QFETCH(QString, text);
        QFETCH(int, columns);
        const QStringList lines = TerminalText::wrap(text, columns);
        QVERIFY(lines.size() > 1);
        QString joined;
        for (const QString &line : lines) {
            QVERIFY2(TerminalText::width(line) <= columns, qPrintable(line));
            QVERIFY2(!u"，。；：、）"_s.contains(line.front()), qPrintable(line));  // closing marks never start a line
            QVERIFY2(!u"（「"_s.contains(line.back()), qPrintable(line));          // opening ones never end one
            joined += line;
        }
        QString compact = text;
        compact.remove(u' ');
        joined.remove(u' ');
        QCOMPARE(joined, compact);  // nothing lost, nothing added
    }

    void unicodeOnlyInAUtf8Locale_data()
    {
        QTest::addColumn<QString>("lcAll");
        QTest::addColumn<QString>("lcCtype");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<bool>("unicode");
        QTest::newRow("LANG UTF-8") << QString() << QString() << u"en_US.UTF-8"_s << true;
        QTest::newRow("LANG utf8") << QString() << QString() << u"zh_CN.utf8"_s << true;
        QTest::newRow("nothing set: the C locale") << QString() << QString() << QString() << false;
        QTest::newRow("LANG C") << QString() << QString() << u"C"_s << false;
        QTest::newRow("LC_ALL C wins over LANG") << u"C"_s << QString() << u"en_US.UTF-8"_s << false;
        QTest::newRow("LC_CTYPE UTF-8 wins over LANG") << QString() << u"C.UTF-8"_s << u"C"_s << true;
        QTest::newRow("Latin-1") << QString() << QString() << u"de_DE.ISO-8859-1"_s << false;
    }
    void unicodeOnlyInAUtf8Locale()
    {
        QFETCH(QString, lcAll);
        QFETCH(QString, lcCtype);
        QFETCH(QString, lang);
        QFETCH(bool, unicode);
        QProcessEnvironment env;
        if (!lcAll.isEmpty())
            env.insert(u"LC_ALL"_s, lcAll);
        if (!lcCtype.isEmpty())
            env.insert(u"LC_CTYPE"_s, lcCtype);
        if (!lang.isEmpty())
            env.insert(u"LANG"_s, lang);
        QCOMPARE(TerminalText::unicodeAllowed(env), unicode);
    }
    void wrapKeepsLineBreaks()
    {
        QCOMPARE(TerminalText::wrap(u"one\ntwo"_s, 40), (QStringList{u"one"_s, u"two"_s}));
    }
};

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
