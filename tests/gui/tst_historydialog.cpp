// SPDX-License-Identifier: GPL-3.0-or-later
// The History dialog over a real ExportHistory file in the sandboxed app-data folder.
#include "export/ExportHistory.h"
#include "export/ExportHistoryModel.h"
#include "export/HistoryDialog.h"
#include "harness/GuiTestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

using namespace smsc;

class TestHistoryDialog final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void entriesSurviveARestartAndShowNewestFirst();
    void loadRowsAgain();
    void openFileGoesThroughTheOpener();
    void openFileThatIsGoneSaysSo();
    void showErrorEmitsTheStoredError();
    void emptyHistorySaysSo();

private:
    std::unique_ptr<HistoryDialog> openDialog();
    template <typename T> static T *find(QWidget *dialog, const char *name)
    {
        auto *widget = dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("widget %s not found", name);
        return widget;
    }
    static QString cell(QTableView *view, int row, int column) { return view->model()->index(row, column).data().toString(); }

    QTemporaryDir m_files;
    QString m_savedFile;
    QList<TaskRow> m_okRows;
};

void TestHistoryDialog::initTestCase()
{
    QVERIFY(m_files.isValid());
    m_savedFile = m_files.filePath(u"consistency-results.csv"_s);
    QFile file(m_savedFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("task_id,source_id,source_name,consistency_result\r\n");
    file.close();
    QVERIFY(ExportHistory::defaultPath().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY(ExportHistory::defaultPath().startsWith(qEnvironmentVariable("XDG_DATA_HOME")));

    // Written as the export flow writes them: a success, then a denial (secrets only to scrub).
    Credentials credentials;
    credentials.accessKey = u"SMSCTESTAK0000000001"_s;
    m_okRows = {{u"7a000000-0000-4000-8000-000000000001"_s, u"5e000000-0000-4000-8000-000000000001"_s, u"srv-001"_s},
                {u"7a000000-0000-4000-8000-000000000002"_s, u"5e000000-0000-4000-8000-000000000002"_s, u"srv-002"_s}};
    ExportOutcome ok;
    ok.request.method = "POST";  // sent, and accepted (no error)
    ok.filePath = m_savedFile;
    ok.requestId = u"0123456789abcdef0123456789abcdef"_s;
    ok.httpStatus = 200;
    ok.endpoint = u"https://sms.ap-southeast-1.myhuaweicloud.com"_s;
    ExportOutcome denied;
    denied.requestId = u"fedcba9876543210fedcba9876543210"_s;
    denied.httpStatus = 403;
    denied.endpoint = ok.endpoint;
    denied.error.kind = ErrorKind::Permission;
    denied.error.httpStatus = 403;
    denied.error.errorCode = u"SMS.0204"_s;
    denied.error.headline = u"You do not have permission to export consistency results."_s;
    denied.error.requestId = denied.requestId;
    ExportHistory history;
    QCOMPARE(history.append(HistoryEntry::fromOutcome(ok, u"migration-prod"_s, m_okRows, credentials,
                                                      QDateTime(QDate(2026, 11, 27), QTime(18, 0), Qt::UTC))).error(), QString());
    QCOMPARE(history.append(HistoryEntry::fromOutcome(denied, u"readonly"_s, m_okRows.mid(0, 1), credentials,
                                                      QDateTime(QDate(2026, 11, 27), QTime(19, 0), Qt::UTC))).error(), QString());
}

std::unique_ptr<HistoryDialog> TestHistoryDialog::openDialog()
{
    // A fresh dialog reading the file from disk: what the app sees after a restart.
    auto dialog = std::make_unique<HistoryDialog>();
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        return nullptr;
    return dialog;
}

void TestHistoryDialog::entriesSurviveARestartAndShowNewestFirst()
{
    const auto dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->entryCount(), 2);
    auto *view = find<QTableView>(dialog.get(), "historyTable");
    QCOMPARE(cell(view, 0, ExportHistoryModel::ProfileColumn), u"readonly"_s);
    QCOMPARE(cell(view, 0, ExportHistoryModel::RowsColumn), u"1"_s);
    QCOMPARE(cell(view, 0, ExportHistoryModel::RequestIdColumn), u"fedcba9876543210fedcba9876543210"_s);
    QCOMPARE(cell(view, 0, ExportHistoryModel::OutcomeColumn), u"Failed: SMS.0204 (HTTP 403)"_s);
    QCOMPARE(cell(view, 1, ExportHistoryModel::ProfileColumn), u"migration-prod"_s);
    QCOMPARE(cell(view, 1, ExportHistoryModel::RowsColumn), u"2"_s);
    QCOMPARE(cell(view, 1, ExportHistoryModel::OutcomeColumn), u"Saved"_s);
    QVERIFY(!cell(view, 1, ExportHistoryModel::TimeColumn).isEmpty());
    QCOMPARE(cell(view, 1, ExportHistoryModel::FileColumn), u"consistency-results.csv"_s);
    // The selected entry's details: endpoint, request id, the stored error.
    const QString details = find<QLabel>(dialog.get(), "historyDetails")->text();
    QVERIFY2(details.contains(u"https://sms.ap-southeast-1.myhuaweicloud.com"_s), qPrintable(details));
    QVERIFY2(details.contains(u"fedcba9876543210fedcba9876543210"_s), qPrintable(details));
    QVERIFY2(details.contains(u"permission"_s), qPrintable(details));
    // The newest entry is selected: a failure, so it can show its error but has no file.
    QVERIFY(find<QPushButton>(dialog.get(), "showErrorButton")->isEnabled());
    QVERIFY(!find<QPushButton>(dialog.get(), "openFileButton")->isEnabled());
}

void TestHistoryDialog::loadRowsAgain()
{
    const auto dialog = openDialog();
    QVERIFY(dialog);
    find<QTableView>(dialog.get(), "historyTable")->selectRow(1);
    QSignalSpy rows(dialog.get(), &HistoryDialog::rowsRequested);
    QTest::mouseClick(find<QPushButton>(dialog.get(), "loadRowsButton"), Qt::LeftButton);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().first().value<QList<TaskRow>>(), m_okRows);
}

