// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/AccountPickerModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace smsc;

namespace {

SourceServer server(int i, bool withTask = true)
{
    SourceServer s;
    s.id = u"src-%1"_s.arg(i);
    s.name = i == 7 ? u"数据库-007"_s : u"srv-%1"_s.arg(i);
    s.ip = u"10.0.0.%1"_s.arg(i + 1);
    s.state = u"finished"_s;
    if (withTask)
        s.currentTask = TaskRef{u"task-%1"_s.arg(i), u"t"_s, u"RUNNING"_s};
    return s;
}

QList<SourceServer> servers(int count)
{
    QList<SourceServer> list;
    for (int i = 0; i < count; ++i)
        list << server(i, i % 50 != 49);
    return list;
}

} // namespace

class TestAccountPickerModel final : public QObject
{
    Q_OBJECT
private slots:
    void passesTheModelTester()
    {
        AccountPickerModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setServers(servers(60));
        model.setExistingRows({TaskRow{u"task-3"_s, u"src-3"_s, u"srv-3"_s}});
        model.setChecked(1, true);
        MigrationTask task;
        task.id = u"t1"_s;
        task.sourceServer = {u"s1"_s, u"n1"_s, u"10.0.0.1"_s};
        model.setTasks({task});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(AccountPickerModel::TaskColumnCount));
    }

    void marksRowsAlreadyInTheTable_data()
    {
        QTest::addColumn<TaskRow>("existing");
        QTest::addColumn<int>("presentRow");
        QTest::newRow("same task id") << TaskRow{u"task-3"_s, u"other"_s, u"x"_s} << 3;
        QTest::newRow("task id, other case, spaces") << TaskRow{u" TASK-4 "_s, {}, {}} << 4;
        QTest::newRow("row without task id matches the source id") << TaskRow{{}, u"src-49"_s, {}} << 49;
    }
    void marksRowsAlreadyInTheTable()
    {
        QFETCH(TaskRow, existing);
        QFETCH(int, presentRow);
        AccountPickerModel model;
        model.setServers(servers(50));
        model.setExistingRows({existing});
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.isAlreadyPresent(row), row == presentRow);
        const QModelIndex index = model.index(presentRow, 0);
        QCOMPARE(index.data(AccountPickerModel::AlreadyPresentRole).toBool(), true);
        QCOMPARE(index.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QVERIFY(!(model.flags(index) & Qt::ItemIsUserCheckable));
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(u"Already"_s));
    }

    void serverWithoutTaskCannotBeChecked()
    {
        AccountPickerModel model;
        model.setServers(servers(50));
        QVERIFY(!model.isAddable(49));
        QVERIFY(!model.setData(model.index(49, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.checkedCount(), 0);
        QVERIFY(model.index(49, 0).data(Qt::ToolTipRole).toString().contains(u"no migration task"_s));
    }

    void checkingGivesRowsInListOrder()
    {
        AccountPickerModel model;
        model.setServers(servers(10));
        QSignalSpy counts(&model, &AccountPickerModel::checkedCountChanged);
        QVERIFY(model.setData(model.index(7, 0), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model.setData(model.index(2, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(counts.size(), 2);
        QCOMPARE(model.checkedRows(), (QList<TaskRow>{{u"task-2"_s, u"src-2"_s, u"srv-2"_s},
                                                      {u"task-7"_s, u"src-7"_s, u"数据库-007"_s}}));
        QVERIFY(model.setData(model.index(7, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.checkedCount(), 1);
    }

    void searchThroughAProxyThenCheckWhatItShows()
    {
        AccountPickerModel model;
        model.setServers(servers(20));
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterKeyColumn(-1);
        proxy.setFilterFixedString(u"数据库"_s);
        QCOMPARE(proxy.rowCount(), 1);
        QList<int> shown;
        for (int r = 0; r < proxy.rowCount(); ++r)
            shown << proxy.mapToSource(proxy.index(r, 0)).row();
        model.setCheckedRows(shown, true);
        QCOMPARE(model.checkedRows().size(), 1);
        QCOMPARE(model.checkedRows().first().sourceName, u"数据库-007"_s);
    }

    void planRespectsTheCap_data()
    {
        QTest::addColumn<int>("checked");
        QTest::addColumn<int>("free");
        QTest::addColumn<int>("added");
        QTest::addColumn<int>("leftOut");
        QTest::newRow("everything fits") << 30 << 200 << 30 << 0;
        QTest::newRow("exactly full") << 30 << 30 << 30 << 0;
        QTest::newRow("table nearly full") << 30 << 5 << 5 << 25;
        QTest::newRow("table full") << 30 << 0 << 0 << 30;
    }
    void planRespectsTheCap()
    {
        QFETCH(int, checked);
        QFETCH(int, free);
        QFETCH(int, added);
        QFETCH(int, leftOut);
        AccountPickerModel model;
        model.setServers(servers(40));
        QList<int> rows;
        for (int i = 0; i < checked; ++i)
            rows << i;
        model.setCheckedRows(rows, true);
        const AddPlan plan = model.plan(free);
        QCOMPARE(plan.rows.size(), added);
        QCOMPARE(plan.leftOut, leftOut);
        QCOMPARE(plan.message.isEmpty(), leftOut == 0);
        if (leftOut)
            QVERIFY2(plan.message.contains(QString::number(leftOut)) && plan.message.contains(u"200"_s),
                     qPrintable(plan.message));
        if (added)
            QCOMPARE(plan.rows.first().taskId, u"task-0"_s);
    }

    void existingRowsUncheckWhatIsNowPresent()
    {
        AccountPickerModel model;
        model.setServers(servers(5));
        model.setChecked(1, true);
        model.setExistingRows({TaskRow{u"task-1"_s, {}, {}}});
        QCOMPARE(model.checkedCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAccountPickerModel)
#include "tst_accountpickermodel.moc"
