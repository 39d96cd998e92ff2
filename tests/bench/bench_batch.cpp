// SPDX-License-Identifier: GPL-3.0-or-later
// The client's own cost of a batch run: `export --batch` of SMSC_BENCH_BATCH_ROWS rows (default
// 10,000: 50 batches of 200) through the real CLI against the loopback server, measured as the
// CLI process's CPU time (user + system) per batch and its peak resident memory (ru_maxrss of
// the ended child), so the server's time is not counted. README.md "Performance" has the figures.
#include "CliTestHelpers.h"

#include <QElapsedTimer>
#include <QTest>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace smsc::test;

namespace {

struct ChildUsage
{
    qint64 cpuMs = 0;
    qint64 maxRssKb = 0;
};

//! The children that have ended so far (the CLI runs; the server is still running).
ChildUsage childUsage()
{
    rusage usage = {};
    ::getrusage(RUSAGE_CHILDREN, &usage);
    return {qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
                + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000,
            qint64(usage.ru_maxrss)};
}

} // namespace

class BenchBatch final : public QObject, private CliExportFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { startFixture(); }

    void tenThousandRows_data()
    {
        QTest::addColumn<bool>("https");
        // A real endpoint is always HTTPS; plain HTTP (loopback only) goes through the in-app tunnel
        // (docs/PLATFORM.md "Network replies"), which costs CPU a real run never pays.
        QTest::newRow("https") << true;
        QTest::newRow("plain http through the tunnel") << false;
    }
    void tenThousandRows()
    {
        QFETCH(bool, https);
        m_https = https;
        resetFixture();
        bool ok = false;
        int rows = qEnvironmentVariableIntValue("SMSC_BENCH_BATCH_ROWS", &ok);
        if (!ok || rows <= 200)
            rows = 10000;
        const int batches = (rows + 199) / 200;
        // One batch first: what a run costs before its second batch (start-up, reading, the
        // first request), so the figure per further batch is the job's own.
        const Run one = run(200);
        const Run all = run(rows);
        QVERIFY(!QTest::currentTestFailed());
        const double perBatch = double(all.cpuMs) / batches;
        const double perFurtherBatch = double(all.cpuMs - one.cpuMs) / (batches - 1);
        qInfo().noquote() << u"%1 rows in %2 batches: client CPU %3 ms in all (%4 ms per batch; a 1-batch run %5 ms, "
                             "each further batch %6 ms); peak memory %7 MB; wall %8 ms (server included)"_s
                                 .arg(rows).arg(batches).arg(all.cpuMs).arg(perBatch, 0, 'f', 2).arg(one.cpuMs)
                                 .arg(perFurtherBatch, 0, 'f', 2).arg(double(all.maxRssKb) / 1024, 0, 'f', 1)
                                 .arg(all.wallMs);
    }

private:
    struct Run
    {
        qint64 cpuMs = 0;
        qint64 maxRssKb = 0;
        qint64 wallMs = 0;
    };

    bool m_https = true;

    Run run(int rows)
    {
        QByteArray csv = "task_id,source_id,source_name\n";
        for (int i = 0; i < rows; ++i) {
            const QByteArray n = QByteArray::number(i).rightJustified(12, '0');
            csv += "7a000000-0000-4000-8000-" + n + ",5e000000-0000-4000-8000-" + n + ",server " + QByteArray::number(i) + '\n';
        }
        const QString rowsFile = writeFile(m_work->filePath(u"rows-%1.csv"_s.arg(rows)), csv);
        m_server.reset();
        const ChildUsage before = childUsage();
        QElapsedTimer wall;
        wall.start();
        QStringList args = exportTo(m_https ? m_server.httpsUrl() : m_server.httpUrl());
        if (m_https)
            args << u"--ca-file"_s << m_server.caFile();
        const CliResult r = m_cli.run(args << u"--batch"_s << u"--rows"_s << rowsFile, akSkEnvironment(), {}, 600000);
        Run result;
        result.wallMs = wall.elapsed();
        const ChildUsage after = childUsage();
        result.cpuMs = after.cpuMs - before.cpuMs;
        result.maxRssKb = after.maxRssKb;  // the largest child so far: the bigger run comes last
        [&] {
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QCOMPARE(m_server.requests(kExportPath).size(), (rows + 199) / 200);
        }();
        return result;
    }
};

QTEST_GUILESS_MAIN(BenchBatch)
#include "bench_batch.moc"
