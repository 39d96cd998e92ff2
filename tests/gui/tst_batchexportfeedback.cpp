// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/BatchController.h"
#include "diagnostics/ErrorDialog.h"
#include "harness/BatchApp.h"
#include "harness/GuiTestEnvironment.h"
#include "profile/ProfileStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace smsc;
using namespace smsc::test;

namespace {

//! The byte count in the window's progress line ("Received: 12.5 KiB."), in bytes; -1 when absent.
qint64 shownBytes(const QString &progressText)
{
    static const QRegularExpression received(u"Received: ([0-9.,]+) (bytes|KiB|MiB)"_s);
    const QRegularExpressionMatch match = received.match(progressText);
    if (!match.hasMatch())
        return -1;
    const double value = QLocale().toDouble(match.captured(1));
    const QString unit = match.captured(2);
    const double scale = unit == u"MiB"_s ? 1024.0 * 1024.0 : unit == u"KiB"_s ? 1024.0 : 1.0;
    return qint64(value * scale);
}

} // namespace

/*!
 * What the batch window tells while and after a run, against the loopback server: the bytes of
 * batches still arriving, the error of a batch that failed in an earlier session, and the one
 * clock-corrected resume after "signature expired".
 */
class TestBatchExportFeedback final : public QObject
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

    void setBatchSize(BatchExportWindow *window, int batchSize)
    {
        auto *size = in<QSpinBox>(window, "batchSizeSpin");
        size->setFocus();
        QTest::keyClick(size, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(size, QString::number(batchSize));
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
        m_server.setConfig({{u"date_offset_seconds"_s, 0}});
        m_dir = std::make_unique<QTemporaryDir>();
    }

    void theBytesOfABatchStillArrivingAreShown()
    {
        BatchApp app{m_dir->path()};
        BatchExportWindow *window = app.openBatchWindow();
        // One batch whose body comes slowly: 192 chunks of 512 bytes, 15 ms apart.
        QVERIFY(m_server.setScenario(kExportPath, {{u"name"_s, u"slow"_s}, {u"total"_s, 98304}, {u"chunk"_s, 512},
                                                   {u"delay_ms"_s, 15}}));
        typeInto(in<QLineEdit>(window, "rowsFileEdit"), writeRows(u"fleet.csv"_s, rowsCsv(150)));
        auto *progress = in<QLabel>(window, "batchProgressText");
        QList<qint64> whileRunning;  // the count shown each time it changed before the batch was saved
        QSignalSpy updates(window->controller(), &BatchController::progressChanged);
        connect(window->controller(), &BatchController::progressChanged, this,
                [&](int done, int, qint64, qint64, qint64) {
                    if (done == 0)
                        whileRunning << shownBytes(progress->text());
                });
        QSignalSpy finished(window->controller(), &BatchController::finished);
        QElapsedTimer elapsed;
        elapsed.start();
        press(in<QPushButton>(window, "startButton"));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().value<BatchRunSummary>().saved, 1);
        qInfo("%lld progress updates in %lld ms for 192 chunks", qint64(updates.size()), elapsed.elapsed());

        QString shown;
        for (const qint64 bytes : std::as_const(whileRunning))
            shown += QString::number(bytes) + u' ';
        QCOMPARE(whileRunning.first(), 0);
        QVERIFY2(std::is_sorted(whileRunning.cbegin(), whileRunning.cend()), qPrintable(shown));
        // Rising while the batch is still arriving: several counts between nothing and the whole body.
        QSet<qint64> between;
        for (const qint64 bytes : std::as_const(whileRunning)) {
            if (bytes > 0 && bytes < 98304)
                between.insert(bytes);
        }
        QVERIFY2(between.size() >= 2, qPrintable(shown));
        QCOMPARE(shownBytes(progress->text()), 98304);
        // At most ten updates a second: far fewer than the 192 chunks that came in.
        QVERIFY2(updates.size() < 96, qPrintable(QString::number(updates.size())));
    }

    void aBatchFailedInAnEarlierSessionSaysItsRequestWasNotKept()
    {
        QString manifest;
        {
            BatchApp app{m_dir->path()};
            BatchExportWindow *window = app.openBatchWindow();
            QVERIFY(m_server.setScenario(kExportPath, {{u"name"_s, u"forbidden_0204"_s}, {u"first_task_id"_s, taskId(11)}}));
            typeInto(in<QLineEdit>(window, "rowsFileEdit"), writeRows(u"fleet.csv"_s, rowsCsv(30)));
            setBatchSize(window, 10);
            QSignalSpy finished(window->controller(), &BatchController::finished);
            press(in<QPushButton>(window, "startButton"));
            QVERIFY(finished.wait(60000));
            // In this session the batch's request is known: no note.
            QTRY_VERIFY(window->errorDialog() && window->errorDialog()->isVisible());
            QVERIFY(!in<QLabel>(window->errorDialog(), "recordedOnlyLabel")->isVisible());
            QVERIFY(in<QPushButton>(window->errorDialog(), "copyCurlButton")->isVisible());
            manifest = window->controller()->manifestPath();
        }

        // A new session opens the run from its manifest: the failed batch has only its recorded error.
        BatchApp app{m_dir->path()};
        BatchExportWindow *window = app.openBatchWindow();
        window->openRun(manifest);
        auto *table = in<QTableView>(window, "batchTable");
        table->setFocus();
        table->setCurrentIndex(table->model()->index(1, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY(window->errorDialog() && window->errorDialog()->isVisible());
        ErrorDialog *dialog = window->errorDialog();
        QCOMPARE(dialog->report().error().httpStatus, 403);
        QCOMPARE(dialog->report().error().errorCode, u"SMS.0204"_s);
        auto *note = in<QLabel>(dialog, "recordedOnlyLabel");
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(u"earlier session"_s) && note->text().contains(u"not kept"_s),
                 qPrintable(note->text()));
        // Nothing that would be empty or made up: no cURL line, no bundle of an exchange, no times of now.
        QVERIFY(!in<QPushButton>(dialog, "copyCurlButton")->isVisible());
        QVERIFY(!in<QPushButton>(dialog, "saveSupportBundleButton")->isVisible());
        QVERIFY(!in<QLineEdit>(dialog, "timeUtcEdit")->isVisible());
        QVERIFY(!in<QLineEdit>(dialog, "timeLocalEdit")->isVisible());
        QVERIFY(in<QLineEdit>(dialog, "errorCodeEdit")->isVisible());
        QCOMPARE(m_server.requests(kExportPath).size(), 2);  // opening the run sent nothing
    }

    void aSignatureExpiredOffersTheResumeWithTheClockCorrected()
    {
        BatchApp app{m_dir->path()};
        BatchExportWindow *window = app.openBatchWindow();
        m_server.setConfig({{u"date_offset_seconds"_s, 3600}});  // this computer an hour behind
        typeInto(in<QLineEdit>(window, "rowsFileEdit"), writeRows(u"fleet.csv"_s, rowsCsv(30)));
        setBatchSize(window, 10);
        app.prompts.confirmAnswers = {true};  // "Retry once"
        QSignalSpy finished(window->controller(), &BatchController::finished);
        press(in<QPushButton>(window, "startButton"));
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().first().value<BatchRunSummary>().stoppedByRejection);
        QTRY_COMPARE(app.prompts.asked, QStringList{u"Clock out of step"_s});
        QVERIFY2(app.prompts.questions.first().contains(u"later than this computer's clock"_s),
                 qPrintable(app.prompts.questions.first()));

        // Agreed: the same run resumed, signed with the corrected clock, and every batch saved.
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        const BatchRunSummary resumed = finished.last().first().value<BatchRunSummary>();
        QCOMPARE(resumed.saved, 3);
        QCOMPARE(statuses(window->controller()->model()), QList<BatchStatus>(3, BatchStatus::Saved));
        const QJsonArray sent = m_server.requests(kExportPath);
        QCOMPARE(sent.size(), 4);  // the refused first batch, then the three with the clock corrected
        QCOMPARE(firstTaskIds(sent), (QStringList{taskId(1), taskId(1), taskId(11), taskId(21)}));
        QVERIFY(!window->errorDialog());  // agreed before any error window was opened
        QCOMPARE(app.prompts.asked.size(), 1);
    }

    void aDeclinedClockRetryShowsTheErrorAndIsNotAskedTwice()
    {
        BatchApp app{m_dir->path()};
        BatchExportWindow *window = app.openBatchWindow();
        m_server.setConfig({{u"date_offset_seconds"_s, 3600}});
        typeInto(in<QLineEdit>(window, "rowsFileEdit"), writeRows(u"fleet.csv"_s, rowsCsv(20)));
        setBatchSize(window, 10);
        app.prompts.confirmAnswers = {false};
        QSignalSpy finished(window->controller(), &BatchController::finished);
        press(in<QPushButton>(window, "startButton"));
        QVERIFY(finished.wait(60000));
        QTRY_VERIFY(window->errorDialog() && window->errorDialog()->isVisible());  // declined: the error, as before
        QCOMPARE(app.prompts.asked, QStringList{u"Clock out of step"_s});
        QCOMPARE(window->errorDialog()->report().error().httpStatus, 401);
        QCOMPARE(m_server.requests(kExportPath).size(), 1);
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);  // nothing resumed by itself
    }
};

SMSC_GUI_TEST_MAIN(TestBatchExportFeedback)
#include "tst_batchexportfeedback.moc"
