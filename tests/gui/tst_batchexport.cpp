// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/AccountWorkflows.h"
#include "batch/BatchController.h"
#include "diagnostics/ErrorDialog.h"
#include "export/ExportHistory.h"
#include "export/ExportHistoryModel.h"
#include "export/HistoryDialog.h"
#include "harness/BatchApp.h"
#include "harness/GuiTestEnvironment.h"
#include "profile/ProfileStore.h"
#include "rows/RowsFile.h"

#include <QClipboard>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace smsc;
using namespace smsc::test;


/*!
 * The batch window against the loopback server, driven by keys: a run of several batches, cancel
 * and resume, a refused batch that stops the run, a bad row, and the ">200 rows" offer of a paste.
 */
class TestBatchExport final : public QObject
{
    Q_OBJECT
    test::LoopbackServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString writeRows(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
            return {};
        return path;
    }

    //! Fills the window's fields by keyboard, presses Start and waits for the run to end.
    BatchRunSummary run(BatchExportWindow *window, const QString &rowsFile, int batchSize)
    {
        typeInto(in<QLineEdit>(window, "rowsFileEdit"), rowsFile);
        auto *size = in<QSpinBox>(window, "batchSizeSpin");
        size->setFocus();
        QTest::keyClick(size, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(size, QString::number(batchSize));
        QSignalSpy finished(window->controller(), &BatchController::finished);
        press(in<QPushButton>(window, "startButton"));
        if (!finished.wait(60000))
            return {};
        return finished.first().first().value<BatchRunSummary>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QVERIFY(saveLoopbackProfile(m_server));
    }

    void init()
    {
        QVERIFY(m_server.reset());
        m_dir = std::make_unique<QTemporaryDir>();
        QFile::remove(ExportHistory::defaultPath());
    }

    void aRunSavesEveryBatchAsTheServerSentIt()
    {
        BatchApp app{m_dir->path()};
        BatchExportWindow *window = app.openBatchWindow();
        QVERIFY(window && window->isVisible());
        QCOMPARE(window->outputFolder(), m_dir->path());
        const BatchRunSummary summary = run(window, writeRows(u"fleet.csv"_s, rowsCsv(450)), 200);
        QCOMPARE(summary.saved, 3);
        QCOMPARE(summary.rowsSaved, 450);
        const BatchTableModel *model = window->controller()->model();
        QCOMPARE(statuses(model), QList<BatchStatus>(3, BatchStatus::Saved));

        const QJsonArray sent = m_server.requests(kExportPath);
        QCOMPARE(firstTaskIds(sent), (QStringList{taskId(1), taskId(201), taskId(401)}));
        const QString folder = window->controller()->runFolder();
        QVERIFY2(QFileInfo(folder).fileName().startsWith(u"sms-export-"_s), qPrintable(folder));
        QCOMPARE(QFileInfo(folder).absolutePath(), m_dir->path());
        for (int row = 0; row < 3; ++row) {
            const BatchRecord record = model->recordAt(row);
            const QJsonObject request = sent.at(row).toObject();
            QCOMPARE(record.requestId, request.value(u"request_id"_s).toString());
            QCOMPARE(sha256(QDir(folder).filePath(record.file)), request.value(u"response_sha256"_s).toString());
        }
        QVERIFY2(in<QLabel>(window, "batchMessage")->text().startsWith(u"All 3 batches saved (450 rows"_s),
                 qPrintable(in<QLabel>(window, "batchMessage")->text()));

        press(in<QPushButton>(window, "openFolderButton"));
        QCOMPARE(app.opened, QList<QUrl>{QUrl::fromLocalFile(folder)});

        // Closed, the run is found in History as one entry with its totals, and opens there again.
        QTest::keyClick(window, Qt::Key_Escape);  // not running: closes without asking
        QTRY_VERIFY(!app.app->batchWindow());
        QVERIFY(app.prompts.asked.isEmpty());
        app.app->accountWorkflows()->showHistory();
        HistoryDialog *historyDialog = app.app->accountWorkflows()->historyDialog();
        QVERIFY(historyDialog);
        auto *historyTable = in<QTableView>(historyDialog, "historyTable");
        QCOMPARE(historyTable->model()->rowCount(), 1);
        QCOMPARE(historyTable->model()->index(0, ExportHistoryModel::RowsColumn).data().toInt(), 450);
        QCOMPARE(historyTable->model()->index(0, ExportHistoryModel::OutcomeColumn).data().toString(),
                 u"Batch run: 3 saved, 0 failed, 0 pending"_s);
        QVERIFY(!in<QPushButton>(historyDialog, "loadRowsButton")->isEnabled());
        press(in<QPushButton>(historyDialog, "openBatchRunButton"));
        QTRY_VERIFY(app.app->batchWindow() && app.app->batchWindow()->isVisible());
        QCOMPARE(app.app->batchWindow()->controller()->runFolder(), folder);
        QCOMPARE(statuses(app.app->batchWindow()->controller()->model()), QList<BatchStatus>(3, BatchStatus::Saved));
        QCOMPARE(m_server.requests(kExportPath).size(), 3);  // opening a run sends nothing

        ExportHistory history;
        QVERIFY(history.load().ok());
        QCOMPARE(history.entries().size(), 1);
        const HistoryEntry entry = history.entries().first();
        QVERIFY(entry.isBatchRun());
        QCOMPARE(entry.batchesSaved, 3);
        QCOMPARE(entry.rowCount(), 450);
        QCOMPARE(entry.manifestPath, QDir(folder).filePath(u"manifest.json"_s));
    }

    void cancelLeavesPendingBatchesAndResumeSendsOnlyThose()
    {
        BatchApp app{m_dir->path()};
        BatchExportWindow *window = app.openBatchWindow();
        QVERIFY(m_server.setScenario(kExportPath, {{u"name"_s, u"slow"_s}, {u"total"_s, 400000}, {u"chunk"_s, 1024},
                                                   {u"delay_ms"_s, 50}, {u"first_task_id"_s, taskId(201)}}));
        typeInto(in<QLineEdit>(window, "rowsFileEdit"), writeRows(u"fleet.csv"_s, rowsCsv(600)));
        QSignalSpy finished(window->controller(), &BatchController::finished);
        press(in<QPushButton>(window, "startButton"));
        QTRY_COMPARE_WITH_TIMEOUT(m_server.requests(kExportPath).size(), 2, 30000);
        QTest::qWait(200);  // the body of batch 2 is arriving

        // Escape while running asks first; "no" keeps the run going.
        app.prompts.confirmAnswers = {false};
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_COMPARE(app.prompts.asked.size(), 1);
        QCOMPARE(app.prompts.asked.first(), u"Stop the batch export?"_s);
        QVERIFY(window->isVisible());
        QVERIFY(window->controller()->isRunning());

        press(in<QPushButton>(window, "cancelButton"));
        QVERIFY(finished.wait(20000));
        const BatchRunSummary summary = finished.first().first().value<BatchRunSummary>();
        QVERIFY(summary.cancelled);
        QCOMPARE(statuses(window->controller()->model()),
                 (QList<BatchStatus>{BatchStatus::Saved, BatchStatus::Pending, BatchStatus::Pending}));
        const QString folder = window->controller()->runFolder();
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name),
                 (QStringList{u"batch-001-consistency-results.csv"_s, u"manifest.json"_s}));  // no partial file
        QCOMPARE(m_server.requests(kExportPath).size(), 2);

