// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliBatchFixture.h"

#include <sys/stat.h>

using namespace smsc::test;

/*!
 * What `export --batch` and `export --resume` refuse through the real CLI, always before anything
 * is sent: a changed rows file, another endpoint, a damaged manifest, a hostile run folder (links,
 * FIFOs, a saved file gone), bad rows across batches and bad usage.
 */
class TestCliBatchRefusals final : public QObject, private CliBatchFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { startFixture(); }
    void init() { resetFixture(); }

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
};

QTEST_GUILESS_MAIN(TestCliBatchRefusals)
#include "tst_clibatchrefusals.moc"
