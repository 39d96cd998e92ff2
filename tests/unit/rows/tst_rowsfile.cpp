// SPDX-License-Identifier: GPL-3.0-or-later
#include "rows/RowsFile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using smsc::Outcome;
using smsc::ParsedRows;
using smsc::RowsFile;
using smsc::TaskRow;

namespace {

TaskRow row(const QString &taskId, const QString &sourceId = {}, const QString &sourceName = {})
{
    return TaskRow{taskId, sourceId, sourceName};
}

void expectRows(const Outcome<ParsedRows> &result, const QList<TaskRow> &rows, const QList<int> &lines)
{
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result.value().rows, rows);
    QCOMPARE(result.value().lines, lines);
}

// A failure has no rows at all (Outcome holds either rows or the failure).
void expectError(const Outcome<ParsedRows> &result, const QString &fragment, int line)
{
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(fragment), qPrintable(result.error()));
    QVERIFY2(!result.error().contains(u'\n'), qPrintable(result.error()));
    QCOMPARE(result.failure().line, line);
    if (line > 0)
        QVERIFY2(result.error().contains(u"Line %1"_s.arg(line)), qPrintable(result.error()));
}

} // namespace

class TestRowsFile final : public QObject
{
    Q_OBJECT
private slots:
    void parseFile_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QList<TaskRow>>("rows");
        QTest::addColumn<QList<int>>("lines");
        QTest::newRow("CSV in API order") << QByteArray("task_id,source_id,source_name\nt1,s1,web-01\nt2,s2,db-01\n")
                                          << QList{row(u"t1"_s, u"s1"_s, u"web-01"_s), row(u"t2"_s, u"s2"_s, u"db-01"_s)}
                                          << QList{2, 3};
        QTest::newRow("columns in any order, any case")
            << QByteArray("Source_Name, TASK_ID ,source_id\nweb-01,t1,s1")
            << QList{row(u"t1"_s, u"s1"_s, u"web-01"_s)} << QList{2};
        QTest::newRow("the window's titles, as a table export shows them")
            << QByteArray("Source Name,Task ID,Source ID\nweb-01,t1,s1\n") << QList{row(u"t1"_s, u"s1"_s, u"web-01"_s)}
            << QList{2};
        QTest::newRow("the window's Chinese titles")
            << QByteArray("\xE4\xBB\xBB\xE5\x8A\xA1 ID\t\xE6\xBA\x90\xE7\xAB\xAF\xE5\x90\x8D\xE7\xA7\xB0\nt1\tweb-01\n")
            << QList{row(u"t1"_s, {}, u"web-01"_s)} << QList{2};
        QTest::newRow("an untitled column left empty (a trailing delimiter)")
            << QByteArray("task_id,source_id,\nt1,s1,\nt2,, \n") << QList{row(u"t1"_s, u"s1"_s), row(u"t2"_s)}
            << QList{2, 3};
        QTest::newRow("UTF-8 BOM and CRLF") << QByteArray("\xEF\xBB\xBFtask_id,source_id,source_name\r\nt1,s1,\xE8\xBF\x81\r\n")
                                            << QList{row(u"t1"_s, u"s1"_s, u"迁"_s)} << QList{2};
        QTest::newRow("quoted comma, doubled quote, embedded CRLF")
            << QByteArray("task_id,source_id,source_name\r\n\"t,1\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nt2,,\r\n")
            << QList{row(u"t,1"_s, u"say \"hi\""_s, u"two\r\nlines"_s), row(u"t2"_s)} << QList{2, 4};
        QTest::newRow("TSV detected from the header")
            << QByteArray("task_id\tsource_id\tsource_name\nt1\ts,1\t\"a\tb\"\n")
            << QList{row(u"t1"_s, u"s,1"_s, u"a\tb"_s)} << QList{2};
        QTest::newRow("only a task_id column") << QByteArray("task_id\nt1\nt2") << QList{row(u"t1"_s), row(u"t2"_s)}
                                               << QList{2, 3};
        QTest::newRow("blank lines kept as blank rows for numbering")
            << QByteArray("\ntask_id,source_id,source_name\nt1,,\n\nt2,,\n") << QList{row(u"t1"_s), row({}), row(u"t2"_s)}
            << QList{3, 4, 5};
        QTest::newRow("whitespace kept for the validator to trim")
            << QByteArray("task_id,source_id,source_name\n t1 , s ,\n") << QList{row(u" t1 "_s, u" s "_s)} << QList{2};
        QTest::newRow("header only") << QByteArray("task_id,source_id,source_name\r\n") << QList<TaskRow>{} << QList<int>{};
    }
    void parseFile()
    {
        QFETCH(QByteArray, data);
        QFETCH(QList<TaskRow>, rows);
        QFETCH(QList<int>, lines);
        expectRows(RowsFile::parse(data), rows, lines);
    }

    void parseFileErrors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<int>("line");
        QTest::newRow("unterminated quote") << QByteArray("task_id,source_id,source_name\nt1,\"open,x\nt2,b,c\n")
                                            << u"not closed"_s << 2;
        QTest::newRow("too few fields") << QByteArray("task_id,source_id,source_name\nt1,s1,n\nt2,s2\n")
                                        << u"2 fields, but the header row has 3"_s << 3;
        QTest::newRow("too many fields") << QByteArray("task_id,source_id,source_name\nt1,s1,n,x\n")
                                         << u"4 fields"_s << 2;
        QTest::newRow("no task_id column") << QByteArray("id,source_id,source_name\nt1,s1,n\n") << u"task_id"_s << 1;
        QTest::newRow("task_id named twice: the second column's values would vanish")
            << QByteArray("task_id,task_id,source_name\nt1,t2,n\n") << u"column 2 \"task_id\" repeats task_id (column 1)"_s
            << 1;
        QTest::newRow("a title and an API name for one column")
            << QByteArray("\nTask ID,source_id,TASK_ID\nt1,s1,t2\n") << u"column 3 \"TASK_ID\" repeats task_id"_s << 2;
        QTest::newRow("an unknown column") << QByteArray("task_id,source_id,notes\nt1,s1,keep me\n")
                                           << u"column 3 \"notes\" is not a column"_s << 1;
        QTest::newRow("a value under an untitled column")
            << QByteArray("task_id,,source_name\nt1,,n\nt2,lost?,n\n") << u"Line 3, column 2"_s << 3;
        QTest::newRow("no header: first row taken as header") << QByteArray("t1,s1,n\n") << u"task_id"_s << 1;
        QTest::newRow("Latin-1 byte") << QByteArray("task_id,source_id,source_name\nt1,s1,n\nt2,s2,Z\xFCrich\n")
                                      << u"UTF-8"_s << 3;
        QTest::newRow("UTF-16 file") << QByteArray("\xFF\xFEt\0a\0s\0k\0", 10) << u"UTF-8"_s << 1;
        QTest::newRow("text after a closing quote") << QByteArray("task_id,source_id,source_name\n\"t1\"x,s,n\n")
                                                    << u"closing quote"_s << 2;
        QTest::newRow("empty file") << QByteArray() << u"empty"_s << 0;
        QTest::newRow("only blank lines") << QByteArray("\r\n\n") << u"empty"_s << 0;
    }
    void parseFileErrors()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, fragment);
        QFETCH(int, line);
        expectError(RowsFile::parse(data), fragment, line);
    }

    void parseClipboard_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<TaskRow>>("rows");
        QTest::addColumn<QList<int>>("lines");
        QTest::newRow("spreadsheet cells without header, Excel's trailing CRLF")
            << u"t1\ts1\tweb-01\r\nt2\ts2\tdb-01\r\n"_s
            << QList{row(u"t1"_s, u"s1"_s, u"web-01"_s), row(u"t2"_s, u"s2"_s, u"db-01"_s)} << QList{1, 2};
        QTest::newRow("a single column of task ids") << u"t1\nt2\n"_s << QList{row(u"t1"_s), row(u"t2"_s)} << QList{1, 2};
        QTest::newRow("two columns") << u"t1\ts1"_s << QList{row(u"t1"_s, u"s1"_s)} << QList{1};
        QTest::newRow("with a header row in another order")
            << u"source_name\tTask_Id\nweb-01\tt1\n"_s << QList{row(u"t1"_s, {}, u"web-01"_s)} << QList{2};
        QTest::newRow("with the window's own titles")
            << u"Source Name\tTask ID\tSource ID\nweb-01\tt1\ts1\ndb-01\tt2\ts2\n"_s
            << QList{row(u"t1"_s, u"s1"_s, u"web-01"_s), row(u"t2"_s, u"s2"_s, u"db-01"_s)} << QList{2, 3};
        QTest::newRow("comma separated without header") << u"t1,s1,\"web, 01\"\n"_s
                                                         << QList{row(u"t1"_s, u"s1"_s, u"web, 01"_s)} << QList{1};
        QTest::newRow("Excel quotes a cell with a line break")
            << u"t1\ts1\t\"two\nlines\"\nt2\t\t\n"_s << QList{row(u"t1"_s, u"s1"_s, u"two\nlines"_s), row(u"t2"_s)}
            << QList{1, 3};
        QTest::newRow("empty clipboard") << QString() << QList<TaskRow>{} << QList<int>{};
    }
    void parseClipboard()
    {
        QFETCH(QString, text);
        QFETCH(QList<TaskRow>, rows);
        QFETCH(QList<int>, lines);
        expectRows(RowsFile::parseClipboard(text), rows, lines);
    }
    void clipboardHeaderAgreesWithFiles()
    {
        expectError(RowsFile::parseClipboard(u"task_id\ttask_id\nt1\tt2\n"_s), u"repeats task_id"_s, 1);
        expectError(RowsFile::parseClipboard(u"Task ID\tNotes\nt1\tx\n"_s), u"\"Notes\" is not a column"_s, 1);
        const Outcome<ParsedRows> titled = RowsFile::parseClipboard(u"Task ID\tSource name\nt1\tn\n"_s);
        QVERIFY2(titled.ok(), qPrintable(titled.error()));
        QCOMPARE(titled.value().firstRow, smsc::RowsHeader::FirstRow::Header);
        QCOMPARE(titled.value().width, 3);
    }
    void clipboardFirstRowThatLooksLikeAHeader()
    {
        const QString text = u"Task identifier\tServer name\nt1\tweb-01\n"_s;
        const Outcome<ParsedRows> detected = RowsFile::parseClipboard(text);
        expectRows(detected, {row(u"Task identifier"_s, u"Server name"_s), row(u"t1"_s, u"web-01"_s)}, {1, 2});
        QCOMPARE(detected.value().firstRow, smsc::RowsHeader::FirstRow::LooksLikeHeader);
        QCOMPARE(detected.value().width, 2);
        const Outcome<ParsedRows> asHeader = RowsFile::parseClipboard(text, RowsFile::FirstRow::Header);
        expectRows(asHeader, {row(u"t1"_s, u"web-01"_s)}, {2});
        QCOMPARE(asHeader.value().firstRow, smsc::RowsHeader::FirstRow::Header);
        QCOMPARE(asHeader.value().width, 2);
        const Outcome<ParsedRows> asData = RowsFile::parseClipboard(text, RowsFile::FirstRow::Data);
        expectRows(asData, detected.value().rows, {1, 2});
        QCOMPARE(asData.value().firstRow, smsc::RowsHeader::FirstRow::Data);
        // Plain data is not a question.
        QCOMPARE(RowsFile::parseClipboard(u"t1\ts1\n"_s).value().firstRow, smsc::RowsHeader::FirstRow::Data);
    }
    void clipboardWithTooManyColumnsAndNoHeader()
    {
        expectError(RowsFile::parseClipboard(u"t1\ts1\tn1\nt2\ts2\tn2\textra\n"_s), u"4 columns"_s, 2);
    }

    void csvBytes()
    {
        const QList<TaskRow> rows{row(u"t1"_s, u"s1"_s, u"plain"_s), row(u"t,2"_s, u"say \"hi\""_s, u"a\nb"_s),
                                  row(u" t3"_s, {}, u"迁移"_s)};
        QCOMPARE(RowsFile::toCsv(rows),
                 QByteArray("task_id,source_id,source_name\r\n"
                            "t1,s1,plain\r\n"
                            "\"t,2\",\"say \"\"hi\"\"\",\"a\nb\"\r\n"
                            "\" t3\",,\xE8\xBF\x81\xE7\xA7\xBB\r\n"));
    }

    void csvRoundTrip_data()
    {
        QTest::addColumn<QList<TaskRow>>("rows");
        QTest::newRow("no rows") << QList<TaskRow>{};
        QTest::newRow("delimiters, quotes, line breaks")
            << QList{row(u"a,b"_s, u"\"q\""_s, u"x\r\ny"_s), row(u"t"_s, u"\t"_s, u" lead"_s)};
        QTest::newRow("emoji and CJK") << QList{row(u"\U0001F600"_s, u"迁移"_s, u"Zürich"_s)};
        QTest::newRow("empty fields") << QList{row(u"t"_s), row(u"u"_s, {}, u"n"_s)};
        // Only the file's own BOM is a marker; a U+FEFF starting a later line is kept (fuzz_rows_file).
        QTest::newRow("U+FEFF starting a row") << QList{row(u"\uFEFFt1"_s, u"s"_s)};
    }
    void csvRoundTrip()
    {
        QFETCH(QList<TaskRow>, rows);
        const Outcome<ParsedRows> back = RowsFile::parse(RowsFile::toCsv(rows));
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back.value().rows, rows);
    }

    void writeThenRead()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"rows.csv"_s);
        const QList<TaskRow> rows{row(u"t1"_s, u"s1"_s, u"web, 01"_s)};
        QCOMPARE(RowsFile::write(path, rows).error(), QString());
        const Outcome<ParsedRows> back = RowsFile::read(path);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back.value().rows, rows);
    }
    void unreadableAndUnwritablePaths()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(u"nope.csv"_s);
        const Outcome<ParsedRows> read = RowsFile::read(missing);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(u"nope.csv"), qPrintable(read.error()));
        QCOMPARE(read.failure().line, 0);
        QVERIFY(!RowsFile::read(dir.path()).ok());
        const QString error = RowsFile::write(dir.filePath(u"no/such/dir/out.csv"_s), {row(u"t"_s)}).error();
        QVERIFY2(error.contains(u"out.csv"), qPrintable(error));
        QVERIFY(!QFile::exists(dir.filePath(u"no/such/dir/out.csv"_s)));
    }
};

QTEST_GUILESS_MAIN(TestRowsFile)
#include "tst_rowsfile.moc"
