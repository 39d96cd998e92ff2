// SPDX-License-Identifier: GPL-3.0-or-later
#include "rows/RowTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using smsc::RowProblem;
using smsc::RowTableModel;
using smsc::TaskRow;
using Entry = RowTableModel::Entry;

namespace {

QList<Entry> makeEntries(int count, const QString &prefix = u"task-"_s)
{
    QList<Entry> entries;
    for (int i = 0; i < count; ++i)
        entries.append({TaskRow{prefix + QString::number(i), u"s-%1"_s.arg(i), u"server %1"_s.arg(i)}, false});
    return entries;
}

} // namespace

class TestRowTableModel final : public QObject
{
    Q_OBJECT
private slots:
    void passesModelTesterThroughEveryKindOfChange()
    {
        RowTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.insertRows(0, 3));
        QVERIFY(model.setData(model.index(1, RowTableModel::TaskIdColumn), u"abc"_s));
        QCOMPARE(model.insertEntries(1, makeEntries(4)), 4);
        model.replaceEntries(0, makeEntries(2, u"x-"_s));
        QVERIFY(model.removeRows(2, 3));
        QCOMPARE(model.setEntries(makeEntries(5)), 0);
        QVERIFY(model.removeRows(0, model.rowCount()));
        QCOMPARE(model.rowCount(), 0);
    }

    void editedCellReadsBack()
    {
        RowTableModel model;
        QVERIFY(model.insertRows(0, 1));
        const QModelIndex cell = model.index(0, RowTableModel::SourceNameColumn);
        QVERIFY(model.setData(cell, u"web 01"_s));
        QCOMPARE(cell.data(Qt::DisplayRole).toString(), u"web 01"_s);
        QCOMPARE(model.rows().first(), (TaskRow{{}, {}, u"web 01"_s}));
    }

    void capRefusesRowsBeyondTheLimit_data()
    {
        QTest::addColumn<int>("existing");
        QTest::addColumn<int>("added");
        QTest::addColumn<int>("expectedInserted");
        QTest::newRow("empty table, 201 rows") << 0 << 201 << 200;
        QTest::newRow("195 rows, paste 10") << 195 << 10 << 5;
        QTest::newRow("full table, one more") << 200 << 1 << 0;
        QTest::newRow("exactly up to the cap") << 150 << 50 << 50;
    }
    void capRefusesRowsBeyondTheLimit()
    {
        QFETCH(int, existing);
        QFETCH(int, added);
        QFETCH(int, expectedInserted);
        RowTableModel model;
        QCOMPARE(model.setEntries(makeEntries(existing, u"old-"_s)), 0);
        QCOMPARE(model.insertEntries(model.rowCount(), makeEntries(added)), expectedInserted);
        QCOMPARE(model.rowCount(), existing + expectedInserted);
        QVERIFY(model.rowCount() <= smsc::kMaxRows);
        QCOMPARE(model.remainingCapacity(), smsc::kMaxRows - model.rowCount());
    }

    void insertRowsPastTheCapIsRefusedWhole()
    {
        RowTableModel model;
        QCOMPARE(model.setEntries(makeEntries(199)), 0);
        QVERIFY(!model.insertRows(0, 2));
        QCOMPARE(model.rowCount(), 199);
        QVERIFY(model.insertRows(0, 1));
        QCOMPARE(model.rowCount(), 200);
    }

    void setEntriesReportsHowManyWereLeftOut()
    {
        RowTableModel model;
        QCOMPARE(model.setEntries(makeEntries(207)), 7);
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(model.rows().last().taskId, u"task-199"_s);
    }

    void tooLongTaskIdIsExplainedOnItsCellOnly()
    {
        RowTableModel model;
        const QString longId(37, u'a');
        model.setEntries({{TaskRow{longId, u"s"_s, u"n"_s}, false}});
        const QModelIndex bad = model.index(0, RowTableModel::TaskIdColumn);
        QVERIFY(bad.data(RowTableModel::HasProblemRole).toBool());
        const QString tip = bad.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"37"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"36"_s), qPrintable(tip));
        QCOMPARE(bad.data(Qt::AccessibleDescriptionRole).toString(), tip);
        const QList<RowProblem> problems = model.cellProblems(0, RowTableModel::TaskIdColumn);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().rule, RowProblem::Rule::TooLong);
        QCOMPARE(problems.first().row, 1);
        for (int column : {RowTableModel::SourceIdColumn, RowTableModel::SourceNameColumn}) {
            const QModelIndex fine = model.index(0, column);
            QVERIFY(!fine.data(RowTableModel::HasProblemRole).toBool());
            QVERIFY(fine.data(Qt::ToolTipRole).isNull());
        }
        QVERIFY(!model.validation().ok());
    }

    void fixingACellClearsItsProblemAndNotifiesViews()
    {
        RowTableModel model;
        model.setEntries({{TaskRow{QString(37, u'a'), {}, {}}, false}});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QModelIndex cell = model.index(0, RowTableModel::TaskIdColumn);
        QVERIFY(model.setData(cell, QString(36, u'a')));
        QVERIFY(!cell.data(RowTableModel::HasProblemRole).toBool());
        QVERIFY(cell.data(Qt::ToolTipRole).isNull());
        const bool toolTipAnnounced = std::any_of(changed.cbegin(), changed.cend(), [](const QList<QVariant> &args) {
            return args.at(2).value<QList<int>>().contains(Qt::ToolTipRole);
        });
        QVERIFY(toolTipAnnounced);
        QVERIFY(model.validation().ok());
    }

    void problemsFollowFieldAndLimit_data()
    {
        QTest::addColumn<TaskRow>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("rule");
        QTest::newRow("source only, task_id missing") << TaskRow{{}, u"s1"_s, {}} << int(RowTableModel::TaskIdColumn)
                                                      << int(RowProblem::Rule::TaskIdRequired);
        QTest::newRow("source_id of 256 characters") << TaskRow{u"t"_s, QString(256, u'x'), {}}
                                                     << int(RowTableModel::SourceIdColumn) << int(RowProblem::Rule::TooLong);
        QTest::newRow("source_name of 256 characters") << TaskRow{u"t"_s, {}, QString(256, u'y')}
                                                       << int(RowTableModel::SourceNameColumn) << int(RowProblem::Rule::TooLong);
    }
    void problemsFollowFieldAndLimit()
    {
        QFETCH(TaskRow, row);
        QFETCH(int, column);
        QFETCH(int, rule);
        RowTableModel model;
        model.setEntries({{row, false}});
        const QList<RowProblem> problems = model.cellProblems(0, column);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(int(problems.first().rule), rule);
        QCOMPARE(model.index(0, column).data(Qt::ToolTipRole).toString(), problems.first().message());
    }

    void blankRowsBreakNoRule()
    {
        RowTableModel model;
        QVERIFY(model.insertRows(0, 2));
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.index(0, column).data(RowTableModel::HasProblemRole).toBool());
        QVERIFY(!model.validation().ok());  // nothing to send yet
    }

    void exactDuplicatesAreFlaggedOnTheLaterRow_data()
    {
        QTest::addColumn<TaskRow>("second");
        QTest::addColumn<bool>("duplicate");
        QTest::newRow("identical") << TaskRow{u"t1"_s, u"s1"_s, u"web"_s} << true;
        QTest::newRow("identical after trimming") << TaskRow{u" t1"_s, u"s1 "_s, u"web"_s} << true;
        QTest::newRow("different source name") << TaskRow{u"t1"_s, u"s1"_s, u"db"_s} << false;
    }
    void exactDuplicatesAreFlaggedOnTheLaterRow()
    {
        QFETCH(TaskRow, second);
        QFETCH(bool, duplicate);
        RowTableModel model;
        const TaskRow first{u"t1"_s, u"s1"_s, u"web"_s};
        model.setEntries({{first, false}, {TaskRow{u"other"_s, {}, {}}, false}, {second, false}});
        QVERIFY(!model.index(0, RowTableModel::TaskIdColumn).data(RowTableModel::HasProblemRole).toBool());
        const QList<RowProblem> problems = model.cellProblems(2, RowTableModel::TaskIdColumn);
        QCOMPARE(problems.size(), duplicate ? 1 : 0);
        if (duplicate) {
            QCOMPARE(problems.first().rule, RowProblem::Rule::Duplicate);
            QCOMPARE(problems.first().duplicateOf, 1);
        }
        QCOMPARE(model.validation().ok(), !duplicate);
    }

    void removingARowRenumbersLaterProblems()
    {
        RowTableModel model;
        model.setEntries({{TaskRow{u"ok"_s, {}, {}}, false}, {TaskRow{QString(40, u'z'), {}, {}}, false}});
        QCOMPARE(model.cellProblems(1, RowTableModel::TaskIdColumn).first().row, 2);
        QVERIFY(model.removeRows(0, 1));
        QCOMPARE(model.cellProblems(0, RowTableModel::TaskIdColumn).first().row, 1);
    }

    void fromAccountMarkerTravelsWithTheRow()
    {
        RowTableModel model;
        model.setEntries(makeEntries(2));
        QCOMPARE(model.insertEntries(1, {{TaskRow{u"acct"_s, u"src"_s, u"vm"_s}, true}}), 1);
        QVERIFY(!model.index(0, 0).data(RowTableModel::FromAccountRole).toBool());
        QVERIFY(model.index(1, 2).data(RowTableModel::FromAccountRole).toBool());
        QVERIFY(!model.index(2, 0).data(RowTableModel::FromAccountRole).toBool());
        QCOMPARE(model.entries(1, 1).first().fromAccount, true);
    }

    void validationSendsTrimmedNonBlankRows()
    {
        RowTableModel model;
        model.setEntries({{TaskRow{u" t1 "_s, u"s1"_s, {}}, false}, {TaskRow{}, false}});
        QVERIFY(model.validation().ok());
        QCOMPARE(model.validation().rows, (QList<TaskRow>{TaskRow{u"t1"_s, u"s1"_s, {}}}));
    }
};

QTEST_GUILESS_MAIN(TestRowTableModel)
#include "tst_rowtablemodel.moc"
