// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTest>
#include <cerrno>
#include <cstring>
#include <sys/mount.h>

using namespace Qt::StringLiterals;

using namespace smsc::test;

namespace {

const QString kServiceName = u"consistency-results.csv"_s;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray osReason(int error)
{
    return QByteArray(std::strerror(error));
}

} // namespace

/*!
 * Where the CLI's file lands, tried against real processes: two exports racing for one name, a
 * symbolic link at the output name, and saving failing after the service answered (exit 7).
 */
class TestCliFileSafety final : public QObject, private CliExportFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { startFixture(); }
    void init() { resetFixture(); }

    void twoExportsOfOneNameKeepBothFiles()
    {
        // Both answers name consistency-results.csv and are dripped for ~1 s, so both downloads
        // are under way together; repeated with the cores busy, where ~1 in 3 pairs lost a file.
        m_server.setScenario(kExportPath, {{u"name"_s, u"slow"_s}, {u"total"_s, 8192}, {u"chunk"_s, 1024},
                                           {u"delay_ms"_s, 120}, {u"wait_ms"_s, 300}});
        const BusyCores busy;
        for (int round = 0; round < 50; ++round) {
            QVERIFY(QDir(out()).removeRecursively() && QDir().mkpath(out()));
            CliProcess a(m_cli, exportTo(m_server.httpUrl()) + QStringList{u"--row"_s, u"tA,sA,nA"_s}, akSkEnvironment());
            CliProcess b(m_cli, exportTo(m_server.httpUrl()) + QStringList{u"--row"_s, u"tB,sB,nB"_s}, akSkEnvironment());
            QVERIFY(a.start());
            QVERIFY(b.start());
            const CliResult ra = a.finish();
            const CliResult rb = b.finish();
            QVERIFY2(ra.exitCode == 0, ra.err.constData());
            QVERIFY2(rb.exitCode == 0, rb.err.constData());
            const QString pathA = QString::fromUtf8(ra.out).trimmed();
            const QString pathB = QString::fromUtf8(rb.out).trimmed();
            QVERIFY2(pathA != pathB, qPrintable(u"round %1: both named %2"_s.arg(round).arg(pathA)));
            QCOMPARE(entriesIn(out()).size(), 2);
            const QByteArray header = "task_id,source_id,source_name,consistency_result\r\n";
            QVERIFY2(readAll(pathA).startsWith(QByteArray(header + "tA,sA,nA,consistent")), qPrintable(pathA));
            QVERIFY2(readAll(pathB).startsWith(QByteArray(header + "tB,sB,nB,consistent")), qPrintable(pathB));
            QCOMPARE(readAll(pathA).size(), 8192);
            QCOMPARE(readAll(pathB).size(), 8192);
            // The one that found its name taken says so, naming both files.
            const CliResult &second = pathA.endsWith(kServiceName) ? rb : ra;
            QVERIFY2(second.err.contains("both are kept"), second.err.constData());
        }
    }

    void aLinkAtTheOutputIsNeverWrittenThrough_data()
    {
        QTest::addColumn<bool>("dangling");
        QTest::addColumn<bool>("serviceName");
        QTest::newRow("--output, dangling link") << true << false;
        QTest::newRow("--output, link to an existing file") << false << false;
        QTest::newRow("--output-dir, dangling link at the service's name") << true << true;
        QTest::newRow("--output-dir, link to a file at the service's name") << false << true;
    }
    void aLinkAtTheOutputIsNeverWrittenThrough()
    {
        QFETCH(bool, dangling);
        QFETCH(bool, serviceName);
        const QString link = QDir(out()).filePath(serviceName ? kServiceName : u"chosen.csv"_s);
        const QString target = m_work->filePath(u"target.csv"_s);
        if (!dangling)
            writeFile(target, "precious");
        QVERIFY(QFile::link(target, link));
        QStringList args = serviceName ? exportTo(m_server.httpUrl())
                                       : exportTo(m_server.httpUrl()).mid(0, 3) + QStringList{u"--output"_s, link};
        args << u"--row"_s << u"t1,s1,n1"_s;

        const CliResult refused = m_cli.run(args, akSkEnvironment());
        VERIFY_NO_SECRET(refused);
        QVERIFY2(refused.exitCode == 7, refused.err.constData());
        QVERIFY2(refused.err.contains(link.toUtf8()) && refused.err.contains("symbolic link"), refused.err.constData());
        QVERIFY(refused.out.isEmpty());
        QCOMPARE(QFileInfo(link).symLinkTarget(), target);
        QCOMPARE(QFileInfo::exists(target), !dangling);
        QCOMPARE(readAll(target), dangling ? QByteArray() : QByteArray("precious"));
        QCOMPARE(entriesIn(out()), QStringList{QFileInfo(link).fileName()});
        if (!serviceName)
            QCOMPARE(m_server.requests(kExportPath).size(), 0);  // --output is checked before sending

        const CliResult forced = m_cli.run(args + QStringList{u"--force"_s}, akSkEnvironment());
        QVERIFY2(forced.exitCode == 0, forced.err.constData());
        QCOMPARE(QString::fromUtf8(forced.out).trimmed(), link);
        QVERIFY2(forced.err.contains("Replaced the symbolic link"), forced.err.constData());
        QVERIFY(!QFileInfo(link).isSymLink());
        QCOMPARE(sha256Of(link), m_server.lastBody().value(u"sha256"_s).toString().toLatin1());
        QCOMPARE(QFileInfo::exists(target), !dangling);  // the link's target is never created or changed
        QCOMPARE(readAll(target), dangling ? QByteArray() : QByteArray("precious"));
    }

    void aFullDiskIsExit7WithTheOsReason()
    {
        QTemporaryDir mountPoint;
        if (::mount("tmpfs", QFile::encodeName(mountPoint.path()).constData(), "tmpfs", 0, "size=64k") != 0)
            QSKIP("mounting a 64 KiB tmpfs needs CAP_SYS_ADMIN");
        auto unmount = qScopeGuard([&] { ::umount2(QFile::encodeName(mountPoint.path()).constData(), MNT_DETACH); });
        m_server.setScenario(kExportPath, {{u"name"_s, u"big"_s}, {u"size"_s, 300000}});
        const CliResult r = m_cli.run({u"export"_s, u"--endpoint"_s, m_server.httpUrl().toString(), u"--output-dir"_s,
                                       mountPoint.path(), u"--row"_s, u"t1,s1,n1"_s, u"--json"_s},
                                      akSkEnvironment());
        QVERIFY2(r.exitCode == 7, r.err.constData());
        QVERIFY2(r.err.contains(osReason(ENOSPC)), r.err.constData());
        QVERIFY2(!r.err.contains("Unknown error"), r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"ok"_s).toBool(true), false);
        QCOMPARE(o.value(u"http_status"_s).toInt(), 200);
        QVERIFY(o.value(u"error_msg"_s).toString().contains(QString::fromLocal8Bit(osReason(ENOSPC))));
        QCOMPARE(entriesIn(mountPoint.path()), QStringList());
    }

    void aFullDiskInABatchRunNamesTheOsReason()
    {
        QTemporaryDir mountPoint;
        if (::mount("tmpfs", QFile::encodeName(mountPoint.path()).constData(), "tmpfs", 0, "size=64k") != 0)
            QSKIP("mounting a 64 KiB tmpfs needs CAP_SYS_ADMIN");
        auto unmount = qScopeGuard([&] { ::umount2(QFile::encodeName(mountPoint.path()).constData(), MNT_DETACH); });
        m_server.setScenario(kExportPath, {{u"name"_s, u"big"_s}, {u"size"_s, 300000}});
        QTemporaryDir work;
        const QString rows = work.filePath(u"rows.csv"_s);
        QFile file(rows);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("task_id,source_id,source_name\nt1,s1,n1\n");
        file.close();
        const CliResult r = m_cli.run({u"export"_s, u"--batch"_s, u"--endpoint"_s, m_server.httpUrl().toString(),
                                       u"--output-dir"_s, mountPoint.path(), u"--rows"_s, rows},
                                      akSkEnvironment());
        QVERIFY2(r.exitCode == 7, r.err.constData());
        QVERIFY2(r.err.contains(osReason(ENOSPC)), r.err.constData());  // on the batch's own line
        const QString manifest = QString::fromUtf8(r.out).section(u'\n', 0, 0) + u"/manifest.json"_s;
        QFile saved(manifest);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QJsonObject batch = QJsonDocument::fromJson(saved.readAll()).object()[u"batches"_s][0].toObject();
        QCOMPARE(batch[u"status"_s].toString(), u"failed"_s);
        QVERIFY2(batch[u"error"_s][u"message"_s].toString().contains(QString::fromLocal8Bit(osReason(ENOSPC))),
                 qPrintable(batch[u"error"_s][u"message"_s].toString()));
    }

    void savingFailsMidDownloadIsExit7_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("error");
        QTest::newRow("folder removed") << u"remove"_s << ENOENT;
        QTest::newRow("folder made read-only") << u"readonly"_s << EACCES;
    }
    void savingFailsMidDownloadIsExit7()
    {
        QFETCH(QString, fault);
        QFETCH(int, error);
        m_server.setScenario(kExportPath, {{u"name"_s, u"slow"_s}, {u"total"_s, 40960}, {u"chunk"_s, 1024}, {u"delay_ms"_s, 50}});
        CliProcess cli(m_cli, exportTo(m_server.httpUrl()) + QStringList{u"--row"_s, u"t1,s1,n1"_s}, akSkEnvironment());
        if (fault == u"readonly"_s)
            cli.dropFilePermissionOverride();
        QVERIFY(cli.start());
        QVERIFY2(cli.waitUntilHolding(out()), "the download never started");
        if (fault == u"remove"_s)
            QVERIFY(QDir(out()).removeRecursively());
        else
            QVERIFY(QFile::setPermissions(out(), QFile::ReadOwner | QFile::ExeOwner));
        const CliResult r = cli.finish();
        QFile::setPermissions(out(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        VERIFY_NO_SECRET(r);
        QVERIFY2(r.exitCode == 7, qPrintable(QString::number(r.exitCode) + u' ' + QString::fromUtf8(r.err)));
        QVERIFY2(r.err.contains(osReason(error)), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(entriesIn(out()), QStringList());  // no partial or temporary file
    }
};

QTEST_GUILESS_MAIN(TestCliFileSafety)
#include "tst_clifilesafety.moc"
