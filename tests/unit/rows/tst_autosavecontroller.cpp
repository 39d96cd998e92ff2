// SPDX-License-Identifier: GPL-3.0-or-later
#include "rows/AutosaveController.h"
#include "rows/RowTableModel.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

using smsc::AutosaveController;
using smsc::FailureKind;
using smsc::Outcome;
using smsc::RowTableModel;
using smsc::TaskRow;

class TestAutosaveController final : public QObject
{
    Q_OBJECT
private slots:
    void anEditIsSavedAndRestoredWithItsMarkers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/rows.json"_s);
        const QList<RowTableModel::Entry> entries{{TaskRow{u"t1"_s, u"s1"_s, u"web 01"_s}, false},
                                                  {TaskRow{u"任务-2"_s, {}, u"数据库"_s}, true}};
        {
            RowTableModel model;
            AutosaveController autosave(&model, path);
            QSignalSpy saved(&autosave, &AutosaveController::saved);
            model.insertEntries(0, entries);
            QVERIFY(autosave.isPending());
            QVERIFY(saved.wait(5000));
            QCOMPARE(saved.first().first().toString(), path);
            QVERIFY(!autosave.isPending());
        }
        RowTableModel restored;
        AutosaveController autosave(&restored, path);
        QVERIFY(autosave.restore().ok());
        QCOMPARE(restored.entries(), entries);
        QVERIFY2(!autosave.isPending(), "restoring is not an edit");
    }

    void pendingChangesAreWrittenWhenTheControllerGoesAway()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"rows.json"_s);
        RowTableModel model;
        {
            AutosaveController autosave(&model, path);
            autosave.setDelay(60'000);
            model.insertEntries(0, {{TaskRow{u"quit-before-timer"_s, {}, {}}, false}});
            QVERIFY(autosave.isPending());
        }
        RowTableModel restored;
        QVERIFY(AutosaveController(&restored, path).restore().ok());
        QCOMPARE(restored.rows().first().taskId, u"quit-before-timer"_s);
    }

    void missingFileLeavesTheModelAlone()
    {
        QTemporaryDir dir;
        RowTableModel model;
        model.insertRows(0, 2);
        const Outcome<void> restored = AutosaveController(&model, dir.filePath(u"none.json"_s)).restore();
        QVERIFY(!restored.ok());
        QCOMPARE(restored.kind(), FailureKind::NotFound);
        QVERIFY2(restored.error().isEmpty(), "a first start is not an error");
        QCOMPARE(model.rowCount(), 2);
    }

    void aFifoOrADeviceIsReportedAtOnceAndALinkIsReplaced()
    {
        QTemporaryDir dir;
        RowTableModel model;
        model.insertRows(0, 1);
        // Nobody writes to this FIFO: the start of the app must not wait for a writer.
        const QString fifo = dir.filePath(u"rows.json"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const Outcome<void> piped = AutosaveController(&model, fifo).restore();
        QVERIFY2(piped.error().contains(u"not a regular file"_s), qPrintable(piped.error()));
        const Outcome<void> device = AutosaveController(&model, u"/dev/zero"_s).restore();
        QVERIFY2(device.error().contains(u"not a regular file"_s), qPrintable(device.error()));
        QCOMPARE(model.rowCount(), 1);

        const QString target = dir.filePath(u"notes.txt"_s);
        QFile notes(target);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("precious notes");
        notes.close();
        const QString link = dir.filePath(u"linked.json"_s);
        QVERIFY(QFile::link(target, link));
        QVERIFY(AutosaveController(&model, link).saveNow().ok());
        QVERIFY(notes.open(QIODevice::ReadOnly));
        QCOMPARE(notes.readAll(), QByteArray("precious notes"));
        QVERIFY(!QFileInfo(link).isSymLink());
    }

    void damagedFileIsReportedAndNotLoaded_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("truncated JSON") << QByteArrayLiteral("{\"version\":1,\"rows\":[{\"task_id\":\"t");
        QTest::newRow("unknown format version") << QByteArrayLiteral("{\"version\":99,\"rows\":[]}");
        QTest::newRow("not JSON at all") << QByteArrayLiteral("task_id,source_id\nt1,s1\n");
    }
    void damagedFileIsReportedAndNotLoaded()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"rows.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        RowTableModel model;
        model.insertRows(0, 1);
        const Outcome<void> restored = AutosaveController(&model, path).restore();
        QVERIFY(!restored.ok());
        QVERIFY2(restored.error().contains(path), qPrintable(restored.error()));
        QCOMPARE(model.rowCount(), 1);
    }

    void unwritableLocationIsReported()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(u"not-a-folder"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        RowTableModel model;
        AutosaveController autosave(&model, dir.filePath(u"not-a-folder/rows.json"_s));
        QSignalSpy failed(&autosave, &AutosaveController::saveFailed);
        const Outcome<void> saved = autosave.saveNow();
        QVERIFY(!saved.ok());
        QCOMPARE(failed.size(), 1);
        QVERIFY2(saved.error().contains(u"not-a-folder"_s), qPrintable(saved.error()));
    }
};

QTEST_GUILESS_MAIN(TestAutosaveController)
#include "tst_autosavecontroller.moc"
