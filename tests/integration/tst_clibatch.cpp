// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliBatchFixture.h"

#include <QSet>

using namespace smsc::test;

/*!
 * `export --batch` and `export --resume` through the real CLI against the loopback server: many
 * batches, faults retried, a 403 stopping the run, Ctrl+C, and resuming without sending a saved
 * batch again. What a run refuses to start or resume is in tst_clibatchrefusals.
 */
class TestCliBatch final : public QObject, private CliBatchFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { startFixture(); }
    void init() { resetFixture(); }

    void tenThousandRowsInFiftyBatches()
    {
        const QString rows = writeWorkFile(u"rows.csv"_s, rowsCsv(10000));
        const CliResult r = m_cli.run(batchArgs(rows) << u"--parallel"_s << u"4"_s, akSkEnvironment());
        VERIFY_NO_SECRET(r);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString folder = runFolderOf(r);
        QVERIFY2(QFileInfo(folder).fileName().startsWith(u"sms-export-"_s), qPrintable(folder));
        QCOMPARE(QFileInfo(folder).absolutePath(), QFileInfo(out()).absoluteFilePath());
        const QJsonObject manifest = readJson(QDir(folder).filePath(u"manifest.json"_s));
        QCOMPARE(manifest[u"rows"_s].toInt(), 10000);
        QCOMPARE(manifest[u"batch_size"_s].toInt(), 200);
        QCOMPARE(manifest[u"rows_sha256"_s].toString().toLatin1(), sha256Of(rows));
        QCOMPARE(statuses(manifest), repeated(u"saved"_s, 50));

        // Each saved file is what the server sent for that batch's request, byte for byte.
        QHash<QString, QJsonObject> byRequestId;
        const QJsonArray requests = m_server.requests(kExportPath);
        QCOMPARE(requests.size(), 50);
        for (const QJsonValue &request : requests)
            byRequestId.insert(request[u"request_id"_s].toString(), request.toObject());
        QStringList expectedFiles{u"manifest.json"_s};
        const QJsonArray batches = manifest[u"batches"_s].toArray();
        for (int i = 0; i < batches.size(); ++i) {
            const QJsonObject batch = batches.at(i).toObject();
            QCOMPARE(batch[u"index"_s].toInt(), i + 1);
            QCOMPARE(batch[u"first_row"_s].toInt(), i * 200 + 1);
            QCOMPARE(batch[u"rows"_s].toInt(), 200);
            const QString file = batch[u"file"_s].toString();
            QVERIFY2(file.startsWith(u"batch-%1-"_s.arg(i + 1, 3, 10, QLatin1Char('0'))), qPrintable(file));
            expectedFiles << file;
            const QString path = QDir(folder).filePath(file);
            const QJsonObject request = byRequestId.value(batch[u"request_id"_s].toString());
            QCOMPARE(firstTaskIdOf(request), taskId(i * 200));
            QCOMPARE(sha256Of(path), request[u"response_sha256"_s].toString().toLatin1());
            QCOMPARE(batch[u"sha256"_s].toString().toLatin1(), sha256Of(path));
            QCOMPARE(batch[u"bytes"_s].toInteger(), QFileInfo(path).size());
        }
        expectedFiles.sort();
        QStringList present = entriesIn(folder);
        present.sort();
        QCOMPARE(present, expectedFiles);  // nothing else: no temporary file, no stray name
        const QHash<QString, int> saved = savedTaskIds(requests);
        QCOMPARE(saved.size(), 10000);
        QVERIFY(std::all_of(saved.cbegin(), saved.cend(), [](int n) { return n == 1; }));
        QCOMPARE(r.errLines().filter(u"saved: batch-"_s).size(), 50);
    }

    void faultsAreRetried()
    {
        const QString rows = writeWorkFile(u"rows.csv"_s, rowsCsv(60));
        failBatch(2, 10, {{u"name"_s, u"error"_s}, {u"status"_s, 503}, {u"times"_s, 1}});
        failBatch(5, 10, {{u"name"_s, u"reset_mid_body"_s}, {u"size"_s, 200000}, {u"times"_s, 1}});
        const CliResult r = m_cli.run(batchArgs(rows) << u"--batch-size"_s << u"10"_s << u"--retry"_s << u"2"_s,
                                      akSkEnvironment());
        VERIFY_NO_SECRET(r);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject manifest = readJson(QDir(runFolderOf(r)).filePath(u"manifest.json"_s));
        QCOMPARE(statuses(manifest), repeated(u"saved"_s, 6));
        const QJsonArray batches = manifest[u"batches"_s].toArray();
        QCOMPARE(batches.at(1)[u"attempts"_s].toInt(), 2);
        QCOMPARE(batches.at(4)[u"attempts"_s].toInt(), 2);
        QCOMPARE(batches.at(0)[u"attempts"_s].toInt(), 1);
        const QJsonArray requests = m_server.requests(kExportPath);
        QCOMPARE(requests.size(), 8);
        for (const QJsonValue &batch : batches) {
            const QString path = QDir(runFolderOf(r)).filePath(batch[u"file"_s].toString());
            QCOMPARE(sha256Of(path), batch[u"sha256"_s].toString().toLatin1());
            bool fromServer = false;
            for (const QJsonValue &request : requests)
                fromServer = fromServer || request[u"request_id"_s] == batch[u"request_id"_s];
            QVERIFY(fromServer);
        }
        QCOMPARE(savedTaskIds(requests).size(), 60);
        QCOMPARE(entriesIn(runFolderOf(r)).size(), 7);  // the cut body left nothing behind
    }

    void withoutRetryTheWorstFailureWins()
    {
        const QString rows = writeWorkFile(u"rows.csv"_s, rowsCsv(60));
        failBatch(2, 10, {{u"name"_s, u"error"_s}, {u"status"_s, 503}, {u"times"_s, 1}});
        failBatch(5, 10, {{u"name"_s, u"reset_mid_body"_s}, {u"size"_s, 200000}, {u"times"_s, 1}});
        const CliResult r = m_cli.run(batchArgs(rows) << u"--batch-size"_s << u"10"_s << u"--json"_s, akSkEnvironment());
        VERIFY_NO_SECRET(r);
        QCOMPARE(r.exitCode, 5);  // a network failure (5) outranks a 5xx (4); the others still ran
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report[u"ok"_s].toBool(true), false);
        QCOMPARE(report[u"saved"_s].toInt(), 4);
        QCOMPARE(report[u"failed"_s].toInt(), 2);
        const QJsonObject manifest = readJson(report[u"manifest"_s].toString());
        QCOMPARE(statuses(manifest), (QStringList{u"saved"_s, u"failed"_s, u"saved"_s, u"saved"_s, u"failed"_s, u"saved"_s}));
        const QJsonArray batches = manifest[u"batches"_s].toArray();
        QCOMPARE(batches.at(1)[u"http_status"_s].toInt(), 503);
        QCOMPARE(batches.at(1)[u"error"_s][u"kind"_s].toString(), u"server"_s);
        QCOMPARE(batches.at(4)[u"error"_s][u"kind"_s].toString(), u"network"_s);
        QVERIFY(!batches.at(1).toObject().contains(u"file"_s));
        QCOMPARE(m_server.requests(kExportPath).size(), 6);
        QCOMPARE(r.errLines().filter(u"failed after 1 attempt"_s).size(), 2);
    }

    void forbiddenStopsTheRunThenResumeSendsTheRest_data()
    {
        QTest::addColumn<int>("parallel");
        QTest::newRow("one at a time") << 1;
        QTest::newRow("three at once") << 3;
    }
    void forbiddenStopsTheRunThenResumeSendsTheRest()
    {
        QFETCH(int, parallel);
        const QString rows = writeWorkFile(u"rows.csv"_s, rowsCsv(30));
        failBatch(12, 2, {{u"name"_s, u"forbidden_0204"_s}});
        // The two batches sent after it answer late, so the refusal arrives while they are in flight.
        failBatch(13, 2, {{u"name"_s, u"file"_s}, {u"wait_ms"_s, 2000}});
        failBatch(14, 2, {{u"name"_s, u"file"_s}, {u"wait_ms"_s, 2000}});
        const CliResult r = m_cli.run(batchArgs(rows) << u"--batch-size"_s << u"2"_s << u"--retry"_s << u"2"_s
                                                      << u"--parallel"_s << QString::number(parallel) << u"--json"_s,
                                      akSkEnvironment());
        VERIFY_NO_SECRET(r);
        QCOMPARE(r.exitCode, 3);
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report[u"batches_total"_s].toInt(), 15);
        QCOMPARE(report[u"failed"_s].toInt(), 1);
        const QString manifestPath = report[u"manifest"_s].toString();
        const QJsonObject manifest = readJson(manifestPath);
        const QStringList status = statuses(manifest);
        QCOMPARE(status.at(11), u"failed"_s);
        QCOMPARE(status.count(u"failed"_s), 1);
        const QJsonObject refused = manifest[u"batches"_s].toArray().at(11).toObject();
        QCOMPARE(refused[u"http_status"_s].toInt(), 403);
        QCOMPARE(refused[u"error"_s][u"error_code"_s].toString(), u"SMS.0204"_s);
        QCOMPARE(refused[u"attempts"_s].toInt(), 1);  // never retried, whatever --retry says
        const QJsonArray firstRun = m_server.requests(kExportPath);
        if (parallel == 1) {
            // Nothing after the refusal was sent.
            QCOMPARE(status, repeated(u"saved"_s, 11) << u"failed"_s << repeated(u"pending"_s, 3));
            QCOMPARE(firstRun.size(), 12);
            QCOMPARE(report[u"saved"_s].toInt(), 11);
            QCOMPARE(report[u"pending"_s].toInt(), 3);
            QCOMPARE(report[u"rows_saved"_s].toInt(), 22);
        } else {
            // Batches already on the wire with the same key are let finish (saved); one not yet sent
            // stays pending, and nothing is started after the refusal arrived.
            QVERIFY2(firstRun.size() <= 14, qPrintable(QString::number(firstRun.size())));
            for (int i = 12; i < 14; ++i) {
                const bool sent = firstTaskIds(firstRun).contains(taskId(i * 2));
                QCOMPARE(status.at(i), sent ? u"saved"_s : u"pending"_s);
            }
            QCOMPARE(status.at(14), u"pending"_s);
        }
        QCOMPARE(report[u"saved"_s].toInt() + report[u"pending"_s].toInt(), 14);

        m_server.setScenario(kExportPath, {{u"name"_s, u"default"_s}, {u"first_task_id"_s, taskId(22)}});
        const CliResult resumed = m_cli.run(resumeArgs(manifestPath) << u"--parallel"_s << QString::number(parallel),
                                            akSkEnvironment());
        VERIFY_NO_SECRET(resumed);
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        QCOMPARE(QString::fromUtf8(resumed.out).section(u'\n', 0, 0), QFileInfo(manifestPath).absolutePath());
        const QJsonArray all = m_server.requests(kExportPath);
        const QJsonArray secondRun = QJsonArray::fromVariantList(all.toVariantList().mid(firstRun.size()));
        QStringList expected;  // exactly the batches not saved by the first run
        for (int i = 0; i < 15; ++i) {
            if (status.at(i) != u"saved"_s)
                expected << taskId(i * 2);
        }
        QStringList sent = firstTaskIds(secondRun);
        sent.sort();
        QCOMPARE(sent, expected);
        const QJsonObject finalManifest = readJson(manifestPath);
        QCOMPARE(statuses(finalManifest), repeated(u"saved"_s, 15));
        // The answers the files came from hold every row exactly once.
        QSet<QString> savedFrom;
        for (const QJsonValue &batch : finalManifest[u"batches"_s].toArray())
            savedFrom.insert(batch[u"request_id"_s].toString());
        QJsonArray answersKept;
        for (const QJsonValue &request : all) {
            if (savedFrom.contains(request[u"request_id"_s].toString()))
                answersKept.append(request);
        }
        QCOMPARE(answersKept.size(), 15);
        QHash<QString, int> saved = savedTaskIds(answersKept);
        QCOMPARE(saved.size(), 30);
        QVERIFY(std::all_of(saved.cbegin(), saved.cend(), [](int n) { return n == 1; }));
        // The server itself answered each row exactly once over both runs, also with batches in flight.
        saved = savedTaskIds(all);
        QCOMPARE(saved.size(), 30);
        QVERIFY(std::all_of(saved.cbegin(), saved.cend(), [](int n) { return n == 1; }));
    }

    void interruptThenResume()
    {
        const QString rows = writeWorkFile(u"rows.csv"_s, rowsCsv(30));
        // Batch 5 answers slowly, so the signal arrives while its body is still coming.
        failBatch(5, 3, {{u"name"_s, u"slow"_s}, {u"total"_s, 400000}, {u"chunk"_s, 1024}, {u"delay_ms"_s, 50}});
        CliProcess cli(m_cli, batchArgs(rows) << u"--batch-size"_s << u"3"_s, akSkEnvironment());
        QVERIFY(cli.start());
        QTRY_COMPARE_WITH_TIMEOUT(m_server.requests(kExportPath).size(), 5, 30000);
        QTest::qWait(300);
        qint64 afterSignalMs = 0;
        const CliResult r = cli.interrupt(SIGINT, &afterSignalMs);
        VERIFY_NO_SECRET(r);
        QCOMPARE(r.exitCode, 130);
        const QString folder = runFolderOf(r);
        const QString manifestPath = QDir(folder).filePath(u"manifest.json"_s);
        QCOMPARE(statuses(readJson(manifestPath)), repeated(u"saved"_s, 4) << repeated(u"pending"_s, 6));
        QCOMPARE(entriesIn(folder).size(), 5);  // four files and the manifest: nothing half-written

        m_server.reset();
        const CliResult resumed = m_cli.run(resumeArgs(manifestPath), akSkEnvironment());
        VERIFY_NO_SECRET(resumed);
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        QCOMPARE(firstTaskIds(m_server.requests(kExportPath)),
                 (QStringList{taskId(12), taskId(15), taskId(18), taskId(21), taskId(24), taskId(27)}));
        QCOMPARE(statuses(readJson(manifestPath)), repeated(u"saved"_s, 10));
        QCOMPARE(entriesIn(folder).size(), 11);
    }
};

QTEST_GUILESS_MAIN(TestCliBatch)
#include "tst_clibatch.moc"
