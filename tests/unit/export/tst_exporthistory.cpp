// SPDX-License-Identifier: GPL-3.0-or-later
#include "../../support/TestData.h"
#include "export/ExportHistory.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

using smsc::ExportHistory;
using smsc::HistoryEntry;
using smsc::TaskRow;

namespace {

smsc::Credentials testCredentials(const QStringList &secrets)
{
    smsc::Credentials credentials;
    credentials.mode = smsc::AuthMode::TemporaryAkSk;
    credentials.accessKey = u"SMSCTESTAK0000000001"_s;
    credentials.secretKey = secrets.value(0);
    credentials.securityToken = secrets.value(1);
    credentials.iamToken = secrets.value(2);
    return credentials;
}

HistoryEntry entry(const QString &requestId, int rows = 1)
{
    HistoryEntry e;
    e.timeUtc = QDateTime(QDate(2026, 11, 27), QTime(19, 30, 15, 250), Qt::UTC);
    e.profile = u"prod"_s;
    e.endpoint = u"https://sms.ap-southeast-3.myhuaweicloud.com"_s;
    for (int i = 0; i < rows; ++i)
        e.rows << TaskRow{u"task-%1"_s.arg(i), u"src-%1"_s.arg(i), u"数据库 \"%1\", +x"_s.arg(i)};
    e.requestId = requestId;
    e.outcome = u"ok"_s;
    e.httpStatus = 200;
    e.filePath = u"/tmp/out/consistency-results.csv"_s;
    e.bytes = 1234;
    return e;
}

} // namespace

