// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportFilePlacer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;

using smsc::ExportFilePlacer;
using Conflict = smsc::ExportFilePlacer::Conflict;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

//! The window's last step: a staged download moved to its name, never over something else unasked.
class TestExportFilePlacer final : public QObject
{
    Q_OBJECT
private slots:
    void movesToAFreeName()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(u"stage"_s));
        const QString staged = writeFile(dir.filePath(u"stage/r.csv"_s), "new");
        const smsc::Outcome<QString> placed = ExportFilePlacer::place(staged, dir.path(), Conflict::Ask);
        QVERIFY(placed.ok());
        QCOMPARE(placed.value(), dir.filePath(u"r.csv"_s));
        QCOMPARE(readAll(placed.value()), QByteArray("new"));
        QVERIFY(!QFileInfo::exists(staged));
    }

    void aTakenNameIsAskedKeptOrReplaced_data()
    {
        QTest::addColumn<QString>("taken");
        QTest::newRow("a file") << u"file"_s;
        QTest::newRow("a dangling symbolic link") << u"dangling"_s;
        QTest::newRow("a symbolic link to a file") << u"link"_s;
    }
    void aTakenNameIsAskedKeptOrReplaced()
    {
        QFETCH(QString, taken);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(u"stage"_s));
        const QString name = dir.filePath(u"r.tar.gz"_s);
        const QString elsewhere = dir.filePath(u"stage/elsewhere"_s);
        if (taken == u"file"_s) {
            writeFile(name, "old");
        } else {
            if (taken == u"link"_s)
                writeFile(elsewhere, "old");
            QVERIFY(QFile::link(elsewhere, name));
        }
        const QString staged = writeFile(dir.filePath(u"stage/r.tar.gz"_s), "new");

        const smsc::Outcome<QString> asked = ExportFilePlacer::place(staged, dir.path(), Conflict::Ask);
        QCOMPARE(asked.kind(), smsc::FailureKind::Exists);
        QCOMPARE(asked.failure().detail, name);
        QVERIFY(QFileInfo::exists(staged));

        const smsc::Outcome<QString> kept = ExportFilePlacer::place(staged, dir.path(), Conflict::KeepBoth);
        QVERIFY(kept.ok());
        QCOMPARE(kept.value(), dir.filePath(u"r (1).tar.gz"_s));
        QCOMPARE(readAll(kept.value()), QByteArray("new"));
        QCOMPARE(QFileInfo(name).isSymLink(), taken != u"file"_s);
        QCOMPARE(QFileInfo::exists(elsewhere), taken == u"link"_s);

        const QString again = writeFile(dir.filePath(u"stage/r.tar.gz"_s), "newer");
        const smsc::Outcome<QString> replaced = ExportFilePlacer::place(again, dir.path(), Conflict::Replace);
        QVERIFY(replaced.ok());
        QCOMPARE(replaced.value(), name);
        QVERIFY(!QFileInfo(name).isSymLink());  // the link itself was replaced …
        QCOMPARE(readAll(name), QByteArray("newer"));
        QCOMPARE(QFileInfo::exists(elsewhere), taken == u"link"_s);  // … never written through
        if (taken == u"link"_s)
            QCOMPARE(readAll(elsewhere), QByteArray("old"));
    }

    void twoPlacementsOfOneNameNeverBothWin()
    {
        // Two windows (or processes) placing the same name at once: the check and the move are
        // one step, so exactly one gets the name and the other is asked.
        for (int round = 0; round < 300; ++round) {
            QTemporaryDir dir;
            QVERIFY(QDir(dir.path()).mkpath(u"a"_s));
            QVERIFY(QDir(dir.path()).mkpath(u"b"_s));
            const QString stagedA = writeFile(dir.filePath(u"a/r.csv"_s), "A");
            const QString stagedB = writeFile(dir.filePath(u"b/r.csv"_s), "B");
            std::atomic<int> ready = 0;
            bool okA = false;
            bool okB = false;
            auto place = [&](const QString &staged, bool *ok) {
                ++ready;
                while (ready.load() < 2) {
                }
                *ok = ExportFilePlacer::place(staged, dir.path(), Conflict::Ask).ok();
            };
            std::thread a(place, stagedA, &okA);
            std::thread b(place, stagedB, &okB);
            a.join();
            b.join();
            QVERIFY2(okA != okB, qPrintable(u"round %1: both placed: %2"_s.arg(round).arg(okA && okB)));
            const QByteArray winner = readAll(dir.filePath(u"r.csv"_s));
            QCOMPARE(winner, QByteArray(okA ? "A" : "B"));
            QVERIFY(QFileInfo::exists(okA ? stagedB : stagedA));  // the loser's file is still there to ask about
            QCOMPARE(entries(dir.path()), (QStringList{u"a"_s, u"b"_s, u"r.csv"_s}));
        }
    }

    void keepBothRacesEndWithBothFiles()
    {
        for (int round = 0; round < 300; ++round) {
            QTemporaryDir dir;
            QVERIFY(QDir(dir.path()).mkpath(u"a"_s));
            QVERIFY(QDir(dir.path()).mkpath(u"b"_s));
            writeFile(dir.filePath(u"r.csv"_s), "old");
            const QString stagedA = writeFile(dir.filePath(u"a/r.csv"_s), "A");
            const QString stagedB = writeFile(dir.filePath(u"b/r.csv"_s), "B");
            std::atomic<int> ready = 0;
            QString placedA;
            QString placedB;
            auto place = [&](const QString &staged, QString *placed) {
                ++ready;
                while (ready.load() < 2) {
                }
                *placed = ExportFilePlacer::place(staged, dir.path(), Conflict::KeepBoth).valueOr(QString());
            };
            std::thread a(place, stagedA, &placedA);
            std::thread b(place, stagedB, &placedB);
            a.join();
            b.join();
            QVERIFY(!placedA.isEmpty() && !placedB.isEmpty());
            QVERIFY2(placedA != placedB, qPrintable(u"round %1: both as %2"_s.arg(round).arg(placedA)));
            QCOMPARE(readAll(placedA), QByteArray("A"));
            QCOMPARE(readAll(placedB), QByteArray("B"));
            QCOMPARE(readAll(dir.filePath(u"r.csv"_s)), QByteArray("old"));
        }
    }
};

QTEST_GUILESS_MAIN(TestExportFilePlacer)
#include "tst_exportfileplacer.moc"
