// SPDX-License-Identifier: GPL-3.0-or-later
// The "Add from account" picker against the loopback server over real sockets.
#include "../integration/AccountFixtures.h"
#include "account/AccountPickerDialog.h"
#include "account/AccountPickerModel.h"
#include "harness/GuiTestEnvironment.h"

#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using namespace smsc;
using namespace smsc::test;

class TestAccountPickerDialog final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }
    void init()
    {
        QVERIFY(m_server.reset());
        m_dialog = std::make_unique<AccountPickerDialog>(&m_network, loopbackProfile(m_server, m_server.httpUrl()),
                                                         akSk(), kTestDomainId);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }
    void cleanup() { m_dialog.reset(); }

    void loadsAllServersOverThreePages();
    void nameFilterIsSentToTheService();
    void searchSelectThreeAndAdd();
    void capacityLeavesRowsOutAndSaysSo();
    void serversAlreadyInTheTableAreMarkedAndSkipped();
    void tasksTabAddsTaskRows();
    void cancelStopsLoading();
    void errorIsEmittedForTheErrorDialog();
    void enterAddsTheCheckedRowsAndNeverReloads();
    void spaceTogglesTheCurrentRowAfterAReload();

private:
    template <typename T> T *find(const char *name)
    {
        auto *widget = m_dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("widget %s not found", name);
        return widget;
    }
    bool loadServersAndWait();
    static void checkViewRows(QTableView *view, const QList<int> &rows);
    QString status() { return find<QLabel>("statusLabel")->text(); }

    LoopbackServer m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<AccountPickerDialog> m_dialog;
};

bool TestAccountPickerDialog::loadServersAndWait()
{
    QTest::mouseClick(find<QPushButton>("serverLoad"), Qt::LeftButton);
    if (!m_dialog->isLoading())
        return false;
    return QTest::qWaitFor([this] { return !m_dialog->isLoading(); }, 30'000);
}

// As a user does: focus the row's first cell and press Space to tick its check box.
void TestAccountPickerDialog::checkViewRows(QTableView *view, const QList<int> &rows)
{
    view->setFocus();
    for (const int row : rows) {
        view->setCurrentIndex(view->model()->index(row, 0));
        QTest::keyClick(view, Qt::Key_Space);
    }
}

void TestAccountPickerDialog::loadsAllServersOverThreePages()
{
    QVERIFY(loadServersAndWait());
    auto *view = find<QTableView>("serverTable");
    QCOMPARE(view->model()->rowCount(), 450);
    QCOMPARE(m_server.requests(u"/v3/sources"_s).size(), 3);
    for (const QJsonValue &request : m_server.requests(u"/v3/sources"_s))
        QCOMPARE(request.toObject().value(u"signature_ok").toBool(), true);
    auto *progress = find<QProgressBar>("loadProgress");
    QCOMPARE(progress->value(), 450);
    // "%n source server(s)": the plural form comes from the translation, so match the stem only.
    QVERIFY2(status().contains(u"450 source server"_s), qPrintable(status()));
    QVERIFY(!find<QPushButton>("addRows")->isEnabled());
}

void TestAccountPickerDialog::nameFilterIsSentToTheService()
{
    QTest::keyClicks(find<QLineEdit>("serverNameFilter"), u"web server"_s);
    QVERIFY(loadServersAndWait());
    QCOMPARE(find<QTableView>("serverTable")->model()->rowCount(), 45);
    const QJsonArray requests = m_server.requests(u"/v3/sources"_s);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(recordedQuery(requests.first().toObject()).value(u"name"_s), u"web server"_s);
    QCOMPARE(requests.first().toObject().value(u"signature_ok").toBool(), true);
}

void TestAccountPickerDialog::searchSelectThreeAndAdd()
{
    QVERIFY(loadServersAndWait());
    auto *view = find<QTableView>("serverTable");
    QTest::keyClicks(find<QLineEdit>("serverSearch"), u"WEB SERVER"_s);
    QCOMPARE(view->model()->rowCount(), 45);
    checkViewRows(view, {0, 1, 2});
    auto *add = find<QPushButton>("addRows");
    QVERIFY(add->isEnabled());
    QVERIFY2(add->text().remove(u'&').startsWith(u"Add 3 row"_s), qPrintable(add->text()));

    QSignalSpy chosen(m_dialog.get(), &AccountPickerDialog::rowsChosen);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(chosen.size(), 1);
    const auto rows = chosen.first().first().value<QList<TaskRow>>();
    QCOMPARE(rows.size(), 3);
    for (const TaskRow &row : rows) {
        QVERIFY2(row.sourceName.startsWith(u"web server "_s), qPrintable(row.sourceName));
        // task_id comes from current_task.id: same index as the source id (README "Generated account").
        QCOMPARE(row.taskId.right(12), row.sourceId.right(12));
        QVERIFY(row.taskId.startsWith(u"7a000000-"_s));
    }
    QVERIFY2(status().contains(u"3 row"_s), qPrintable(status()));
    // What was added is now marked and can no longer be checked, so nothing goes in twice.
    for (int row = 0; row < 3; ++row) {
        QVERIFY(view->model()->index(row, 0).data(AccountPickerModel::AlreadyPresentRole).toBool());
        QVERIFY(!(view->model()->flags(view->model()->index(row, 0)) & Qt::ItemIsUserCheckable));
    }
    QVERIFY(!add->isEnabled());
    checkViewRows(view, {0});
    QVERIFY(!add->isEnabled());
}

void TestAccountPickerDialog::capacityLeavesRowsOutAndSaysSo()
{
    m_dialog->setRemainingCapacity(2);
    QVERIFY(loadServersAndWait());
    checkViewRows(find<QTableView>("serverTable"), {10, 11, 12});
    QSignalSpy chosen(m_dialog.get(), &AccountPickerDialog::rowsChosen);
    QTest::mouseClick(find<QPushButton>("addRows"), Qt::LeftButton);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().value<QList<TaskRow>>().size(), 2);
    QVERIFY2(status().contains(u"at most 200 rows"_s) && status().contains(u"1 were left out"_s), qPrintable(status()));
    // The table is now full: what is still checked stays out.
    QTest::mouseClick(find<QPushButton>("addRows"), Qt::LeftButton);
    QCOMPARE(chosen.size(), 1);
    QVERIFY2(status().contains(u"0 of the 1 checked items were added"_s), qPrintable(status()));
}

