// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/BatchManifest.h"
#include "batch/BatchManifestWriter.h"
#include "batch/BatchPlan.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

using smsc::BatchManifest;
using smsc::BatchManifestWriter;
using smsc::BatchPlan;
using smsc::BatchRecord;
using smsc::BatchStatus;
using smsc::TaskRow;

namespace {

BatchManifest sample()
{
    BatchManifest m;
    m.created = QDateTime(QDate(2026, 12, 3), QTime(9, 15, 0), Qt::UTC);
    m.rowsFile = u"/home/u/fleet rows.csv"_s;
    m.rowsSha256 = QString(64, u'0');
    m.rows = 5;
    m.batchSize = 2;
    m.endpoint = u"https://sms.ap-southeast-1.myhuaweicloud.com"_s;
    m.profile = u"prod"_s;
    BatchRecord saved = BatchRecord::pending(1, 1, 2);
    saved.status = BatchStatus::Saved;
    saved.file = u"batch-001-consistency-results.csv"_s;
    saved.bytes = 1234;
    saved.sha256 = QString(64, u'a');
    saved.requestId = u"0123456789abcdef0123456789abcdef"_s;
    saved.httpStatus = 200;
    saved.attempts = 1;
    BatchRecord failed = BatchRecord::pending(2, 4, 2);
    failed.status = BatchStatus::Failed;
    failed.httpStatus = 503;
    failed.attempts = 3;
    failed.requestId = u"fedcba9876543210fedcba9876543210"_s;
    failed.errorKind = u"server"_s;
    failed.errorCode = u"SMS.9999"_s;
    failed.errorMessage = u"The service failed.\nTry again later."_s;
    m.batches = {saved, failed, BatchRecord::pending(3, 6, 1)};
    return m;
}

QJsonObject sampleJson()
{
    return sample().toJson();
}

//! `json` with `value` at `path` ("rows", "batches/1/status"); an undefined value removes the key.
QJsonObject edited(QJsonObject json, const QString &path, const QJsonValue &value)
{
    const QStringList parts = path.split(u'/');
    if (parts.size() == 1) {
        if (value.isUndefined())
            json.remove(path);
        else
            json.insert(path, value);
        return json;
    }
    QJsonArray batches = json.value(u"batches"_s).toArray();
    const int index = parts.at(1).toInt();
    QJsonObject batch = batches.at(index).toObject();
    if (parts.size() == 4) {
        QJsonObject error = batch.value(parts.at(2)).toObject();
        error.insert(parts.at(3), value);
        batch.insert(parts.at(2), error);
    } else if (value.isUndefined()) {
        batch.remove(parts.at(2));
    } else {
        batch.insert(parts.at(2), value);
    }
    batches.replace(index, batch);
    json.insert(u"batches"_s, batches);
    return json;
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace

//! manifest.json: what is written reads back the same; anything else is refused naming the field.
class TestBatchManifest final : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        const BatchManifest m = sample();
        const auto again = BatchManifest::fromJson(QJsonDocument(m.toJson()).toJson());
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again.value(), m);
        QCOMPARE(again.value().count(BatchStatus::Saved), 1);
        QCOMPARE(again.value().count(BatchStatus::Failed), 1);
        QCOMPARE(again.value().count(BatchStatus::Pending), 1);
    }

    void keysAreTheDocumentedOnes()
    {
        const QJsonObject json = sampleJson();
        QCOMPARE(json.keys(), (QStringList{u"batch_size"_s, u"batches"_s, u"created"_s, u"endpoint"_s, u"profile"_s,
                                           u"rows"_s, u"rows_file"_s, u"rows_sha256"_s, u"version"_s}));
        QCOMPARE(json[u"created"_s].toString(), u"2026-12-03T09:15:00.000Z"_s);
        const QJsonArray batches = json[u"batches"_s].toArray();
        QCOMPARE(batches.at(0).toObject().keys(),
                 (QStringList{u"attempts"_s, u"bytes"_s, u"file"_s, u"first_row"_s, u"http_status"_s, u"index"_s,
                              u"request_id"_s, u"rows"_s, u"sha256"_s, u"status"_s}));
        QCOMPARE(batches.at(1)[u"error"_s].toObject().keys(), (QStringList{u"error_code"_s, u"kind"_s, u"message"_s}));
        QCOMPARE(batches.at(2).toObject().keys(),
                 (QStringList{u"first_row"_s, u"index"_s, u"rows"_s, u"status"_s}));  // pending: only its place
    }

    void strictRead_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        const QJsonObject ok = sampleJson();
        auto row = [&](const char *name, const QString &path, const QJsonValue &value, const QString &field) {
            QTest::newRow(name) << QJsonDocument(edited(ok, path, value)).toJson() << field;
        };
        QTest::newRow("not JSON") << QByteArray("{\"version\": 1,") << u"JSON"_s;
        QTest::newRow("an array") << QByteArray("[]") << u"JSON"_s;
        row("version missing", u"version"_s, QJsonValue::Undefined, u"version"_s);
        row("version 2", u"version"_s, 2, u"version"_s);
        row("version as text", u"version"_s, u"1"_s, u"version"_s);
        row("created not a date", u"created"_s, u"yesterday"_s, u"created"_s);
        row("rows_file empty", u"rows_file"_s, u""_s, u"rows_file"_s);
        row("rows_sha256 short", u"rows_sha256"_s, u"abc"_s, u"rows_sha256"_s);
        row("rows_sha256 upper case", u"rows_sha256"_s, QString(64, u'A'), u"rows_sha256"_s);
        row("rows 0", u"rows"_s, 0, u"rows"_s);
        row("rows fractional", u"rows"_s, 2.5, u"rows"_s);
        row("rows not the batches' sum", u"rows"_s, 6, u"rows"_s);
        row("batch_size 201", u"batch_size"_s, 201, u"batch_size"_s);
        row("endpoint missing", u"endpoint"_s, QJsonValue::Undefined, u"endpoint"_s);
        row("profile a number", u"profile"_s, 3, u"profile"_s);
        row("batches empty", u"batches"_s, QJsonArray(), u"batches"_s);
        row("batches an object", u"batches"_s, QJsonObject(), u"batches"_s);
        row("index out of order", u"batches/1/index"_s, 3, u"batches[1].index"_s);
        row("first_row not after", u"batches/1/first_row"_s, 1, u"batches[1].first_row"_s);
        row("rows over batch_size", u"batches/1/rows"_s, 3, u"batches[1].rows"_s);
        row("unknown status", u"batches/2/status"_s, u"done"_s, u"batches[2].status"_s);
        row("saved without file", u"batches/0/file"_s, QJsonValue::Undefined, u"batches[0].file"_s);
        row("saved without sha256", u"batches/0/sha256"_s, QJsonValue::Undefined, u"batches[0].sha256"_s);
        row("saved without bytes", u"batches/0/bytes"_s, QJsonValue::Undefined, u"batches[0].bytes"_s);
        row("file with a folder", u"batches/0/file"_s, u"../evil.csv"_s, u"batches[0].file"_s);
        row("file with an escape", u"batches/0/file"_s, u"a\u001b]52;c;x\u0007.csv"_s, u"batches[0].file"_s);
        row("file dot dot", u"batches/0/file"_s, u".."_s, u"batches[0].file"_s);
        row("negative bytes", u"batches/0/bytes"_s, -1, u"batches[0].bytes"_s);
        row("http_status 1000", u"batches/1/http_status"_s, 1000, u"batches[1].http_status"_s);
        row("error without kind", u"batches/1/error/kind"_s, u""_s, u"batches[1].error.kind"_s);
        row("error a string", u"batches/1/error"_s, u"boom"_s, u"batches[1].error"_s);
    }
    void strictRead()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const auto read = BatchManifest::fromJson(json);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(field), qPrintable(read.error()));
    }

    void networkTextIsNeutralisedOnRead()
    {
        const QJsonObject json = edited(sampleJson(), u"batches/1/error/message"_s, u"bad\u001b[2J\u202eend"_s);
        const auto read = BatchManifest::fromJson(QJsonDocument(json).toJson());
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read.value().batches.at(1).errorMessage, u"bad\\x1b[2J\\u202eend"_s);
    }

    void writeIsAtomicAndReadsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(BatchManifest::fileName());
        BatchManifest m = sample();
        QVERIFY(m.write(path).ok());
        m.batches[2].status = BatchStatus::Failed;
        m.batches[2].errorKind = u"network"_s;
        QVERIFY(m.write(path).ok());  // replaced, not appended to
        QCOMPARE(entries(dir.path()), QStringList{u"manifest.json"_s});  // no temporary file left
        const auto read = BatchManifest::read(path);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read.value(), m);
    }

    // The file is the document toJson() describes, with one line per batch that a reader can grep.
    void theFileHasOneLinePerBatch()
    {
        BatchManifest m = sample();
        m.batches[1].errorMessage = u"bad\u001b[2J\u202eend\u0085"_s;  // server text in the file
        const QByteArray text = m.toText();
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(text, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(document.object(), m.toJson());
        QVERIFY(!text.contains("\xe2\x80\xae") && !text.contains("\xc2\x85"));  // written as \uXXXX
        QVERIFY(text.contains("\\u202e"));
        const QList<QByteArray> lines = text.split('\n');
        for (const BatchRecord &b : std::as_const(m.batches)) {
            const QByteArray key = "\"index\":" + QByteArray::number(b.index) + ',';
            const auto found = std::count_if(lines.cbegin(), lines.cend(), [&](const QByteArray &l) { return l.contains(key); });
            QCOMPARE(found, 1);
        }
        QVERIFY(lines.contains("    \"version\": 1,"));
        QVERIFY(text.endsWith("\n    ]\n}\n"));
    }

    // The run's writer rebuilds only changed lines; what it writes is always what write() writes.
    void theRunsWriterWritesWhatWriteWrites()
    {
        QTemporaryDir dir;
        const QString ours = dir.filePath(u"writer.json"_s);
        const QString theirs = dir.filePath(u"plain.json"_s);
        const auto same = [&] {
            QFile a(ours);
            QFile b(theirs);
            return a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly) && a.readAll() == b.readAll();
        };
        BatchManifestWriter writer;
        BatchManifest m = sample();
        QVERIFY(writer.write(m, ours).ok());
        QVERIFY(m.write(theirs).ok());
        QVERIFY(same());
        m.batches[2].status = BatchStatus::Saved;  // one batch changes
        m.batches[2].file = u"batch-003-x.csv"_s;
        m.batches[2].bytes = 7;
        QVERIFY(writer.write(m, ours).ok());
        QVERIFY(m.write(theirs).ok());
        QVERIFY(same());
        m.batches[0] = BatchRecord::pending(1, 1, 2);  // a saved batch back to pending (a cancelled resend)
        m.batches.removeLast();
        m.rows = 4;
        QVERIFY(writer.write(m, ours).ok());
        QVERIFY(m.write(theirs).ok());
        QVERIFY(same());
        const auto read = BatchManifest::read(ours);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read.value(), m);
    }

    void writeIntoAMissingFolderFails()
    {
        QTemporaryDir dir;
        const auto written = sample().write(dir.filePath(u"gone/manifest.json"_s));
        QVERIFY(!written.ok());
        QVERIFY2(written.error().contains(u"gone"_s), qPrintable(written.error()));
        QCOMPARE(entries(dir.path()), QStringList());
    }

    void readNamesTheFile()
    {
        QTemporaryDir dir;
        const auto missing = BatchManifest::read(dir.filePath(u"nothing.json"_s));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().contains(u"nothing.json"_s));
        QFile damaged(dir.filePath(u"manifest.json"_s));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{}");
        damaged.close();
        const auto read = BatchManifest::read(damaged.fileName());
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(u"manifest.json"_s) && read.error().contains(u"version"_s), qPrintable(read.error()));
    }

    void fromPlanAndMatches()
    {
        QList<TaskRow> rows;
        for (int i = 1; i <= 5; ++i)
            rows << TaskRow{u"t%1"_s.arg(i), {}, {}};
        const BatchPlan plan = BatchPlan::split(rows, 2);
        const BatchManifest m = BatchManifest::fromPlan(plan);
        QCOMPARE(m.rows, 5);
        QCOMPARE(m.batchSize, 2);
        QCOMPARE(m.batches.size(), 3);
        QCOMPARE(m.count(BatchStatus::Pending), 3);
        QVERIFY(m.matches(plan));
        QVERIFY(!m.matches(BatchPlan::split(rows, 3)));
        rows.insert(1, TaskRow{});  // a blank row moves the row numbers
        QVERIFY(!m.matches(BatchPlan::split(rows, 2)));
    }
};

QTEST_GUILESS_MAIN(TestBatchManifest)
#include "tst_batchmanifest.moc"
