// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliProcess.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

using namespace smsc::test;

namespace {

QString taskId(int row)  // 0-based data row
{
    return u"t-%1"_s.arg(row, 5, 10, QLatin1Char('0'));
}

QByteArray rowsCsv(int count)
{
    QByteArray csv = "task_id,source_id,source_name\n";
    for (int i = 0; i < count; ++i)
        csv += taskId(i).toUtf8() + ",s-" + QByteArray::number(i) + ",server " + QByteArray::number(i) + '\n';
    return csv;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString firstTaskIdOf(const QJsonValue &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request[u"body"_s].toString().toUtf8()).object();
    return body[u"task_info"_s].toArray().at(0)[u"task_id"_s].toString();
}

//! How often each task id was answered with a file (a 200), over the given requests.
QHash<QString, int> savedTaskIds(const QJsonArray &requests)
{
    QHash<QString, int> counts;
    for (const QJsonValue &request : requests) {
        if (request[u"response_status"_s].toInt() != 200)
            continue;
        const QJsonObject body = QJsonDocument::fromJson(request[u"body"_s].toString().toUtf8()).object();
        for (const QJsonValue &item : body[u"task_info"_s].toArray())
            ++counts[item[u"task_id"_s].toString()];
    }
    return counts;
}

QStringList firstTaskIds(const QJsonArray &requests)
{
    QStringList ids;
    for (const QJsonValue &request : requests)
        ids << firstTaskIdOf(request);
    return ids;
}

QStringList statuses(const QJsonObject &manifest)
{
    QStringList list;
    for (const QJsonValue &batch : manifest[u"batches"_s].toArray())
        list << batch[u"status"_s].toString();
    return list;
}

QStringList repeated(const QString &status, int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list << status;
    return list;
}

} // namespace

/*!
 * `export --batch` and `export --resume` through the real CLI against the loopback server: many
 * batches, faults retried, a 403 stopping the run, Ctrl+C, and resuming without sending a saved
 * batch again.
 */
