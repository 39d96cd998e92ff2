// SPDX-License-Identifier: GPL-3.0-or-later
#include "rows/PastePlan.h"

#include <QTest>

using namespace Qt::StringLiterals;

using smsc::ParsedRows;
using smsc::PastePlan;
using smsc::RowsFile;
using smsc::TaskRow;

//! Where a paste lands and which filled cells it would change (the window asks before changing any).
class TestPastePlan final : public QObject
{
    Q_OBJECT
private slots:
    void plan_data()
    {
        QTest::addColumn<QList<TaskRow>>("table");
        QTest::addColumn<QString>("clipboard");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QList<TaskRow>>("rows");
        QTest::addColumn<QList<int>>("changedRows");
        QTest::addColumn<int>("changedCells");
        const TaskRow typed{u"typed"_s, u"s"_s, u"n"_s};
        QTest::newRow("into a blank row: nothing changed")
            << QList<TaskRow>{typed, TaskRow{}} << u"a\tb\tc\n"_s << 1 << 0 << QList<TaskRow>{{u"a"_s, u"b"_s, u"c"_s}}
            << QList<int>{} << 0;
        QTest::newRow("over a typed row: three filled cells")
            << QList<TaskRow>{typed} << u"a\tb\tc\nd\te\tf\n"_s << 0 << 0
            << QList<TaskRow>{{u"a"_s, u"b"_s, u"c"_s}, {u"d"_s, u"e"_s, u"f"_s}} << QList<int>{1} << 3;
        QTest::newRow("one column into empty task ids keeps the names")
            << QList<TaskRow>{{{}, {}, u"web"_s}, {{}, {}, u"db"_s}} << u"t1\nt2\n"_s << 0 << 0
            << QList<TaskRow>{{u"t1"_s, {}, u"web"_s}, {u"t2"_s, {}, u"db"_s}} << QList<int>{} << 0;
        QTest::newRow("the same value is no change") << QList<TaskRow>{typed} << u"typed\ts\n"_s << 0 << 0
                                                      << QList<TaskRow>{typed} << QList<int>{} << 0;
        QTest::newRow("a header fills whole rows: an emptied cell is a change")
            << QList<TaskRow>{typed} << u"Task ID\nt1\n"_s << 0 << 1 << QList<TaskRow>{{u"t1"_s, {}, {}}}
            << QList<int>{1} << 3;
        QTest::newRow("two columns from the last column start at the first")
            << QList<TaskRow>{TaskRow{}, {u"x"_s, {}, {}}} << u"a\tb\nc\td\n"_s << 0 << 2
            << QList<TaskRow>{{u"a"_s, u"b"_s, {}}, {u"c"_s, u"d"_s, {}}} << QList<int>{2} << 1;
    }
    void plan()
    {
        QFETCH(QList<TaskRow>, table);
        QFETCH(QString, clipboard);
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QList<TaskRow>, rows);
        QFETCH(QList<int>, changedRows);
        QFETCH(int, changedCells);
        const auto parsed = RowsFile::parseClipboard(clipboard);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        const PastePlan plan = PastePlan::at(table, parsed.value(), row, column);
        QCOMPARE(plan.first, row);
        QCOMPARE(plan.rows, rows);
        QCOMPARE(plan.changedRows, changedRows);
        QCOMPARE(plan.changedCells, changedCells);
    }

    void appendedGoesAfterTheLastFilledRow()
    {
        const QList<TaskRow> table{{u"a"_s, {}, {}}, TaskRow{}, {u"b"_s, {}, {}}, TaskRow{}, TaskRow{}};
        const auto parsed = RowsFile::parseClipboard(u"c\td\n"_s);
        QVERIFY(parsed.ok());
        const PastePlan plan = PastePlan::appended(table, parsed.value(), 0);
        QCOMPARE(plan.first, 3);
        QCOMPARE(plan.rows, (QList<TaskRow>{{u"c"_s, u"d"_s, {}}}));
        QCOMPARE(plan.changedCells, 0);
        QCOMPARE(PastePlan::endOfFilledRows({}), 0);
    }
};

QTEST_GUILESS_MAIN(TestPastePlan)
#include "tst_pasteplan.moc"
