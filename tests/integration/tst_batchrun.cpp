// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetTestHelpers.h"

#include "batch/BatchManifest.h"
#include "batch/BatchPlan.h"
#include "batch/BatchRun.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smsc;
using namespace smsc::test;

namespace {

QList<TaskRow> rows(int count)
{
    QList<TaskRow> list;
    for (int i = 0; i < count; ++i)
        list << TaskRow{u"t-%1"_s.arg(i, 5, 10, QLatin1Char('0')), u"s-%1"_s.arg(i), u"server %1"_s.arg(i)};
    return list;
}

//! What the CLI records before a run: the plan plus the rows file it came from.
BatchManifest manifestFor(const BatchPlan &plan)
{
    BatchManifest manifest = BatchManifest::fromPlan(plan);
    manifest.rowsFile = u"/nowhere/rows.csv"_s;
    manifest.rowsSha256 = QString(64, u'0');
    return manifest;
}

QList<BatchStatus> statuses(const BatchManifest &manifest)
{
    QList<BatchStatus> list;
    for (const BatchRecord &record : manifest.batches)
        list << record.status;
    return list;
}

} // namespace

/*!
 * The core batch job against the loopback server, in process: batches in parallel on one network
 * manager, the manifest after every batch, cancel, and a manifest that cannot be written.
 */