class TestCliBatch final : public QObject, private CliExportFixture
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

    void aChangedRowsFileIsNotResumed()
    {
        const QString rows = writeWorkFile(u"rows.csv"_s, rowsCsv(4));
        failBatch(2, 2, {{u"name"_s, u"unauthorized"_s}});
        const CliResult r = m_cli.run(batchArgs(rows) << u"--batch-size"_s << u"2"_s, akSkEnvironment());
        QCOMPARE(r.exitCode, 3);
        const QString manifestPath = QDir(runFolderOf(r)).filePath(u"manifest.json"_s);
        QCOMPARE(statuses(readJson(manifestPath)), (QStringList{u"saved"_s, u"failed"_s}));
        m_server.reset();

        QByteArray changed = rowsCsv(4);
        changed.replace("server 3", "server 4");
        writeWorkFile(u"rows.csv"_s, changed);
        const CliResult resumed = m_cli.run(resumeArgs(manifestPath), akSkEnvironment());
        QCOMPARE(resumed.exitCode, 2);
        QVERIFY2(resumed.err.contains("has changed"), resumed.err.constData());
        QCOMPARE(m_server.requests().size(), 0);
        QCOMPARE(statuses(readJson(manifestPath)), (QStringList{u"saved"_s, u"failed"_s}));
    }

    void anotherEndpointIsNotResumed()
    {
        const QString rows = writeWorkFile(u"rows.csv"_s, rowsCsv(4));
        failBatch(2, 2, {{u"name"_s, u"unauthorized"_s}});
        const CliResult r = m_cli.run(batchArgs(rows) << u"--batch-size"_s << u"2"_s, akSkEnvironment());
        QCOMPARE(r.exitCode, 3);
        const QString manifestPath = QDir(runFolderOf(r)).filePath(u"manifest.json"_s);
        m_server.reset();

        QStringList args = resumeArgs(manifestPath);
        args[args.indexOf(u"--endpoint"_s) + 1] = m_server.httpsUrl().toString();  // same server, other endpoint
        const CliResult resumed = m_cli.run(args, akSkEnvironment());
        QCOMPARE(resumed.exitCode, 2);
        QVERIFY2(resumed.err.contains(m_server.httpUrl().host().toUtf8()) && resumed.err.contains("nothing was sent"),
                 resumed.err.constData());
        QCOMPARE(m_server.requests().size(), 0);
        QCOMPARE(statuses(readJson(manifestPath)), (QStringList{u"saved"_s, u"failed"_s}));
    }

    void aDamagedManifestIsRefused()
    {
        QJsonObject manifest{{u"version"_s, 1}, {u"created"_s, u"2026-12-03T09:15:00Z"_s},
                             {u"rows_file"_s, m_work->filePath(u"rows.csv"_s)},
                             {u"rows_sha256"_s, QString(64, u'a')}, {u"rows"_s, 2}, {u"batch_size"_s, 2},
                             {u"endpoint"_s, m_server.httpUrl().toString()}, {u"profile"_s, QString()},
                             {u"batches"_s, QJsonArray{QJsonObject{{u"index"_s, 1}, {u"first_row"_s, 1}, {u"rows"_s, 2},
                                                                   {u"status"_s, u"done"_s}}}}};
        const QString path = writeWorkFile(u"manifest.json"_s, QJsonDocument(manifest).toJson());
        const CliResult r = m_cli.run(resumeArgs(path), akSkEnvironment());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("batches[0].status"), r.err.constData());
        QCOMPARE(m_server.requests().size(), 0);
    }

    void aHostileRunFolderIsNotResumed_data()
    {
        QTest::addColumn<QString>("attack");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("manifest a link to another folder's") << u"manifest link"_s << QByteArray("symbolic link");
        QTest::newRow("manifest a FIFO nobody writes to") << u"manifest fifo"_s << QByteArray("not a regular file");
        QTest::newRow("rows_file a FIFO nobody writes to") << u"rows fifo"_s << QByteArray("not a regular file");
        QTest::newRow("saved batch's file gone") << u"saved missing"_s << QByteArray("batches[0].file");
        QTest::newRow("saved batch's file a link") << u"saved link"_s << QByteArray("symbolic link");
    }

    void aHostileRunFolderIsNotResumed()
    {
        QFETCH(QString, attack);
        QFETCH(QByteArray, expected);
        const QString rows = writeWorkFile(u"rows.csv"_s, rowsCsv(4));
        failBatch(2, 2, {{u"name"_s, u"unauthorized"_s}});
        const CliResult r = m_cli.run(batchArgs(rows) << u"--batch-size"_s << u"2"_s, akSkEnvironment());
        QCOMPARE(r.exitCode, 3);
        const QString folder = runFolderOf(r);
        QString manifestPath = QDir(folder).filePath(u"manifest.json"_s);
        const QString savedFile = QDir(folder).filePath(readJson(manifestPath)[u"batches"_s][0][u"file"_s].toString());
        m_server.reset();

        // What a link or an edit points to is outside the run folder and must stay as it is.
        const QString outside = m_work->filePath(u"outside.json"_s);
        QFile::remove(outside);
        QVERIFY(QFile::copy(manifestPath, outside));
        const QByteArray outsideBefore = readBytes(outside);
        if (attack == u"manifest link"_s) {
            QVERIFY(QFile::remove(manifestPath));
            QVERIFY(QFile::link(outside, manifestPath));
        } else if (attack == u"manifest fifo"_s) {
            manifestPath = m_work->filePath(u"manifest.fifo"_s);
            QFile::remove(manifestPath);
            QCOMPARE(::mkfifo(QFile::encodeName(manifestPath).constData(), 0600), 0);
        } else if (attack == u"rows fifo"_s) {
            const QString fifo = m_work->filePath(u"rows.fifo"_s);
            QFile::remove(fifo);
            QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
            QJsonObject edited = readJson(manifestPath);
            edited[u"rows_file"_s] = fifo;
            QFile file(manifestPath);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(QJsonDocument(edited).toJson());
        } else if (attack == u"saved missing"_s) {
            QVERIFY(QFile::remove(savedFile));
        } else if (attack == u"saved link"_s) {
            QVERIFY(QFile::remove(savedFile));
            QVERIFY(QFile::link(outside, savedFile));
        }
        const QByteArray manifestBefore = attack == u"manifest fifo"_s ? QByteArray() : readBytes(manifestPath);

        const CliResult resumed = m_cli.run(resumeArgs(manifestPath), akSkEnvironment());
        VERIFY_NO_SECRET(resumed);
        QVERIFY2(resumed.exitCode == 2, resumed.err.constData());
        QVERIFY2(resumed.err.contains(expected), resumed.err.constData());
        QCOMPARE(m_server.requests().size(), 0);
        QCOMPARE(readBytes(outside), outsideBefore);
        if (attack != u"manifest fifo"_s)
            QCOMPARE(readBytes(manifestPath), manifestBefore);
    }

    void rowsAreCheckedAcrossBatchesBeforeAnythingIsSent()
    {
        QByteArray csv = rowsCsv(250);
        csv += taskId(2).toUtf8() + ",s-2,server 2\n";  // row 251 repeats row 3, in another batch
        const QString rows = writeWorkFile(u"rows.csv"_s, csv);
        const CliResult r = m_cli.run(batchArgs(rows), akSkEnvironment());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("line 252: Row 251: the same task_id, source_id and source_name as row 3."),
                 r.err.constData());
        QCOMPARE(m_server.requests().size(), 0);
        QCOMPARE(entriesIn(out()), QStringList());  // no run folder either
    }

    void usageProblems_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("batch size 0") << QStringList{u"--batch-size"_s, u"0"_s} << u"--batch-size"_s;
        QTest::newRow("batch size 201") << QStringList{u"--batch-size"_s, u"201"_s} << u"--batch-size"_s;
        QTest::newRow("parallel 5") << QStringList{u"--parallel"_s, u"5"_s} << u"--parallel"_s;
        QTest::newRow("retry 6") << QStringList{u"--retry"_s, u"6"_s} << u"--retry"_s;
        QTest::newRow("retry x") << QStringList{u"--retry"_s, u"x"_s} << u"--retry"_s;
    }
    void usageProblems()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        const QString rows = writeWorkFile(u"rows.csv"_s, rowsCsv(3));
        const CliResult r = m_cli.run(batchArgs(rows) + extra, akSkEnvironment());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QCOMPARE(m_server.requests().size(), 0);
        QCOMPARE(entriesIn(out()), QStringList());
    }

    void stdinAndResumeConflictsAreRefused()
    {
        const QString rows = writeWorkFile(u"rows.csv"_s, rowsCsv(3));
        CliResult r = m_cli.run(exportTo(m_server.httpUrl()) << u"--batch"_s << u"--rows"_s << u"-"_s, akSkEnvironment(),
                                rowsCsv(3));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("stdin"), r.err.constData());
        r = m_cli.run({u"export"_s, u"--resume"_s, m_work->filePath(u"manifest.json"_s), u"--rows"_s, rows,
                       u"--endpoint"_s, m_server.httpUrl().toString()},
                      akSkEnvironment());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--rows"), r.err.constData());
        QCOMPARE(m_server.requests().size(), 0);
    }

private:
    QString writeWorkFile(const QString &name, const QByteArray &bytes) const
    {
        return writeFile(m_work->filePath(name), bytes);
    }
    QStringList batchArgs(const QString &rows) const
    {
        return exportTo(m_server.httpUrl()) << u"--batch"_s << u"--rows"_s << rows;
    }
    QStringList resumeArgs(const QString &manifest) const
    {
        return {u"export"_s, u"--resume"_s, manifest, u"--endpoint"_s, m_server.httpUrl().toString()};
    }
    static QString runFolderOf(const CliResult &r) { return QString::fromUtf8(r.out).section(u'\n', 0, 0); }
    //! `scenario` for the request of batch `index` (1-based) when batches hold `size` rows.
    void failBatch(int index, int size, QJsonObject scenario)
    {
        scenario.insert(u"first_task_id"_s, taskId((index - 1) * size));
        QVERIFY(m_server.setScenario(kExportPath, scenario));
    }
};

QTEST_GUILESS_MAIN(TestCliBatch)
#include "tst_clibatch.moc"
