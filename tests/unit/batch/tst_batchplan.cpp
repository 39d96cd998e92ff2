// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/BatchPlan.h"

#include <QTest>

using namespace Qt::StringLiterals;

using smsc::BatchPlan;
using smsc::BatchSlice;
using smsc::RowProblem;
using smsc::TaskRow;

namespace {

QList<TaskRow> numberedRows(int count)
{
    QList<TaskRow> rows;
    for (int i = 1; i <= count; ++i)
        rows << TaskRow{u"task-%1"_s.arg(i), u"src-%1"_s.arg(i), u"server %1"_s.arg(i)};
    return rows;
}

//! "index:firstRow+size" per batch, e.g. "1:1+200 2:201+50".
QString shape(const BatchPlan &plan)
{
    QStringList parts;
    for (const BatchSlice &slice : plan.batches())
        parts << u"%1:%2+%3"_s.arg(slice.index).arg(slice.firstRow).arg(slice.rows.size());
    return parts.join(u' ');
}

} // namespace

//! Splitting any number of rows into requests of at most 200, in file order, all validated first.
class TestBatchPlan final : public QObject
{
    Q_OBJECT
private slots:
    void splitsInFileOrder_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("batchSize");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one row") << 1 << 200 << u"1:1+1"_s;
        QTest::newRow("exactly 200") << 200 << 200 << u"1:1+200"_s;
        QTest::newRow("201: a batch of one follows") << 201 << 200 << u"1:1+200 2:201+1"_s;
        QTest::newRow("450 by 200") << 450 << 200 << u"1:1+200 2:201+200 3:401+50"_s;
        QTest::newRow("5 by 2") << 5 << 2 << u"1:1+2 2:3+2 3:5+1"_s;
        QTest::newRow("3 by 1") << 3 << 1 << u"1:1+1 2:2+1 3:3+1"_s;
        QTest::newRow("size over 200 is capped") << 250 << 500 << u"1:1+200 2:201+50"_s;
    }
    void splitsInFileOrder()
    {
        QFETCH(int, rows);
        QFETCH(int, batchSize);
        QFETCH(QString, expected);
        const BatchPlan plan = BatchPlan::split(numberedRows(rows), batchSize);
        QVERIFY(plan.ok());
        QCOMPARE(shape(plan), expected);
        QCOMPARE(plan.rowCount(), rows);
        QCOMPARE(plan.batches().constFirst().rows.constFirst().taskId, u"task-1"_s);
        QCOMPARE(plan.batches().constLast().rows.constLast().taskId, u"task-%1"_s.arg(rows));
    }

    void tenThousandRowsMakeFiftyBatches()
    {
        const BatchPlan plan = BatchPlan::split(numberedRows(10000));
        QVERIFY(plan.ok());
        QCOMPARE(plan.batches().size(), 50);
        QCOMPARE(plan.batches().at(49).firstRow, 9801);
        QCOMPARE(plan.batches().at(49).rows.size(), 200);
    }

    void blankRowsAreSkippedButCounted()
    {
        // Row numbers are the file's: a blank row is not sent, yet the rows after it keep their number.
        QList<TaskRow> rows = numberedRows(4);
        rows.insert(2, TaskRow{u"  "_s, {}, {}});
        rows.insert(0, TaskRow{});
        const BatchPlan plan = BatchPlan::split(rows, 2);
        QVERIFY(plan.ok());
        QCOMPARE(shape(plan), u"1:2+2 2:5+2"_s);
        QCOMPARE(plan.batches().at(1).rows.constFirst().taskId, u"task-3"_s);
    }

    void rowsAreTrimmed()
    {
        const BatchPlan plan = BatchPlan::split({TaskRow{u" t1 "_s, u" s "_s, u" n "_s}});
        QVERIFY(plan.ok());
        QCOMPARE(plan.batches().constFirst().rows.constFirst(), (TaskRow{u"t1"_s, u"s"_s, u"n"_s}));
    }

    void duplicatesAcrossBatchesAreReported()
    {
        QList<TaskRow> rows = numberedRows(450);
        rows << rows.at(2);     // row 451 repeats row 3 (batch 1) from batch 3
        rows[299] = rows.at(209);  // row 300 repeats row 210, both in batch 2
        const BatchPlan plan = BatchPlan::split(rows);
        QVERIFY(!plan.ok());
        QVERIFY(plan.batches().isEmpty());
        QCOMPARE(plan.problems().size(), 2);
        QCOMPARE(plan.problems().at(0).rule, RowProblem::Rule::Duplicate);
        QCOMPARE(plan.problems().at(0).row, 300);
        QCOMPARE(plan.problems().at(0).duplicateOf, 210);
        QCOMPARE(plan.problems().at(1).row, 451);
        QCOMPARE(plan.problems().at(1).duplicateOf, 3);
    }

    void everyRowIsValidatedAndNoneIsTooMany()
    {
        QList<TaskRow> rows = numberedRows(1000);
        rows[899].taskId = QString(37, u'x');
        rows[999].taskId.clear();
        const BatchPlan plan = BatchPlan::split(rows);
        QCOMPARE(plan.problems().size(), 2);
        QCOMPARE(plan.problems().at(0).row, 900);
        QCOMPARE(plan.problems().at(0).rule, RowProblem::Rule::TooLong);
        QCOMPARE(plan.problems().at(1).row, 1000);
        QCOMPARE(plan.problems().at(1).rule, RowProblem::Rule::TaskIdRequired);
    }

    void nothingToSend()
    {
        const BatchPlan plan = BatchPlan::split({TaskRow{}, TaskRow{}});
        QCOMPARE(plan.problems().size(), 1);
        QCOMPARE(plan.problems().constFirst().rule, RowProblem::Rule::NoRows);
    }
};

QTEST_GUILESS_MAIN(TestBatchPlan)
#include "tst_batchplan.moc"