class TestBatchRun final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }
    void init()
    {
        m_server.reset();
        m_folder = std::make_unique<QTemporaryDir>();
    }

    void parallelBatchesKeepTheirOrderInTheManifest()
    {
        const BatchPlan plan = BatchPlan::split(rows(20), 3);  // 7 batches, the last of 2 rows
        BatchRun run(&m_network, loopbackProfile(m_server.httpUrl()), testCredentials(), plan.batches(),
                     manifestFor(plan), m_folder->path(), BatchRunOptions{4, 0, 10});
        QSignalSpy batches(&run, &BatchRun::batchFinished);
        QSignalSpy finished(&run, &BatchRun::finished);
        run.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(batches.size(), 7);
        const BatchRunSummary summary = finished.at(0).at(0).value<BatchRunSummary>();
        QCOMPARE(summary.saved, 7);
        QCOMPARE(summary.rowsSaved, 20);
        const auto read = BatchManifest::read(run.manifestPath());
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read.value(), run.manifest());
        for (int i = 0; i < 7; ++i) {
            const BatchRecord &record = read.value().batches.at(i);
            QCOMPARE(record.index, i + 1);
            QCOMPARE(record.status, BatchStatus::Saved);
            QCOMPARE(record.file, BatchRun::filePrefix(i + 1) + u"consistency-results.csv"_s);
            QCOMPARE(sha256Of(QDir(m_folder->path()).filePath(record.file)), record.sha256);
        }
        QCOMPARE(read.value().batches.constLast().rows, 2);
        QCOMPARE(m_server.requests(kExportPath).size(), 7);
    }

    void cancelLeavesUnfinishedBatchesPendingAndNoPartialFile()
    {
        const BatchPlan plan = BatchPlan::split(rows(9), 3);
        QVERIFY(m_server.setScenario(kExportPath, {{u"name"_s, u"slow"_s}, {u"total"_s, 200000}, {u"chunk"_s, 1024},
                                                   {u"delay_ms"_s, 50}, {u"first_task_id"_s, u"t-00003"_s}}));
        BatchRun run(&m_network, loopbackProfile(m_server.httpUrl()), testCredentials(), plan.batches(),
                     manifestFor(plan), m_folder->path(), BatchRunOptions{1, 0, 10});
        QSignalSpy finished(&run, &BatchRun::finished);
        run.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_server.requests(kExportPath).size(), 2, 30000);
        QTest::qWait(200);  // the body of batch 2 is arriving
        run.cancel();
        QVERIFY(finished.wait(10000));
        const BatchRunSummary summary = finished.at(0).at(0).value<BatchRunSummary>();
        QVERIFY(summary.cancelled);
        QCOMPARE(statuses(run.manifest()), (QList<BatchStatus>{BatchStatus::Saved, BatchStatus::Pending, BatchStatus::Pending}));
        QCOMPARE(folderEntries(m_folder->path()),
                 (QStringList{u"batch-001-consistency-results.csv"_s, u"manifest.json"_s}));
        QCOMPARE(m_server.requests(kExportPath).size(), 2);
        const auto read = BatchManifest::read(run.manifestPath());
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read.value(), run.manifest());
    }

    // A 401/403 stops the run, but batches already on the wire with the same key are let finish:
    // aborting them would make a resume send them (and count their rows) a second time.
    void aRefusalLetsBatchesOnTheWireFinishAndResumeSendsEachRemainingBatchOnce()
    {
        const BatchPlan plan = BatchPlan::split(rows(12), 2);  // 6 batches: t-00000, t-00002, … t-00010
        QVERIFY(m_server.setScenario(kExportPath, {{u"name"_s, u"slow"_s}, {u"total"_s, 100000}, {u"chunk"_s, 1024},
                                                   {u"delay_ms"_s, 5}}));
        QVERIFY(m_server.setScenario(kExportPath, {{u"name"_s, u"forbidden_0204"_s}, {u"first_task_id"_s, u"t-00002"_s}}));
        BatchRun first(&m_network, loopbackProfile(m_server.httpUrl()), testCredentials(), plan.batches(),
                       manifestFor(plan), m_folder->path(), BatchRunOptions{3, 2, 10});
        QSignalSpy firstDone(&first, &BatchRun::finished);
        first.start();
        QVERIFY(firstDone.wait(30000));
        QVERIFY(firstDone.at(0).at(0).value<BatchRunSummary>().stoppedByRejection);
        QCOMPARE(statuses(first.manifest()),
                 (QList<BatchStatus>{BatchStatus::Saved, BatchStatus::Failed, BatchStatus::Saved, BatchStatus::Pending,
                                     BatchStatus::Pending, BatchStatus::Pending}));
        QCOMPARE(m_server.requests(kExportPath).size(), 3);

        m_server.reset();  // the cause is fixed
        BatchRun resumed(&m_network, loopbackProfile(m_server.httpUrl()), testCredentials(), plan.batches(),
                         first.manifest(), m_folder->path(), BatchRunOptions{3, 0, 10});
        QSignalSpy resumedDone(&resumed, &BatchRun::finished);
        resumed.start();
        QVERIFY(resumedDone.wait(30000));
        QCOMPARE(resumedDone.at(0).at(0).value<BatchRunSummary>().saved, 6);
        QStringList firstIds;
        for (const QJsonValue &request : m_server.requests(kExportPath))
            firstIds << request[u"body"_s].toString().section(u"\"task_id\":\""_s, 1, 1).section(u'"', 0, 0);
        firstIds.sort();
        QCOMPARE(firstIds, (QStringList{u"t-00002"_s, u"t-00006"_s, u"t-00008"_s, u"t-00010"_s}));
    }

    void aManifestThatCannotBeWrittenSendsNothing()
    {
        const BatchPlan plan = BatchPlan::split(rows(4), 2);
        QVERIFY(QDir(m_folder->path()).mkdir(u"manifest.json"_s));  // a folder where the file belongs
        BatchRun run(&m_network, loopbackProfile(m_server.httpUrl()), testCredentials(), plan.batches(),
                     manifestFor(plan), m_folder->path(), BatchRunOptions{});
        QSignalSpy finished(&run, &BatchRun::finished);
        run.start();
        QVERIFY(finished.wait(10000));
        const BatchRunSummary summary = finished.at(0).at(0).value<BatchRunSummary>();
        QVERIFY2(summary.manifestError.contains(u"manifest.json"_s), qPrintable(summary.manifestError));
        QCOMPARE(summary.pending, 2);
        QCOMPARE(m_server.requests(kExportPath).size(), 0);
    }

    void savedBatchesAreNotSentAgain()
    {
        const BatchPlan plan = BatchPlan::split(rows(6), 2);
        BatchManifest manifest = manifestFor(plan);
        manifest.batches[1].status = BatchStatus::Saved;  // as a resumed run finds it
        manifest.batches[1].file = u"batch-002-earlier.csv"_s;
        manifest.batches[1].bytes = 10;
        manifest.batches[1].sha256 = QString(64, u'b');
        manifest.batches[2].status = BatchStatus::Failed;
        manifest.batches[2].errorKind = u"server"_s;
        BatchRun run(&m_network, loopbackProfile(m_server.httpUrl()), testCredentials(), plan.batches(), manifest,
                     m_folder->path(), BatchRunOptions{2, 0, 10});
        QSignalSpy finished(&run, &BatchRun::finished);
        run.start();
        QVERIFY(finished.wait(30000));
        QStringList firstIds;
        for (const QJsonValue &request : m_server.requests(kExportPath))
            firstIds << request[u"body"_s].toString().section(u"\"task_id\":\""_s, 1, 1).section(u'"', 0, 0);
        firstIds.sort();
        QCOMPARE(firstIds, (QStringList{u"t-00000"_s, u"t-00004"_s}));
        QCOMPARE(run.manifest().batches.at(1).file, u"batch-002-earlier.csv"_s);  // left as it was
        QCOMPARE(run.manifest().batches.at(2).status, BatchStatus::Saved);
        QVERIFY(run.manifest().batches.at(2).errorKind.isEmpty());
        const BatchRunSummary summary = finished.at(0).at(0).value<BatchRunSummary>();
        QCOMPARE(summary.saved, 3);
        QCOMPARE(summary.rowsSaved, 6);
    }

private:
    LoopbackServer m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_folder;
};

QTEST_GUILESS_MAIN(TestBatchRun)
#include "tst_batchrun.moc"