class TestExportHistory final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void survivesRestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/history.json"_s);
        {
            ExportHistory history(path);
            QCOMPARE(history.append(entry(u"req-1"_s, 3)).error(), QString());
            HistoryEntry failed = entry(u"req-2"_s);
            failed.outcome = u"permission"_s;
            failed.httpStatus = 403;
            failed.errorCode = u"SMS.0204"_s;
            failed.errorMessage = u"Insufficient permissions."_s;
            failed.filePath.clear();
            QCOMPARE(history.append(failed).error(), QString());
        }
        ExportHistory reloaded(path);
        QCOMPARE(reloaded.load().error(), QString());
        QCOMPARE(reloaded.entries().size(), 2);
        const HistoryEntry &first = reloaded.entries().first();
        const HistoryEntry expected = entry(u"req-1"_s, 3);
        QCOMPARE(first.timeUtc, expected.timeUtc);
        QCOMPARE(first.rows, expected.rows);
        QCOMPARE(first.rowCount(), 3);
        QCOMPARE(first.filePath, expected.filePath);
        QCOMPARE(first.bytes, qint64(1234));
        QVERIFY(first.ok());
        const HistoryEntry &second = reloaded.entries().last();
        QCOMPARE(second.outcome, u"permission"_s);
        QCOMPARE(second.httpStatus, 403);
        QCOMPARE(second.errorCode, u"SMS.0204"_s);
        QCOMPARE(second.requestId, u"req-2"_s);
    }

    void aBatchRunIsOneEntryWithItsTotals()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.json"_s);
        smsc::BatchManifest manifest;
        manifest.created = QDateTime(QDate(2026, 12, 3), QTime(9, 15), Qt::UTC);
        manifest.rows = 450;
        manifest.batchSize = 200;
        manifest.profile = u"prod"_s;
        manifest.endpoint = u"https://sms.ap-southeast-3.myhuaweicloud.com"_s;
        manifest.batches = {smsc::BatchRecord::pending(1, 1, 200), smsc::BatchRecord::pending(2, 201, 200),
                            smsc::BatchRecord::pending(3, 401, 50)};
        manifest.batches[0].status = smsc::BatchStatus::Saved;
        manifest.batches[0].bytes = 1000;
        manifest.batches[1].status = smsc::BatchStatus::Failed;
        manifest.batches[1].httpStatus = 403;
        manifest.batches[1].errorKind = u"permission"_s;
        manifest.batches[1].errorCode = u"SMS.0204"_s;
        const QString manifestPath = dir.filePath(u"sms-export-20261203-091500/manifest.json"_s);
        {
            ExportHistory history(path);
            QCOMPARE(history.append(entry(u"req-1"_s)).error(), QString());
            QCOMPARE(history.append(HistoryEntry::fromManifest(manifest, manifestPath)).error(), QString());
            // The resumed run replaces its entry instead of adding a second one.
            manifest.batches[1].status = smsc::BatchStatus::Saved;
            manifest.batches[1].bytes = 2000;
            manifest.batches[2].status = smsc::BatchStatus::Saved;
            manifest.batches[2].bytes = 500;
            QCOMPARE(history.append(HistoryEntry::fromManifest(manifest, manifestPath)).error(), QString());
        }
        ExportHistory reloaded(path);
        QCOMPARE(reloaded.load().error(), QString());
        QCOMPARE(reloaded.entries().size(), 2);
        QVERIFY(!reloaded.entries().first().isBatchRun());
        const HistoryEntry &run = reloaded.entries().last();
        QVERIFY(run.isBatchRun());
        QCOMPARE(run.manifestPath, manifestPath);
        QCOMPARE(run.batchesSaved, 3);
        QCOMPARE(run.batchesFailed, 0);
        QCOMPARE(run.batchesPending, 0);
        QCOMPARE(run.rowCount(), 450);
        QCOMPARE(run.bytes, qint64(3500));
        QVERIFY(run.ok());
        QCOMPARE(run.filePath, dir.filePath(u"sms-export-20261203-091500"_s));
    }

    void aFileWithoutBatchRunsStillLoads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // As written before batch runs existed: no "batch" object.
        file.write("{\"version\": 1, \"entries\": [{\"time_utc\": \"2026-11-27T19:30:15.250Z\", \"profile\": "
                   "\"prod\", \"endpoint\": \"https://sms.example.test\", \"row_count\": 1, \"rows\": [{\"task_id\": "
                   "\"t\", \"source_id\": \"s\", \"source_name\": \"n\"}], \"request_id\": \"req-old\", \"outcome\": "
                   "\"ok\", \"http_status\": 200, \"error_code\": \"\", \"error_message\": \"\", \"file_path\": "
                   "\"/tmp/a.csv\", \"bytes\": 12}]}");
        file.close();
        ExportHistory history(path);
        QCOMPARE(history.load().error(), QString());
        QCOMPARE(history.entries().size(), 1);
        QVERIFY(!history.entries().first().isBatchRun());
        QCOMPARE(history.entries().first().rowCount(), 1);
        QCOMPARE(history.entries().first().requestId, u"req-old"_s);
    }

    void keepsOnlyTheNewestEntries()
    {
        QTemporaryDir dir;
        ExportHistory history(dir.filePath(u"h.json"_s), 3);
        for (int i = 1; i <= 5; ++i)
            QCOMPARE(history.append(entry(u"req-%1"_s.arg(i))).error(), QString());
        ExportHistory reloaded(dir.filePath(u"h.json"_s), 3);
        QCOMPARE(reloaded.load().error(), QString());
        QStringList ids;
        for (const HistoryEntry &e : reloaded.entries())
            ids << e.requestId;
        QCOMPARE(ids, (QStringList{u"req-3"_s, u"req-4"_s, u"req-5"_s}));
    }

    void twoWritersBothKeepTheirEntries()
    {
        QTemporaryDir dir;
        ExportHistory gui(dir.filePath(u"h.json"_s));
        ExportHistory cli(dir.filePath(u"h.json"_s));
        QCOMPARE(gui.load().error(), QString());
        QCOMPARE(cli.append(entry(u"from-cli"_s)).error(), QString());
        QCOMPARE(gui.append(entry(u"from-gui"_s)).error(), QString());
        QCOMPARE(gui.entries().size(), 2);
        QCOMPARE(gui.entries().first().requestId, u"from-cli"_s);
    }

    void missingFileIsEmptyAndDamagedFileIsReported()
    {
        QTemporaryDir dir;
        ExportHistory missing(dir.filePath(u"none.json"_s));
        QCOMPARE(missing.load().error(), QString());
        QVERIFY(missing.entries().isEmpty());

        const QString path = dir.filePath(u"bad.json"_s);
        QFile bad(path);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{not json");
        bad.close();
        ExportHistory damaged(path);
        QVERIFY(!damaged.load().error().isEmpty());
        QCOMPARE(damaged.append(entry(u"after"_s)).error(), QString());
        QFile kept(path + u".damaged"_s);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("{not json"));
        ExportHistory reloaded(path);
        QCOMPARE(reloaded.load().error(), QString());
        QCOMPARE(reloaded.entries().size(), 1);
    }

    void aLinkOrAFifoAtTheNameIsNeverWrittenThroughOrWaitedOn()
    {
        QTemporaryDir dir;
        const QString victim = dir.filePath(u"notes.txt"_s);
        QFile notes(victim);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("precious notes");
        notes.close();
        const QString path = dir.filePath(u"history.json"_s);
        QVERIFY(QFile::link(victim, path));
        ExportHistory linked(path);
        QCOMPARE(linked.append(entry(u"linked"_s)).error(), QString());
        QVERIFY(notes.open(QIODevice::ReadOnly));
        QCOMPARE(notes.readAll(), QByteArray("precious notes"));  // the link is replaced, its target kept
        notes.close();
        QVERIFY(!QFileInfo(path).isSymLink());
        QVERIFY(!QFileInfo(path + u".damaged"_s).isSymLink());

        // A FIFO nobody writes to: reported at once, and the next append replaces it with a file.
        const QString fifoPath = dir.filePath(u"fifo.json"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifoPath).constData(), 0600), 0);
        ExportHistory fifo(fifoPath);
        QVERIFY2(fifo.load().error().contains(u"not a regular file"_s), qPrintable(fifo.load().error()));
        QCOMPARE(fifo.append(entry(u"fifo"_s)).error(), QString());
        ExportHistory reloaded(fifoPath);
        QCOMPARE(reloaded.load().error(), QString());
        QCOMPARE(reloaded.entries().size(), 1);
    }

    // A size no file has (found by fuzz_history): read as 0, never a wrapped or undefined conversion.
    void outOfRangeByteCountReadsAsZero()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"entries":[{"time_utc":"2026-01-02T03:04:05Z","outcome":"ok","bytes":1e300},)"
                   R"({"time_utc":"2026-01-02T03:04:06Z","outcome":"ok","bytes":4096}]})");
        file.close();
        ExportHistory history(path);
        QCOMPARE(history.load().error(), QString());
        QCOMPARE(history.entries().size(), 2);
        QCOMPARE(history.entries().at(0).bytes, qint64(0));
        QCOMPARE(history.entries().at(1).bytes, qint64(4096));
    }

    void neverHoldsSecrets()
    {
        const QStringList secrets = smsc::test::fakeSecrets();
        QCOMPARE(secrets.size(), 3);
        const smsc::Credentials credentials = testCredentials(secrets);
        smsc::ExportOutcome outcome;
        outcome.httpStatus = 401;
        outcome.requestId = u"0123456789abcdef0123456789abcdef"_s;
        outcome.endpoint = u"https://127.0.0.1:8443"_s;
        outcome.error.kind = smsc::ErrorKind::Authentication;
        outcome.error.errorCode = u"APIGW.0303"_s;
        // A gateway echo of a request that signed the token carries the token itself.
        outcome.error.errorMsg = u"verify signature fail, canonicalRequest:POST|/v3/|x-security-token:%1|sk %2 iam %3"_s
                                     .arg(secrets.at(1), secrets.at(0), secrets.at(2));
        outcome.request.headers = {{"Authorization", "SDK-HMAC-SHA256 Access=x, SignedHeaders=host, Signature=abc"},
                                   {"X-Security-Token", secrets.at(1).toUtf8()}};
        const HistoryEntry e = HistoryEntry::fromOutcome(outcome, u"prod"_s, {TaskRow{u"t"_s, u"s"_s, u"n"_s}},
                                                         credentials);
        QCOMPARE(e.outcome, u"authentication"_s);
        QCOMPARE(e.requestId, outcome.requestId);
        QCOMPARE(e.httpStatus, 401);

        QTemporaryDir dir;
        ExportHistory history(dir.filePath(u"h.json"_s));
        QCOMPARE(history.append(e).error(), QString());
        QFile file(history.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("0123456789abcdef0123456789abcdef"));
        QVERIFY(written.contains("APIGW.0303"));
        for (const QString &secret : secrets)
            QVERIFY2(!written.contains(secret.toUtf8()), "a fake secret reached the history file");
    }

    void noFileOutcome()
    {
        smsc::ExportOutcome outcome;
        outcome.request.method = "POST";  // sent, and accepted (no error)
        outcome.noFile = true;
        outcome.httpStatus = 200;
        QCOMPARE(HistoryEntry::fromOutcome(outcome, u"p"_s, {}, smsc::Credentials{}).outcome, u"no_file"_s);
    }

    void defaultPathIsInAppData()
    {
        QCoreApplication::setOrganizationName(u"smsc-test"_s);
        QCoreApplication::setApplicationName(u"history-test"_s);
        QVERIFY(ExportHistory::defaultPath().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(ExportHistory::defaultPath().endsWith(u"export-history.json"_s));
    }
};

QTEST_GUILESS_MAIN(TestExportHistory)
#include "tst_exporthistory.moc"
