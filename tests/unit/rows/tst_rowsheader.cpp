// SPDX-License-Identifier: GPL-3.0-or-later
#include "TranslationCatalog.h"
#include "rows/RowTableModel.h"
#include "rows/RowsHeader.h"

#include <QTest>
#include <QTranslator>

#include <optional>

using namespace Qt::StringLiterals;

using smsc::RowColumns;
using smsc::RowField;
using smsc::RowsHeader;
using smsc::RowTableModel;

Q_DECLARE_METATYPE(std::optional<RowField>)
Q_DECLARE_METATYPE(RowsHeader::FirstRow)

//! The one header recogniser: what names a column, what reads like a header, which headers fail.
class TestRowsHeader final : public QObject
{
    Q_OBJECT
private slots:
    void fieldOfATitle_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<std::optional<RowField>>("field");
        const auto task = std::optional<RowField>(RowField::TaskId);
        const auto sourceId = std::optional<RowField>(RowField::SourceId);
        const auto sourceName = std::optional<RowField>(RowField::SourceName);
        QTest::newRow("API name") << u"task_id"_s << task;
        QTest::newRow("window title") << u"Task ID"_s << task;
        QTest::newRow("upper case with a space") << u"TASK ID"_s << task;
        QTest::newRow("upper case with an underscore") << u"TASK_ID"_s << task;
        QTest::newRow("no separator") << u"taskid"_s << task;
        QTest::newRow("surrounding and doubled spaces") << u"  Task   ID "_s << task;
        QTest::newRow("hyphen") << u"task-id"_s << task;
        QTest::newRow("Source ID") << u"Source ID"_s << sourceId;
        QTest::newRow("source_id") << u"source_id"_s << sourceId;
        QTest::newRow("Source name") << u"Source name"_s << sourceName;
        QTest::newRow("Source Name, title case") << u"Source Name"_s << sourceName;
        QTest::newRow("SOURCE_NAME") << u"SOURCE_NAME"_s << sourceName;
        QTest::newRow("Chinese task id") << u"任务 ID"_s << task;
        QTest::newRow("Chinese task id without the space") << u"任务ID"_s << task;
        QTest::newRow("Chinese task id, full-width letters") << u"任务ＩＤ"_s << task;
        QTest::newRow("Chinese source id") << u"源端 ID"_s << sourceId;
        QTest::newRow("Chinese source name") << u"源端名称"_s << sourceName;
        QTest::newRow("empty") << QString() << std::optional<RowField>();
        QTest::newRow("only spaces") << u"   "_s << std::optional<RowField>();
        QTest::newRow("id alone names nothing") << u"id"_s << std::optional<RowField>();
        QTest::newRow("server name is not source name") << u"Server name"_s << std::optional<RowField>();
        QTest::newRow("a task id value") << u"t-1"_s << std::optional<RowField>();
    }
    void fieldOfATitle()
    {
        QFETCH(QString, title);
        QFETCH(std::optional<RowField>, field);
        QCOMPARE(RowsHeader::fieldOf(title), field);
    }

    void classifyAFirstRow_data()
    {
        QTest::addColumn<QStringList>("cells");
        QTest::addColumn<RowsHeader::FirstRow>("kind");
        using K = RowsHeader::FirstRow;
        QTest::newRow("API names") << QStringList{u"task_id"_s, u"source_id"_s, u"source_name"_s} << K::Header;
        QTest::newRow("the window's titles in another order")
            << QStringList{u"Source Name"_s, u"Task ID"_s, u"Source ID"_s} << K::Header;
        QTest::newRow("Chinese titles") << QStringList{u"任务 ID"_s, u"源端 ID"_s, u"源端名称"_s} << K::Header;
        QTest::newRow("one title and an unknown one") << QStringList{u"Task ID"_s, u"Notes"_s} << K::Header;
        QTest::newRow("a data row") << QStringList{u"t-1"_s, u"s-1"_s, u"web 01"_s} << K::Data;
        QTest::newRow("uuid data") << QStringList{u"6f1c2a4e-0b7d-4c7e-9a3f-2f0e5d6c7b8a"_s} << K::Data;
        QTest::newRow("words without digits that are no titles") << QStringList{u"alpha"_s, u"beta"_s} << K::Data;
        QTest::newRow("titles of something else") << QStringList{u"Task identifier"_s, u"Server name"_s}
                                                  << K::LooksLikeHeader;
        QTest::newRow("camelCase titles") << QStringList{u"TaskKey"_s, u"ServerName"_s} << K::LooksLikeHeader;
        QTest::newRow("Chinese titles of something else") << QStringList{u"任务编号"_s, u"主机"_s}
                                                          << K::LooksLikeHeader;
        QTest::newRow("a title word but a digit too") << QStringList{u"name 1"_s, u"x"_s} << K::Data;
        QTest::newRow("empty row") << QStringList{QString()} << K::Data;
    }
    void classifyAFirstRow()
    {
        QFETCH(QStringList, cells);
        QFETCH(RowsHeader::FirstRow, kind);
        QCOMPARE(RowsHeader::classify(cells), kind);
    }

    void headerColumns_data()
    {
        QTest::addColumn<QStringList>("cells");
        QTest::addColumn<QList<qsizetype>>("columns");  // task, source id, source name
        QTest::addColumn<QList<qsizetype>>("untitled");
        QTest::newRow("API order") << QStringList{u"task_id"_s, u"source_id"_s, u"source_name"_s}
                                   << QList<qsizetype>{0, 1, 2} << QList<qsizetype>{};
        QTest::newRow("window titles, shuffled") << QStringList{u"Source Name"_s, u"Task ID"_s, u"Source ID"_s}
                                                 << QList<qsizetype>{1, 2, 0} << QList<qsizetype>{};
        QTest::newRow("mixed languages") << QStringList{u"源端名称"_s, u"TASK ID"_s} << QList<qsizetype>{1, -1, 0}
                                         << QList<qsizetype>{};
        QTest::newRow("an untitled column") << QStringList{u"task_id"_s, QString(), u"source_id"_s}
                                            << QList<qsizetype>{0, 2, -1} << QList<qsizetype>{1};
    }
    void headerColumns()
    {
        QFETCH(QStringList, cells);
        QFETCH(QList<qsizetype>, columns);
        QFETCH(QList<qsizetype>, untitled);
        const auto result = RowsHeader::columns(cells, 1);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE((QList<qsizetype>{result.value().taskId, result.value().sourceId, result.value().sourceName}), columns);
        QCOMPARE(result.value().untitled, untitled);
    }

    void badHeaders_data()
    {
        QTest::addColumn<QStringList>("cells");
        QTest::addColumn<QStringList>("fragments");
        QTest::newRow("task_id twice") << QStringList{u"task_id"_s, u"task_id"_s, u"source_id"_s}
                                       << QStringList{u"Line 3:"_s, u"column 2 \"task_id\" repeats task_id (column 1)"_s};
        QTest::newRow("task id twice in two spellings")
            << QStringList{u"Task ID"_s, u"source_name"_s, u"TASK_ID"_s}
            << QStringList{u"column 3 \"TASK_ID\" repeats task_id (column 1)"_s};
        QTest::newRow("an unknown column") << QStringList{u"task_id"_s, u"notes"_s}
                                           << QStringList{u"column 2 \"notes\" is not a column"_s};
        QTest::newRow("every problem named")
            << QStringList{u"source_id"_s, u"extra"_s, u"task_id"_s, u"Source ID"_s}
            << QStringList{u"column 2 \"extra\" is not a column"_s, u"column 4 \"Source ID\" repeats source_id (column 1)"_s};
        QTest::newRow("no task_id") << QStringList{u"source_id"_s, u"source_name"_s}
                                    << QStringList{u"no task_id column"_s};
        QTest::newRow("a data row, not a header") << QStringList{u"t1"_s, u"s1"_s, u"n"_s}
                                                  << QStringList{u"Line 3 is not a header row"_s, u"task_id"_s};
        QTest::newRow("control characters are not echoed")
            << QStringList{u"task_id"_s, u"\x1b[31mred\nline"_s} << QStringList{u"\"\uFFFD[31mred\uFFFDline\""_s};
    }
    void badHeaders()
    {
        QFETCH(QStringList, cells);
        QFETCH(QStringList, fragments);
        const auto result = RowsHeader::columns(cells, 3);
        QVERIFY(!result.ok());
        QCOMPARE(result.failure().line, 3);
        QVERIFY2(!result.error().contains(u'\n'), qPrintable(result.error()));
        for (const QString &fragment : fragments)
            QVERIFY2(result.error().contains(fragment), qPrintable(result.error()));
    }

    // The Chinese titles live in the core's alias table; this keeps it in step with the catalogue.
    void recognisesTheTitlesTheTableShows_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : smsc::TranslationCatalog::languages())
            QTest::newRow(qPrintable(language)) << language;
    }
    void recognisesTheTitlesTheTableShows()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(smsc::TranslationCatalog::appCatalogPath(language)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const RowTableModel model;
        const QList<RowField> fields{RowField::TaskId, RowField::SourceId, RowField::SourceName};
        QStringList titles;
        for (int column = 0; column < RowTableModel::ColumnCount; ++column) {
            const QString title = model.headerData(column, Qt::Horizontal).toString();
            titles << title;
            QCOMPARE(RowsHeader::fieldOf(title), std::optional<RowField>(fields.at(column)));
            QVERIFY2(RowsHeader::aliases(fields.at(column)).contains(title), qPrintable(title));
        }
        QCoreApplication::removeTranslator(&translator);
        if (language == u"zh_CN"_s)
            QCOMPARE(titles, (QStringList{u"任务 ID"_s, u"源端 ID"_s, u"源端名称"_s}));  // really translated
    }
};

QTEST_GUILESS_MAIN(TestRowsHeader)
#include "tst_rowsheader.moc"