void TestAccountPickerDialog::serversAlreadyInTheTableAreMarkedAndSkipped()
{
    // A row already in the table with the task of server 5: that server is marked, not checkable.
    m_dialog->setExistingRows({{u"7a000000-0000-4000-8000-000000000005"_s, u"5e000000-0000-4000-8000-000000000005"_s,
                                u"srv-005"_s}});
    QVERIFY(loadServersAndWait());
    auto *view = find<QTableView>("serverTable");
    QTest::keyClicks(find<QLineEdit>("serverSearch"), u"srv-00"_s);
    QCOMPARE(view->model()->rowCount(), 8);   // srv-000 … srv-009 less the "web server"/数据库 names 003 and 007
    int marked = -1;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, AccountPickerModel::ServerName).data().toString() == u"srv-005")
            marked = row;
    }
    QVERIFY(marked >= 0);
    const QModelIndex index = view->model()->index(marked, 0);
    QVERIFY(index.data(AccountPickerModel::AlreadyPresentRole).toBool());
    QCOMPARE(index.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QCOMPARE(index.data(Qt::ToolTipRole).toString(), u"Already in the table."_s);

    // "Check all shown" checks the other seven only.
    QTest::mouseClick(find<QPushButton>("serverCheckShown"), Qt::LeftButton);
    QSignalSpy chosen(m_dialog.get(), &AccountPickerDialog::rowsChosen);
    QTest::mouseClick(find<QPushButton>("addRows"), Qt::LeftButton);
    QCOMPARE(chosen.size(), 1);
    const auto rows = chosen.first().first().value<QList<TaskRow>>();
    QCOMPARE(rows.size(), 7);
    for (const TaskRow &row : rows)
        QVERIFY(row.sourceName != u"srv-005");
}