        // A rows file changed since the run began is refused, and nothing is sent.
        QVERIFY(m_server.reset());
        const QString manifest = QDir(folder).filePath(u"manifest.json"_s);
        const QString rowsFile = writeRows(u"fleet.csv"_s, rowsCsv(601));
        app.prompts.fileNames = {manifest};
        press(in<QPushButton>(window, "resumeButton"));
        QTRY_VERIFY(in<QLabel>(window, "batchMessage")->text().contains(u"has changed since the run began"_s));
        QVERIFY(!window->controller()->isRunning());
        QTest::qWait(100);
        QCOMPARE(m_server.requests(kExportPath).size(), 0);

        // Resume… with the manifest and the rows file as it was: only batches 2 and 3 are sent, into the same folder.
        QCOMPARE(writeRows(u"fleet.csv"_s, rowsCsv(600)), rowsFile);
        app.prompts.fileNames = {manifest};
        finished.clear();
        press(in<QPushButton>(window, "resumeButton"));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().value<BatchRunSummary>().saved, 3);
        QCOMPARE(firstTaskIds(m_server.requests(kExportPath)), (QStringList{taskId(201), taskId(401)}));
        QCOMPARE(window->controller()->runFolder(), folder);
        QCOMPARE(statuses(window->controller()->model()), QList<BatchStatus>(3, BatchStatus::Saved));

        // Both sessions of the run are one history entry.
        ExportHistory history;
        QVERIFY(history.load().ok());
        QCOMPARE(history.entries().size(), 1);
        QCOMPARE(history.entries().first().batchesSaved, 3);
        QCOMPARE(history.entries().first().batchesPending, 0);
    }

    void escapeWhileRunningStopsTheRunWhenAgreedAndCloses()
    {
        BatchApp app{m_dir->path()};
        BatchExportWindow *window = app.openBatchWindow();
        QVERIFY(m_server.setScenario(kExportPath, {{u"name"_s, u"slow"_s}, {u"total"_s, 400000}, {u"chunk"_s, 1024},
                                                   {u"delay_ms"_s, 50}}));
        typeInto(in<QLineEdit>(window, "rowsFileEdit"), writeRows(u"fleet.csv"_s, rowsCsv(300)));
        press(in<QPushButton>(window, "startButton"));
        QTRY_COMPARE_WITH_TIMEOUT(m_server.requests(kExportPath).size(), 1, 30000);
        const QString folder = window->controller()->runFolder();
        QVERIFY(in<QPushButton>(window, "openFolderButton")->isEnabled());  // also while running
        app.prompts.confirmAnswers = {true};  // "Stop and close"
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!app.app->batchWindow(), 20000);  // closed once the run stopped
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{u"manifest.json"_s});
        const Outcome<BatchManifest> manifest = BatchManifest::read(QDir(folder).filePath(u"manifest.json"_s));
        QVERIFY2(manifest.ok(), qPrintable(manifest.error()));
        QCOMPARE(manifest.value().count(BatchStatus::Pending), 2);
    }

    void aRefusedBatchStopsTheRunAndOpensItsError()
    {
        BatchApp app{m_dir->path()};
        BatchExportWindow *window = app.openBatchWindow();
        QVERIFY(m_server.setScenario(kExportPath, {{u"name"_s, u"forbidden_0204"_s}, {u"first_task_id"_s, taskId(11)}}));
        const BatchRunSummary summary = run(window, writeRows(u"fleet.csv"_s, rowsCsv(30)), 10);
        QVERIFY(summary.stoppedByRejection);
        const BatchTableModel *model = window->controller()->model();
        QCOMPARE(statuses(model), (QList<BatchStatus>{BatchStatus::Saved, BatchStatus::Failed, BatchStatus::Pending}));
        QCOMPARE(m_server.requests(kExportPath).size(), 2);  // nothing after the 403
        const QString message = in<QLabel>(window, "batchMessage")->text();
        QVERIFY2(message.startsWith(u"The run stopped: the service refused batch 2 (HTTP 403)"_s)
                     && message.contains(u"Resume…"_s), qPrintable(message));

        QTRY_VERIFY(window->errorDialog() && window->errorDialog()->isVisible());
        QCOMPARE(window->errorDialog()->report().error().errorCode, u"SMS.0204"_s);
        QCOMPARE(window->errorDialog()->report().error().httpStatus, 403);
        QVERIFY(!window->errorDialog()->report().error().encodedAuthorizationMessage.isEmpty());
        const ErrorReport report = window->errorDialog()->report();  // the request, as a single export's shows it
        QVERIFY(!report.request().isEmpty());
        QVERIFY2(report.context().curlCommand.contains(kExportPath), qPrintable(report.context().curlCommand));
        QVERIFY(!report.toText().contains(kTestSk) && !report.context().curlCommand.contains(kTestSk));
        window->errorDialog()->close();
        QTRY_VERIFY(!window->errorDialog());

        // Enter on the failed batch opens it again; on a saved one nothing opens.
        auto *table = in<QTableView>(window, "batchTable");
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(!window->errorDialog());
        QTest::keyClick(table, Qt::Key_Down);
        QVERIFY(in<QPushButton>(window, "detailsButton")->isEnabled());
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY(window->errorDialog() && window->errorDialog()->isVisible());
        QCOMPARE(window->errorDialog()->report().error().httpStatus, 403);
    }

    void resumeRefusesARunSentToAnotherEndpoint()
    {
        BatchApp app{m_dir->path()};
        BatchExportWindow *window = app.openBatchWindow();
        QVERIFY(m_server.setScenario(kExportPath, {{u"name"_s, u"forbidden_0204"_s}, {u"first_task_id"_s, taskId(11)}}));
        QVERIFY(run(window, writeRows(u"fleet.csv"_s, rowsCsv(30)), 10).stoppedByRejection);
        const QString manifest = window->controller()->manifestPath();
        QVERIFY(m_server.reset());

        // The same loopback server, reached over https now: the run's answers came from http.
        const QString before = m_server.httpUrl().toString();
        const QString now = m_server.httpsUrl().toString();
        std::optional<Profile> profile = app.profiles.load(u"loopback"_s);
        QVERIFY(profile);
        profile->endpoint = now;
        QVERIFY(app.profiles.save(*profile).ok());
        app.prompts.fileNames = {manifest};
        QSignalSpy problem(window->controller(), &BatchController::problem);
        press(in<QPushButton>(window, "resumeButton"));
        QTRY_COMPARE(problem.size(), 1);
        const QString message = in<QLabel>(window, "batchMessage")->text();
        QVERIFY2(message.contains(before) && message.contains(now) && message.contains(u"nothing was sent"_s),
                 qPrintable(message));
        QVERIFY(!window->controller()->isRunning());
        QTest::qWait(100);
        QCOMPARE(m_server.requests().size(), 0);
        profile->endpoint = before;
        QVERIFY(app.profiles.save(*profile).ok());
    }

    void aBadRowIsNamedAndNothingIsSent()
    {
        BatchApp app{m_dir->path()};
        BatchExportWindow *window = app.openBatchWindow();
        QByteArray data = rowsCsv(250);
        data += ",src-x,no task\n";  // line 252
        typeInto(in<QLineEdit>(window, "rowsFileEdit"), writeRows(u"bad.csv"_s, data));
        QSignalSpy problem(window->controller(), &BatchController::problem);
        press(in<QPushButton>(window, "startButton"));
        QCOMPARE(problem.size(), 1);  // checked before the keys are read: at once
        QVERIFY(!window->controller()->isRunning());
        QCOMPARE(m_server.requests(kExportPath).size(), 0);
        const QString message = in<QLabel>(window, "batchMessage")->text();
        QCOMPARE(message, u"bad.csv, line 252: Row 251, task_id: required, but empty. Nothing was sent."_s);
        QVERIFY(window->controller()->runFolder().isEmpty());
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot), QStringList{});
    }

    void pastingPastTheCapOffersToExportAllRowsInBatches()
    {
        BatchApp app{m_dir->path()};
        app.model.setEntries({{TaskRow{}, false}});
        app.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&app.window));
        auto *view = app.window.findChild<QTableView *>();
        view->setFocus();
        view->setCurrentIndex(app.model.index(0, 0));
        QString text;
        for (int i = 1; i <= 250; ++i)
            text += taskId(i) + u"\tsrc\tserver\n"_s;
        QGuiApplication::clipboard()->setText(text);
        app.prompts.choiceAnswers = {0};  // "Export all 250 rows in batches…"
        QTest::keySequence(&app.window, QKeySequence::Paste);
        QCOMPARE(app.model.rowCount(), 200);
        QTRY_VERIFY(app.app->batchWindow() && app.app->batchWindow()->isVisible());
        QVERIFY2(app.prompts.questions.first().contains(u"50 rows left out"_s)
                     && app.prompts.questions.first().contains(u"Export all 250 rows in batches"_s),
                 qPrintable(app.prompts.questions.first()));
        BatchExportWindow *window = app.app->batchWindow();
        const QString rowsFile = QDir::fromNativeSeparators(in<QLineEdit>(window, "rowsFileEdit")->text());
        QCOMPARE(QFileInfo(rowsFile).fileName(), u"rows.csv"_s);
        const QString runFolder = QFileInfo(rowsFile).absolutePath();
        QCOMPARE(QFileInfo(runFolder).absolutePath(), m_dir->path());
        const Outcome<ParsedRows> written = RowsFile::read(rowsFile);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QCOMPARE(written.value().rows.size(), 250);
        QCOMPARE(written.value().rows.last().taskId, taskId(250));

        QSignalSpy finished(window->controller(), &BatchController::finished);
        press(in<QPushButton>(window, "startButton"));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().value<BatchRunSummary>().saved, 2);
        QCOMPARE(window->controller()->runFolder(), runFolder);  // the run went into the folder made for it
        QVERIFY(QFile::exists(QDir(runFolder).filePath(u"manifest.json"_s)));
        QCOMPARE(firstTaskIds(m_server.requests(kExportPath)), (QStringList{taskId(1), taskId(201)}));
    }
};

SMSC_GUI_TEST_MAIN(TestBatchExport)
#include "tst_batchexport.moc"
