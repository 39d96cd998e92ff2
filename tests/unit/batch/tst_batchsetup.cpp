// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/BatchSetup.h"
#include "rows/RowsFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace smsc;

namespace {

QByteArray rowsCsv(int count)
{
    QByteArray data = "task_id,source_id,source_name\n";
    for (int i = 1; i <= count; ++i)
        data += "task-" + QByteArray::number(i) + ",src-" + QByteArray::number(i) + ",server\n";
    return data;
}

} // namespace

//! What the batch window checks before it sends anything: the same checks as the CLI.
class TestBatchSetup final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
            return {};
        return path;
    }

private slots:
    void splitsAValidFileAndRecordsItsHash()
    {
        const Outcome<BatchSetup> setup = BatchSetup::fromRowsFile(write(u"rows.csv"_s, rowsCsv(450)), 200);
        QVERIFY2(setup.ok(), qPrintable(setup.error()));
        QCOMPARE(setup.value().plan.batches().size(), 3);
        QCOMPARE(setup.value().manifest.batches.size(), 3);
        QCOMPARE(setup.value().manifest.rows, 450);
        QCOMPARE(setup.value().manifest.rowsSha256.size(), 64);
        QCOMPARE(setup.value().manifest.rowsFile, m_dir.filePath(u"rows.csv"_s));
        QVERIFY(!setup.value().isResume());
    }

    void aBadRowIsOneMessageNamingLineFieldAndRule()
    {
        QByteArray data = rowsCsv(300);
        data += ",src-x,no task\n";       // line 302: task_id empty
        data += "task-7,src-7,server\n";  // line 303: a duplicate of line 8
        const Outcome<BatchSetup> setup = BatchSetup::fromRowsFile(write(u"bad.csv"_s, data), 200);
        QVERIFY(!setup.ok());
        const QString message = setup.error();
        QVERIFY2(message.startsWith(u"bad.csv, line 302: Row 301, task_id: required, but empty."_s), qPrintable(message));
        QVERIFY2(message.contains(u"1 more problem"_s) && message.endsWith(u"Nothing was sent."_s), qPrintable(message));
        QCOMPARE(setup.failure().line, 302);
    }

    void onlyARegularFileIsARowsFile()
    {
        // A FIFO without a writer would block a plain read for ever: it is refused before opening.
        const QString fifo = m_dir.filePath(u"rows.fifo"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const Outcome<BatchSetup> fromFifo = BatchSetup::fromRowsFile(fifo, 200);
        QVERIFY(!fromFifo.ok());
        QVERIFY2(fromFifo.error().contains(u"not a regular file"_s), qPrintable(fromFifo.error()));
        const Outcome<BatchSetup> fromFolder = BatchSetup::fromRowsFile(m_dir.path(), 200);
        QVERIFY(!fromFolder.ok());
        QVERIFY2(fromFolder.error().contains(u"not a regular file"_s), qPrintable(fromFolder.error()));
        const Outcome<BatchSetup> missing = BatchSetup::fromRowsFile(m_dir.filePath(u"none.csv"_s), 200);
        QCOMPARE(missing.kind(), FailureKind::NotFound);
    }

    void resumeRefusesAChangedRowsFile()
    {
        const QString rows = write(u"resume.csv"_s, rowsCsv(5));
        const Outcome<BatchSetup> setup = BatchSetup::fromRowsFile(rows, 2);
        QVERIFY(setup.ok());
        const QString manifestPath = m_dir.filePath(u"manifest.json"_s);
        BatchManifest manifest = setup.value().manifest;
        manifest.endpoint = u"https://127.0.0.1:8443"_s;
        QVERIFY(manifest.write(manifestPath).ok());

        const Outcome<BatchSetup> same = BatchSetup::resume(manifestPath, u"https://127.0.0.1:8443"_s);
        QVERIFY2(same.ok(), qPrintable(same.error()));
        QVERIFY(same.value().isResume());
        QCOMPARE(same.value().runFolder, m_dir.path());

        QVERIFY(!write(u"resume.csv"_s, rowsCsv(6)).isEmpty());
        const Outcome<BatchSetup> changed = BatchSetup::resume(manifestPath, u"https://127.0.0.1:8443"_s);
        QVERIFY(!changed.ok());
        QVERIFY2(changed.error().contains(u"has changed since the run began"_s), qPrintable(changed.error()));
    }

    void resumeRefusesAnotherEndpoint()
    {
        const Outcome<BatchSetup> setup = BatchSetup::fromRowsFile(write(u"endpoint.csv"_s, rowsCsv(3)), 2);
        QVERIFY(setup.ok());
        const QString manifestPath = m_dir.filePath(u"manifest.json"_s);
        BatchManifest manifest = setup.value().manifest;
        manifest.endpoint = u"https://127.0.0.1:8443"_s;
        QVERIFY(manifest.write(manifestPath).ok());

        const Outcome<BatchSetup> other = BatchSetup::resume(manifestPath, u"http://127.0.0.1:8080"_s);
        QVERIFY(!other.ok());
        QVERIFY2(other.error().contains(u"https://127.0.0.1:8443"_s) && other.error().contains(u"http://127.0.0.1:8080"_s)
                     && other.error().contains(u"nothing was sent"_s),
                 qPrintable(other.error()));
    }

    void aRowsFileMustBeARegularFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("a FIFO nobody writes to") << u"fifo"_s;
        QTest::newRow("an endless device") << u"device"_s;
    }

    void aRowsFileMustBeARegularFile()
    {
        QFETCH(QString, kind);
        // A run is resumed from its rows file's SHA-256: only a regular file can be read again the same way.
        QString path = u"/dev/zero"_s;
        if (kind == u"fifo"_s) {
            path = m_dir.filePath(u"rows.fifo"_s);
            QFile::remove(path);
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        }
        const Outcome<BatchSetup> fresh = BatchSetup::fromRowsFile(path, 200);
        QVERIFY(!fresh.ok());
        QVERIFY2(fresh.error().contains(u"not a regular file"_s), qPrintable(fresh.error()));

        // The same file named by a hand-edited manifest: refused before anything is sent.
        const Outcome<BatchSetup> setup = BatchSetup::fromRowsFile(write(u"regular.csv"_s, rowsCsv(3)), 2);
        QVERIFY(setup.ok());
        BatchManifest manifest = setup.value().manifest;
        manifest.rowsFile = path;
        const QString manifestPath = m_dir.filePath(u"manifest.json"_s);
        QVERIFY(manifest.write(manifestPath).ok());
        const Outcome<BatchSetup> resumed = BatchSetup::resume(manifestPath, manifest.endpoint);
        QVERIFY(!resumed.ok());
        QVERIFY2(resumed.error().contains(u"not a regular file"_s), qPrintable(resumed.error()));
    }

    void resumeRefusesASavedBatchWhoseFileIsNotThere_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << u"missing"_s << u"batches[0].file"_s;
        QTest::newRow("a symbolic link") << u"link"_s << u"symbolic link"_s;
        QTest::newRow("another size") << u"size"_s << u"batches[0].bytes"_s;
    }

    void resumeRefusesASavedBatchWhoseFileIsNotThere()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QTemporaryDir run;
        const QString rows = write(u"saved.csv"_s, rowsCsv(4));
        const Outcome<BatchSetup> setup = BatchSetup::fromRowsFile(rows, 2);
        QVERIFY(setup.ok());
        BatchManifest manifest = setup.value().manifest;
        BatchRecord &first = manifest.batches[0];
        first.status = BatchStatus::Saved;
        first.file = u"batch-001-consistency-results.csv"_s;
        first.bytes = 5;
        first.sha256 = QString(64, u'a');
        const QString file = run.filePath(first.file);
        if (kind == u"link"_s) {
            QVERIFY(QFile::link(rows, file));
        } else if (kind == u"size"_s) {
            QFile saved(file);
            QVERIFY(saved.open(QIODevice::WriteOnly));
            saved.write("123456");
        }
        const QString manifestPath = run.filePath(u"manifest.json"_s);
        QVERIFY(manifest.write(manifestPath).ok());
        const Outcome<BatchSetup> resumed = BatchSetup::resume(manifestPath, manifest.endpoint);
        QVERIFY(!resumed.ok());
        QVERIFY2(resumed.error().contains(expected) && resumed.error().contains(u"nothing was sent"_s),
                 qPrintable(resumed.error()));

        // Its file where the manifest says, as it was saved: the resume goes ahead.
        QFile::remove(file);
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::WriteOnly));
        saved.write("12345");
        saved.close();
        const Outcome<BatchSetup> fine = BatchSetup::resume(manifestPath, manifest.endpoint);
        QVERIFY2(fine.ok(), qPrintable(fine.error()));
    }

    void writesTheRowsIntoANewRunFolder()
    {
        QList<TaskRow> rows;
        for (int i = 0; i < 250; ++i)
            rows << TaskRow{u"t-%1"_s.arg(i), {}, {}};
        const QDateTime when(QDate(2026, 12, 3), QTime(9, 15));
        const Outcome<QString> first = BatchSetup::writeRowsFile(m_dir.path(), rows, when);
        const Outcome<QString> second = BatchSetup::writeRowsFile(m_dir.path(), rows, when);
        QVERIFY2(first.ok() && second.ok(), qPrintable(first.error() + second.error()));
        QCOMPARE(first.value(), m_dir.filePath(u"sms-export-20261203-091500/rows.csv"_s));
        QCOMPARE(second.value(), m_dir.filePath(u"sms-export-20261203-091500-2/rows.csv"_s));
        const Outcome<ParsedRows> back = RowsFile::read(first.value());
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back.value().rows, rows);
    }
};

QTEST_GUILESS_MAIN(TestBatchSetup)
#include "tst_batchsetup.moc"