void TestAccountPickerDialog::tasksTabAddsTaskRows()
{
    QTest::keyClicks(find<QLineEdit>("taskNameFilter"), u"task-04"_s);
    m_dialog->loadTasks();
    QVERIFY(QTest::qWaitFor([this] { return !m_dialog->isLoading(); }, 30'000));
    auto *view = find<QTableView>("taskTable");
    QCOMPARE(view->model()->rowCount(), 10);   // task-040 … task-049
    QCOMPARE(recordedQuery(m_server.requests(u"/v3/tasks"_s).first().toObject()).value(u"name"_s), u"task-04"_s);
    view->sortByColumn(AccountPickerModel::TaskName, Qt::AscendingOrder);
    checkViewRows(view, {0});
    QSignalSpy chosen(m_dialog.get(), &AccountPickerDialog::rowsChosen);
    QTest::mouseClick(find<QPushButton>("addRows"), Qt::LeftButton);
    QCOMPARE(chosen.size(), 1);
    const auto rows = chosen.first().first().value<QList<TaskRow>>();
    QCOMPARE(rows, (QList<TaskRow>{{u"7a000000-0000-4000-8000-000000000040"_s,
                                    u"5e000000-0000-4000-8000-000000000040"_s, u"srv-040"_s}}));
}

void TestAccountPickerDialog::cancelStopsLoading()
{
    m_server.setScenario(u"/v3/sources"_s, {{u"name"_s, u"hang"_s}});
    QTest::mouseClick(find<QPushButton>("serverLoad"), Qt::LeftButton);
    QVERIFY(m_dialog->isLoading());
    QVERIFY(!find<QPushButton>("serverLoad")->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(m_server.requests(u"/v3/sources"_s).size(), 1, 10'000);
    QSignalSpy errors(m_dialog.get(), &AccountPickerDialog::errorOccurred);
    auto *cancel = find<QPushButton>("cancelLoading");
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isLoading(), 10'000);
    QVERIFY2(status().contains(u"cancelled"_s), qPrintable(status()));
    QCOMPARE(errors.size(), 0);   // a cancel is not an error to show
    QVERIFY(find<QPushButton>("serverLoad")->isEnabled());
    QVERIFY(!cancel->isEnabled());
}

void TestAccountPickerDialog::errorIsEmittedForTheErrorDialog()
{
    m_server.setScenario(u"/v3/sources"_s, {{u"name"_s, u"denied"_s}});
    QSignalSpy errors(m_dialog.get(), &AccountPickerDialog::errorOccurred);
    QVERIFY(loadServersAndWait());
    QCOMPARE(errors.size(), 1);
    const auto error = errors.first().first().value<ApiError>();
    QCOMPARE(error.kind, ErrorKind::Permission);
    QCOMPARE(error.httpStatus, 403);
    QVERIFY(!error.requestId.isEmpty());
    QVERIFY2(status().contains(error.headline), qPrintable(status()));
    QCOMPARE(m_server.requests(u"/v3/sources"_s).size(), 1);   // never retried
}


void TestAccountPickerDialog::enterAddsTheCheckedRowsAndNeverReloads()
{
    QVERIFY(loadServersAndWait());
    auto *view = find<QTableView>("serverTable");
    auto *search = find<QLineEdit>("serverSearch");
    QSignalSpy chosen(m_dialog.get(), &AccountPickerDialog::rowsChosen);
    QVERIFY(find<QPushButton>("addRows")->isDefault());
    QVERIFY(!find<QPushButton>("serverLoad")->isDefault());

    checkViewRows(view, {0, 1, 2});
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.last().first().value<QList<TaskRow>>().size(), 3);

    checkViewRows(view, {3, 4});
    search->setFocus();
    QTest::keyClicks(search, u"server"_s);
    QTest::keyClick(search, Qt::Key_Enter);
    QCOMPARE(chosen.size(), 2);
    QCOMPARE(chosen.last().first().value<QList<TaskRow>>().size(), 2);
    // Nothing checked: Enter does nothing at all.
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(chosen.size(), 2);
    QVERIFY(!m_dialog->isLoading());
    QCOMPARE(m_server.requests(u"/v3/sources"_s).size(), 3);  // the one load: three pages

    // Enter in a filter loads with that filter, and adds nothing.
    checkViewRows(view, {6});
    QTest::keyClick(find<QLineEdit>("serverNameFilter"), Qt::Key_Return);
    QVERIFY(m_dialog->isLoading());
    QVERIFY(QTest::qWaitFor([this] { return !m_dialog->isLoading(); }, 30'000));
    QCOMPARE(chosen.size(), 2);
}

void TestAccountPickerDialog::spaceTogglesTheCurrentRowAfterAReload()
{
    QVERIFY(loadServersAndWait());
    auto *view = find<QTableView>("serverTable");
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(view->model());
    QVERIFY(proxy);
    auto *model = qobject_cast<AccountPickerModel *>(proxy->sourceModel());
    QVERIFY(model);
    checkViewRows(view, {0, 1});
    QCOMPARE(model->checkedCount(), 2);
    QVERIFY(loadServersAndWait());  // Load is explicit, and it starts over
    QCOMPARE(model->checkedCount(), 0);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(model->checkedCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    // From any cell of the row.
    QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_Right);
    QVERIFY(view->currentIndex().column() > 0);
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(model->checkedCount(), 0);
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(view->model()->index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
}

SMSC_GUI_TEST_MAIN(TestAccountPickerDialog)
#include "tst_accountpickerdialog.moc"
