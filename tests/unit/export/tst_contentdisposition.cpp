// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ContentDisposition.h"

#include <QTest>

using namespace Qt::StringLiterals;

using smsc::ContentDisposition;

class TestContentDisposition final : public QObject
{
    Q_OBJECT
private slots:
    void parsesFileName_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("plain token") << QByteArray("attachment; filename=results.csv") << u"attachment"_s << u"results.csv"_s;
        QTest::newRow("quoted with spaces") << QByteArray("attachment; filename=\"my results.csv\"")
                                            << u"attachment"_s << u"my results.csv"_s;
        QTest::newRow("quoted-pair escapes") << QByteArray("attachment; filename=\"a \\\"b\\\" \\\\c.csv\"")
                                             << u"attachment"_s << u"a \"b\" \\c.csv"_s;
        QTest::newRow("semicolon inside quotes") << QByteArray("attachment; filename=\"a;b.csv\"; size=3")
                                                 << u"attachment"_s << u"a;b.csv"_s;
        QTest::newRow("filename* UTF-8 wins over filename")
            << QByteArray("attachment; filename=\"fallback.csv\"; filename*=UTF-8''%E4%B8%80%E8%87%B4%E6%80%A7.csv")
            << u"attachment"_s << u"一致性.csv"_s;
        QTest::newRow("filename* before filename still wins")
            << QByteArray("attachment; filename*=utf-8'en'r%C3%A9sultats.csv; filename=\"results.csv\"")
            << u"attachment"_s << u"résultats.csv"_s;
        QTest::newRow("filename* ISO-8859-1")
            << QByteArray("attachment; filename*=iso-8859-1''r%E9sum%E9.csv") << u"attachment"_s << u"résumé.csv"_s;
        QTest::newRow("filename* unknown charset falls back to filename")
            << QByteArray("attachment; filename*=koi8-r''%C1.csv; filename=plain.csv") << u"attachment"_s << u"plain.csv"_s;
        QTest::newRow("filename* broken UTF-8 falls back to filename")
            << QByteArray("attachment; filename*=UTF-8''%FF%FE.csv; filename=plain.csv") << u"attachment"_s << u"plain.csv"_s;
        QTest::newRow("raw UTF-8 bytes in filename") << QByteArray("attachment; filename=\"\xe7\xbb\x93\xe6\x9e\x9c.csv\"")
                                                     << u"attachment"_s << u"结果.csv"_s;
        QTest::newRow("case-insensitive names and type") << QByteArray("INLINE; FileName=\"r.csv\"") << u"inline"_s << u"r.csv"_s;
        QTest::newRow("extra whitespace") << QByteArray("  attachment ;  filename =  \"r.csv\"  ") << u"attachment"_s << u"r.csv"_s;
        QTest::newRow("no filename") << QByteArray("attachment") << u"attachment"_s << QString();
        QTest::newRow("empty header") << QByteArray() << QString() << QString();
        QTest::newRow("parameter without value skipped") << QByteArray("attachment; foo; filename=r.csv")
                                                         << u"attachment"_s << u"r.csv"_s;
        QTest::newRow("unterminated quote") << QByteArray("attachment; filename=\"open.csv") << u"attachment"_s << u"open.csv"_s;
        QTest::newRow("hostile path kept raw by the parser") << QByteArray("attachment; filename=\"../../etc/passwd\"")
                                                             << u"attachment"_s << u"../../etc/passwd"_s;
    }
    void parsesFileName()
    {
        QFETCH(QByteArray, header);
        const ContentDisposition cd = ContentDisposition::parse(header);
        QTEST(cd.type(), "type");
        QTEST(cd.fileName(), "fileName");
    }

    void sanitises_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("safe");
        QTest::newRow("ordinary name unchanged") << u"consistency-2025.csv"_s << u"consistency-2025.csv"_s;
        QTest::newRow("unix parent traversal") << u"../../etc/passwd"_s << u"passwd"_s;
        QTest::newRow("windows parent traversal") << u"..\\..\\Windows\\evil.csv"_s << u"evil.csv"_s;
        QTest::newRow("absolute unix path") << u"/tmp/x.csv"_s << u"x.csv"_s;
        QTest::newRow("only dot-dot") << u".."_s << QString();
        QTest::newRow("dot-dot after a folder") << u"folder/.."_s << QString();
        QTest::newRow("hidden file loses leading dots") << u".bashrc"_s << u"bashrc"_s;
        QTest::newRow("dot runs collapse") << u"a..b...csv"_s << u"a.b.csv"_s;
        QTest::newRow("trailing dots and spaces") << u"report.csv. . "_s << u"report.csv"_s;
        QTest::newRow("control characters removed") << u"re\u0001po\nrt\t.csv"_s << u"report.csv"_s;
        QTest::newRow("bidi override removed") << u"invoice\u202Evsc.exe"_s << u"invoicevsc.exe"_s;
        QTest::newRow("windows reserved characters") << u"a<b>c:d\"e|f?g*h.csv"_s << u"a_b_c_d_e_f_g_h.csv"_s;
        QTest::newRow("windows device name") << u"CON.csv"_s << u"_CON.csv"_s;
        QTest::newRow("windows device name lower case") << u"lpt1"_s << u"_lpt1"_s;
        QTest::newRow("not a device name") << u"console.csv"_s << u"console.csv"_s;
        QTest::newRow("unicode kept") << u"一致性 结果.csv"_s << u"一致性 结果.csv"_s;
        QTest::newRow("emoji kept whole") << u"\U0001F600.csv"_s << u"\U0001F600.csv"_s;
        QTest::newRow("whitespace only") << u"   "_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void sanitises()
    {
        QFETCH(QString, raw);
        QTEST(ContentDisposition::sanitise(raw), "safe");
    }

    void longNamesAreCappedKeepingTheExtension_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::newRow("ascii") << QString(400, u'a') + u".csv"_s;
        QTest::newRow("CJK (3 bytes each)") << QString(400, QChar(0x4E00)) + u".xlsx"_s;
        QTest::newRow("emoji (surrogate pairs)") << QString(u"\U0001F600"_s).repeated(300) + u".zip"_s;
        // The cut lands after a dot or a space: no "a..csv" or "a .csv" (found by fuzz_content_disposition).
        QTest::newRow("cut after a dot") << u"a."_s.repeated(200) + u".csv"_s;
        QTest::newRow("cut after a space") << u"a "_s.repeated(200) + u".csv"_s;
    }
    void longNamesAreCappedKeepingTheExtension()
    {
        QFETCH(QString, raw);
        const QString safe = ContentDisposition::sanitise(raw);
        QVERIFY(!safe.isEmpty());
        QVERIFY(safe.toUcs4().size() <= ContentDisposition::kMaxFileNameLength);
        QVERIFY(safe.toUtf8().size() <= 255);
        QVERIFY(safe.endsWith(raw.mid(raw.lastIndexOf(u'.'))));
        QVERIFY2(!safe.contains(u".."_s) && !safe.contains(u" ."_s), qPrintable(safe));
        QVERIFY(!safe.front().isLowSurrogate());
        for (qsizetype i = 0; i < safe.size(); ++i)  // no half of a surrogate pair left behind
            QVERIFY(!safe.at(i).isHighSurrogate() || (i + 1 < safe.size() && safe.at(i + 1).isLowSurrogate()));
    }

    void fallbackNameFromContentType_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("expected");
        QTest::newRow("csv") << QByteArray("text/csv; charset=utf-8") << u"consistency-results-20260127-090503.csv"_s;
        QTest::newRow("zip") << QByteArray("application/zip") << u"consistency-results-20260127-090503.zip"_s;
        QTest::newRow("xls") << QByteArray("application/vnd.ms-excel") << u"consistency-results-20260127-090503.xls"_s;
        QTest::newRow("xlsx") << QByteArray("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                              << u"consistency-results-20260127-090503.xlsx"_s;
        QTest::newRow("json") << QByteArray("application/json;charset=UTF-8") << u"consistency-results-20260127-090503.json"_s;
        QTest::newRow("octet-stream") << QByteArray("application/octet-stream") << u"consistency-results-20260127-090503.bin"_s;
        QTest::newRow("missing") << QByteArray() << u"consistency-results-20260127-090503.bin"_s;
        QTest::newRow("upper case") << QByteArray("TEXT/CSV") << u"consistency-results-20260127-090503.csv"_s;
    }
    void fallbackNameFromContentType()
    {
        QFETCH(QByteArray, contentType);
        const QDateTime when(QDate(2026, 1, 27), QTime(9, 5, 3));
        QTEST(ContentDisposition::fallbackFileName(contentType, when), "expected");
    }

    void fileNameForPrefersSafeHeaderName_data()
    {
        QTest::addColumn<QByteArray>("disposition");
        QTest::addColumn<QString>("expected");
        QTest::newRow("header name used") << QByteArray("attachment; filename=\"r.csv\"") << u"r.csv"_s;
        QTest::newRow("hostile header sanitised") << QByteArray("attachment; filename=\"../../.ssh/authorized_keys\"")
                                                  << u"authorized_keys"_s;
        QTest::newRow("hostile backslashes sanitised") << QByteArray("attachment; filename=\"..\\\\..\\\\evil.csv\"")
                                                       << u"evil.csv"_s;
        QTest::newRow("nothing usable falls back") << QByteArray("attachment; filename=\"../..\"")
                                                   << u"consistency-results-20260127-090503.csv"_s;
        QTest::newRow("no header falls back") << QByteArray() << u"consistency-results-20260127-090503.csv"_s;
    }
    void fileNameForPrefersSafeHeaderName()
    {
        QFETCH(QByteArray, disposition);
        const QDateTime when(QDate(2026, 1, 27), QTime(9, 5, 3));
        QTEST(ContentDisposition::fileNameFor(disposition, "text/csv", when), "expected");
    }
};

QTEST_GUILESS_MAIN(TestContentDisposition)
#include "tst_contentdisposition.moc"
