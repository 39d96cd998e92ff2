#include "ContentDisposition.h"

#include <QTest>

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
        QTest::newRow("plain token") << QByteArray("attachment; filename=results.csv") << u"attachment"_qs << u"results.csv"_qs;
        QTest::newRow("quoted with spaces") << QByteArray("attachment; filename=\"my results.csv\"")
                                            << u"attachment"_qs << u"my results.csv"_qs;
        QTest::newRow("quoted-pair escapes") << QByteArray("attachment; filename=\"a \\\"b\\\" \\\\c.csv\"")
                                             << u"attachment"_qs << u"a \"b\" \\c.csv"_qs;
        QTest::newRow("semicolon inside quotes") << QByteArray("attachment; filename=\"a;b.csv\"; size=3")
                                                 << u"attachment"_qs << u"a;b.csv"_qs;
        QTest::newRow("filename* UTF-8 wins over filename")
            << QByteArray("attachment; filename=\"fallback.csv\"; filename*=UTF-8''%E4%B8%80%E8%87%B4%E6%80%A7.csv")
            << u"attachment"_qs << u"一致性.csv"_qs;
        QTest::newRow("filename* before filename still wins")
            << QByteArray("attachment; filename*=utf-8'en'r%C3%A9sultats.csv; filename=\"results.csv\"")
            << u"attachment"_qs << u"résultats.csv"_qs;
        QTest::newRow("filename* ISO-8859-1")
            << QByteArray("attachment; filename*=iso-8859-1''r%E9sum%E9.csv") << u"attachment"_qs << u"résumé.csv"_qs;
        QTest::newRow("filename* unknown charset falls back to filename")
            << QByteArray("attachment; filename*=koi8-r''%C1.csv; filename=plain.csv") << u"attachment"_qs << u"plain.csv"_qs;
        QTest::newRow("filename* broken UTF-8 falls back to filename")
            << QByteArray("attachment; filename*=UTF-8''%FF%FE.csv; filename=plain.csv") << u"attachment"_qs << u"plain.csv"_qs;
        QTest::newRow("raw UTF-8 bytes in filename") << QByteArray("attachment; filename=\"\xe7\xbb\x93\xe6\x9e\x9c.csv\"")
                                                     << u"attachment"_qs << u"结果.csv"_qs;
        QTest::newRow("case-insensitive names and type") << QByteArray("INLINE; FileName=\"r.csv\"") << u"inline"_qs << u"r.csv"_qs;
        QTest::newRow("extra whitespace") << QByteArray("  attachment ;  filename =  \"r.csv\"  ") << u"attachment"_qs << u"r.csv"_qs;
        QTest::newRow("no filename") << QByteArray("attachment") << u"attachment"_qs << QString();
        QTest::newRow("empty header") << QByteArray() << QString() << QString();
        QTest::newRow("parameter without value skipped") << QByteArray("attachment; foo; filename=r.csv")
                                                         << u"attachment"_qs << u"r.csv"_qs;
        QTest::newRow("unterminated quote") << QByteArray("attachment; filename=\"open.csv") << u"attachment"_qs << u"open.csv"_qs;
        QTest::newRow("hostile path kept raw by the parser") << QByteArray("attachment; filename=\"../../etc/passwd\"")
                                                             << u"attachment"_qs << u"../../etc/passwd"_qs;
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
        QTest::newRow("ordinary name unchanged") << u"consistency-2025.csv"_qs << u"consistency-2025.csv"_qs;
        QTest::newRow("unix parent traversal") << u"../../etc/passwd"_qs << u"passwd"_qs;
        QTest::newRow("windows parent traversal") << u"..\\..\\Windows\\evil.csv"_qs << u"evil.csv"_qs;
        QTest::newRow("absolute unix path") << u"/tmp/x.csv"_qs << u"x.csv"_qs;
        QTest::newRow("only dot-dot") << u".."_qs << QString();
        QTest::newRow("dot-dot after a folder") << u"folder/.."_qs << QString();
        QTest::newRow("hidden file loses leading dots") << u".bashrc"_qs << u"bashrc"_qs;
        QTest::newRow("dot runs collapse") << u"a..b...csv"_qs << u"a.b.csv"_qs;
        QTest::newRow("trailing dots and spaces") << u"report.csv. . "_qs << u"report.csv"_qs;
        QTest::newRow("control characters removed") << u"re\u0001po\nrt\t.csv"_qs << u"report.csv"_qs;
        QTest::newRow("bidi override removed") << u"invoice\u202Evsc.exe"_qs << u"invoicevsc.exe"_qs;
        QTest::newRow("windows reserved characters") << u"a<b>c:d\"e|f?g*h.csv"_qs << u"a_b_c_d_e_f_g_h.csv"_qs;
        QTest::newRow("windows device name") << u"CON.csv"_qs << u"_CON.csv"_qs;
        QTest::newRow("windows device name lower case") << u"lpt1"_qs << u"_lpt1"_qs;
        QTest::newRow("not a device name") << u"console.csv"_qs << u"console.csv"_qs;
        QTest::newRow("unicode kept") << u"一致性 结果.csv"_qs << u"一致性 结果.csv"_qs;
        QTest::newRow("emoji kept whole") << u"\U0001F600.csv"_qs << u"\U0001F600.csv"_qs;
        QTest::newRow("whitespace only") << u"   "_qs << QString();
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
        QTest::newRow("ascii") << QString(400, u'a') + u".csv"_qs;
        QTest::newRow("CJK (3 bytes each)") << QString(400, QChar(0x4E00)) + u".xlsx"_qs;
        QTest::newRow("emoji (surrogate pairs)") << QString(u"\U0001F600"_qs).repeated(300) + u".zip"_qs;
    }
    void longNamesAreCappedKeepingTheExtension()
    {
        QFETCH(QString, raw);
        const QString safe = ContentDisposition::sanitise(raw);
        QVERIFY(!safe.isEmpty());
        QVERIFY(safe.toUcs4().size() <= ContentDisposition::kMaxFileNameLength);
        QVERIFY(safe.toUtf8().size() <= 255);
        QVERIFY(safe.endsWith(raw.mid(raw.lastIndexOf(u'.'))));
        QVERIFY(!safe.front().isLowSurrogate());
        for (qsizetype i = 0; i < safe.size(); ++i)  // no half of a surrogate pair left behind
            QVERIFY(!safe.at(i).isHighSurrogate() || (i + 1 < safe.size() && safe.at(i + 1).isLowSurrogate()));
    }

    void fallbackNameFromContentType_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("expected");
        QTest::newRow("csv") << QByteArray("text/csv; charset=utf-8") << u"consistency-results-20260127-090503.csv"_qs;
        QTest::newRow("zip") << QByteArray("application/zip") << u"consistency-results-20260127-090503.zip"_qs;
        QTest::newRow("xls") << QByteArray("application/vnd.ms-excel") << u"consistency-results-20260127-090503.xls"_qs;
        QTest::newRow("xlsx") << QByteArray("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                              << u"consistency-results-20260127-090503.xlsx"_qs;
        QTest::newRow("json") << QByteArray("application/json;charset=UTF-8") << u"consistency-results-20260127-090503.json"_qs;
        QTest::newRow("octet-stream") << QByteArray("application/octet-stream") << u"consistency-results-20260127-090503.bin"_qs;
        QTest::newRow("missing") << QByteArray() << u"consistency-results-20260127-090503.bin"_qs;
        QTest::newRow("upper case") << QByteArray("TEXT/CSV") << u"consistency-results-20260127-090503.csv"_qs;
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
        QTest::newRow("header name used") << QByteArray("attachment; filename=\"r.csv\"") << u"r.csv"_qs;
        QTest::newRow("hostile header sanitised") << QByteArray("attachment; filename=\"../../.ssh/authorized_keys\"")
                                                  << u"authorized_keys"_qs;
        QTest::newRow("hostile backslashes sanitised") << QByteArray("attachment; filename=\"..\\\\..\\\\evil.csv\"")
                                                       << u"evil.csv"_qs;
        QTest::newRow("nothing usable falls back") << QByteArray("attachment; filename=\"../..\"")
                                                   << u"consistency-results-20260127-090503.csv"_qs;
        QTest::newRow("no header falls back") << QByteArray() << u"consistency-results-20260127-090503.csv"_qs;
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
