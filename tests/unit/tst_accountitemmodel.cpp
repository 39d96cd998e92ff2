// AccountItemModel: the picker's list of servers/tasks, "already added" marks and the add plan (issue 4 §1).
#include "AccountItemModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace smsc;

namespace {

SourceServer server(int i, bool withTask = true)
{
    SourceServer s;
    s.id = QStringLiteral("5e000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
    s.name = QStringLiteral("srv-%1").arg(i, 3, 10, QLatin1Char('0'));
    s.ip = QStringLiteral("10.0.0.%1").arg(i + 1);
    s.state = u"syncing"_qs;
    s.hasConsistencyResult = i % 3 == 0;
    if (withTask)
        s.currentTask = TaskRef{QStringLiteral("7a000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')),
                                QStringLiteral("task-%1").arg(i, 3, 10, QLatin1Char('0')), u"RUNNING"_qs};
    return s;
}

MigrationTask task(int i)
{
    MigrationTask t;
    t.id = QStringLiteral("7a000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
    t.name = QStringLiteral("task-%1").arg(i, 3, 10, QLatin1Char('0'));
    t.state = u"READY"_qs;
    t.sourceServer = {server(i).id, server(i).name, server(i).ip};
    return t;
}

QList<SourceServer> servers(int count)
{
    QList<SourceServer> list;
    for (int i = 0; i < count; ++i)
        list << server(i, i != 4);
    return list;
}

} // namespace

class TestAccountItemModel final : public QObject
{
    Q_OBJECT
private slots:
    void passesTheModelTester()
    {
        AccountItemModel model(AccountItemModel::Kind::Servers);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setServers(servers(10));
        model.setExisting({server(2).id}, {});
        model.retranslate();
        model.clear();
        AccountItemModel tasks(AccountItemModel::Kind::Tasks);
        QAbstractItemModelTester taskTester(&tasks, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tasks.setTasks({task(0), task(1)});
        tasks.setExisting({}, {task(1).id});
        QCOMPARE(tasks.rowCount(), 2);
    }

    void rowsComeFromTheCurrentTaskOrTheTask()
    {
        AccountItemModel model(AccountItemModel::Kind::Servers);
        model.setServers(servers(5));
        QCOMPARE(model.rowAt(1), (TaskRow{task(1).id, server(1).id, server(1).name}));
        QCOMPARE(model.index(1, AccountItemModel::ServerName).data().toString(), u"srv-001"_qs);
        QCOMPARE(model.index(4, AccountItemModel::ServerTask).data().toString(), u"(no migration task)"_qs);
        QVERIFY(model.rowAt(4).taskId.isEmpty());
        QCOMPARE(model.index(3, AccountItemModel::ServerResults).data().toString(), u"Yes"_qs);

        AccountItemModel tasks(AccountItemModel::Kind::Tasks);
        tasks.setTasks({task(7)});
        QCOMPARE(tasks.index(0, 0).data(AccountItemModel::TaskRowRole).value<TaskRow>(),
                 (TaskRow{task(7).id, server(7).id, server(7).name}));
        QCOMPARE(tasks.index(0, AccountItemModel::TaskSource).data().toString(), u"srv-007"_qs);
    }

    void marksItemsAlreadyInTheTable_data()
    {
        QTest::addColumn<bool>("tasks");
        QTest::addColumn<QList<bool>>("expected");
        QTest::newRow("server marked by its source id") << false << QList<bool>{false, true, false};
        QTest::newRow("task marked by its task id") << true << QList<bool>{false, false, true};
    }
    void marksItemsAlreadyInTheTable()
    {
        QFETCH(bool, tasks);
        QFETCH(QList<bool>, expected);
        AccountItemModel model(tasks ? AccountItemModel::Kind::Tasks : AccountItemModel::Kind::Servers);
        if (tasks)
            model.setTasks({task(0), task(1), task(2)});
        else
            model.setServers(servers(3));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // Source of item 1, task of item 2: each kind must look at its own id only.
        model.setExisting({server(1).id}, {task(2).id});
        QCOMPARE(changed.size(), 1);
        const int markColumn = tasks ? int(AccountItemModel::TaskInTable) : int(AccountItemModel::ServerInTable);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(model.isInTable(row), expected.at(row));
            QCOMPARE(model.index(row, 0).data(AccountItemModel::InTableRole).toBool(), expected.at(row));
            QCOMPARE(model.index(row, markColumn).data().toString().isEmpty(), !expected.at(row));
        }
    }

    void planRespectsPresenceAndCapacity_data()
    {
        QTest::addColumn<QList<int>>("selected");
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("added");
        QTest::addColumn<int>("present");
        QTest::addColumn<int>("over");
        QTest::addColumn<int>("withoutTask");
        QTest::newRow("three fit") << QList<int>{0, 2, 3} << 200 << 3 << 0 << 0 << 0;
        QTest::newRow("one already in the table is skipped") << QList<int>{0, 1, 3} << 200 << 2 << 1 << 0 << 0;
        QTest::newRow("capacity 2 leaves one out") << QList<int>{0, 2, 3} << 2 << 2 << 0 << 1 << 0;
        QTest::newRow("full table adds nothing") << QList<int>{0, 2} << 0 << 0 << 0 << 2 << 0;
        QTest::newRow("server without a task is counted") << QList<int>{4, 0} << 10 << 2 << 0 << 0 << 1;
        QTest::newRow("duplicates and bad indexes ignored") << QList<int>{0, 0, -1, 99} << 10 << 1 << 0 << 0 << 0;
    }
    void planRespectsPresenceAndCapacity()
    {
        QFETCH(QList<int>, selected);
        QFETCH(int, capacity);
        AccountItemModel model(AccountItemModel::Kind::Servers);
        model.setServers(servers(5));
        model.setExisting({server(1).id}, {});
        const AccountAddPlan plan = model.plan(selected, capacity);
        QTEST(int(plan.rows.size()), "added");
        QTEST(plan.alreadyPresent, "present");
        QTEST(plan.overCapacity, "over");
        QTEST(plan.withoutTask, "withoutTask");
        if (!plan.rows.isEmpty())
            QCOMPARE(plan.rows.first(), model.rowAt(selected.first()));
    }
};

QTEST_GUILESS_MAIN(TestAccountItemModel)
#include "tst_accountitemmodel.moc"