void TestHistoryDialog::openFileGoesThroughTheOpener()
{
    const auto dialog = openDialog();
    QVERIFY(dialog);
    QList<QUrl> opened;
    dialog->setFileOpener([&opened](const QUrl &url) { opened << url; return true; });
    find<QTableView>(dialog.get(), "historyTable")->selectRow(1);
    auto *open = find<QPushButton>(dialog.get(), "openFileButton");
    QVERIFY(open->isEnabled());
    QVERIFY(!find<QPushButton>(dialog.get(), "showErrorButton")->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(m_savedFile)});
}

void TestHistoryDialog::openFileThatIsGoneSaysSo()
{
    const QString moved = m_savedFile + u".moved"_s;
    QVERIFY(QFile::rename(m_savedFile, moved));
    const auto dialog = openDialog();
    QVERIFY(dialog);
    QList<QUrl> opened;
    dialog->setFileOpener([&opened](const QUrl &url) { opened << url; return true; });
    find<QTableView>(dialog.get(), "historyTable")->selectRow(1);
    QTest::mouseClick(find<QPushButton>(dialog.get(), "openFileButton"), Qt::LeftButton);
    QVERIFY(QFile::rename(moved, m_savedFile));
    QVERIFY(opened.isEmpty());
    const QString status = find<QLabel>(dialog.get(), "historyStatus")->text();
    QVERIFY2(status.contains(u"no longer exists"_s), qPrintable(status));
}

void TestHistoryDialog::showErrorEmitsTheStoredError()
{
    const auto dialog = openDialog();
    QVERIFY(dialog);
    find<QTableView>(dialog.get(), "historyTable")->selectRow(0);
    QSignalSpy errors(dialog.get(), &HistoryDialog::errorRequested);
    QTest::mouseClick(find<QPushButton>(dialog.get(), "showErrorButton"), Qt::LeftButton);
    QCOMPARE(errors.size(), 1);
    const auto error = errors.first().first().value<ApiError>();
    QCOMPARE(error.kind, ErrorKind::Permission);
    QCOMPARE(error.httpStatus, 403);
    QCOMPARE(error.errorCode, u"SMS.0204"_s);
    QCOMPARE(error.requestId, u"fedcba9876543210fedcba9876543210"_s);
    QVERIFY(!error.headline.isEmpty());
}

void TestHistoryDialog::emptyHistorySaysSo()
{
    HistoryDialog dialog(m_files.filePath(u"no-history.json"_s));
    QCOMPARE(dialog.entryCount(), 0);
    QVERIFY(find<QLabel>(&dialog, "historyStatus")->text().contains(u"No exports yet"_s));
    QVERIFY(!find<QPushButton>(&dialog, "loadRowsButton")->isEnabled());
}

SMSC_GUI_TEST_MAIN(TestHistoryDialog)
#include "tst_historydialog.moc"
