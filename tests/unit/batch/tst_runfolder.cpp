// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/RunFolder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using smsc::RunFolder;

//! The run folder: named from the start time, new every time.
class TestRunFolder final : public QObject
{
    Q_OBJECT
private slots:
    void namesAndNeverReuses()
    {
        QTemporaryDir dir;
        const QDateTime at(QDate(2026, 12, 3), QTime(9, 15, 0));
        QCOMPARE(RunFolder::baseName(at), u"sms-export-20261203-091500"_s);
        const auto first = RunFolder::create(dir.path(), at);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first.value(), QDir(dir.path()).absoluteFilePath(u"sms-export-20261203-091500"_s));
        QVERIFY(QFileInfo(first.value()).isDir());
        // A file with the next name counts as taken too.
        QFile blocker(dir.filePath(u"sms-export-20261203-091500-2"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const auto second = RunFolder::create(dir.path(), at);
        QVERIFY(second.ok());
        QCOMPARE(QFileInfo(second.value()).fileName(), u"sms-export-20261203-091500-3"_s);
        QVERIFY(QFileInfo(second.value()).isDir());
    }

    void aMissingParentIsAFailure()
    {
        QTemporaryDir dir;
        const auto created = RunFolder::create(dir.filePath(u"gone"_s), QDateTime::currentDateTime());
        QVERIFY(!created.ok());
        QVERIFY2(created.error().contains(u"gone"_s), qPrintable(created.error()));
    }
};

QTEST_GUILESS_MAIN(TestRunFolder)
#include "tst_runfolder.moc"
