// SPDX-License-Identifier: GPL-3.0-or-later
// The cost of the CLI's progress line on a fast download: the same loopback export timed with the
// live line (a pseudo-terminal), with --quiet on the same terminal, and without a terminal.
// SMSC_BENCH_PROGRESS_MB (default 8) and SMSC_BENCH_PROGRESS_RUNS (default 1) size it; CTest runs
// the small default as a smoke test, README.md "Performance" has the 200 MB figures.
#include "CliTestHelpers.h"
#include "PtyRunner.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace smsc::test;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

QString summary(QList<qint64> ms)
{
    std::sort(ms.begin(), ms.end());
    return u"min %1 ms, median %2 ms, max %3 ms"_s.arg(ms.constFirst()).arg(ms.at(ms.size() / 2)).arg(ms.constLast());
}

//! CPU time (user + system) of the children that have ended so far: the CLI runs, not the server.
qint64 childrenCpuMs()
{
    rusage usage = {};
    ::getrusage(RUSAGE_CHILDREN, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

} // namespace

class BenchProgress final : public QObject, private CliExportFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { startFixture(); }

    void downloadWithAndWithoutProgress()
    {
        resetFixture();
        const qint64 bytes = qint64(envInt("SMSC_BENCH_PROGRESS_MB", 8)) * 1024 * 1024;
        const int runs = envInt("SMSC_BENCH_PROGRESS_RUNS", 1);
        QVERIFY(m_server.setScenario(kExportPath, {{u"name"_s, u"big"_s}, {u"total"_s, bytes}, {u"chunk"_s, 256 * 1024}}));
        QProcessEnvironment env = m_cli.merged(akSkEnvironment());
        env.insert(u"TERM"_s, u"xterm-256color"_s);
        const QStringList baseArgs{u"export"_s, u"--endpoint"_s, m_server.httpUrl().toString(), u"--row"_s,
                                   u"t1,s1,n1"_s, u"--force"_s, u"--output"_s, m_work->filePath(u"f.bin"_s)};
        QList<qint64> live, quiet, pipe, liveCpu, quietCpu, pipeCpu;
        QByteArray lastScreen;
        for (int i = 0; i < runs; ++i) {  // interleaved, so a change in machine load hits all three alike
            QElapsedTimer t;
            t.start();
            qint64 cpu = childrenCpuMs();
            const PtyResult withLine = PtyRunner::run(baseArgs, env);
            live << t.restart();
            liveCpu << childrenCpuMs() - cpu;
            cpu = childrenCpuMs();
            const PtyResult withoutLine = PtyRunner::run(baseArgs + QStringList{u"--quiet"_s}, env);
            quiet << t.restart();
            quietCpu << childrenCpuMs() - cpu;
            cpu = childrenCpuMs();
            const CliResult noTerminal = m_cli.run(baseArgs, akSkEnvironment());
            pipe << t.elapsed();
            pipeCpu << childrenCpuMs() - cpu;
            QCOMPARE(withLine.exitCode, 0);
            QCOMPARE(withoutLine.exitCode, 0);
            QCOMPARE(noTerminal.exitCode, 0);
            // Which stages a redraw catches depends on the machine's speed (tst_cliprogress checks them
            // with a slow body); here only that the line appeared at all.
            QVERIFY2(withLine.screen.contains("elapsed"), withLine.screen.right(300).constData());
            QVERIFY(!withoutLine.screen.contains("Receiving"));
            QCOMPARE(QFileInfo(m_work->filePath(u"f.bin"_s)).size(), bytes);
            lastScreen = withLine.screen;
        }
        qInfo().noquote() << u"%1 MiB x %2 runs"_s.arg(bytes >> 20).arg(runs);
        qInfo().noquote() << u"live progress line (terminal): wall "_s + summary(live) + u"; CPU "_s + summary(liveCpu);
        qInfo().noquote() << u"--quiet on the same terminal:  wall "_s + summary(quiet) + u"; CPU "_s + summary(quietCpu);
        qInfo().noquote() << u"no terminal (pipe):            wall "_s + summary(pipe) + u"; CPU "_s + summary(pipeCpu);
        qInfo().noquote() << u"line writes in the last live run: %1"_s.arg(lastScreen.count("\x1b[K"));
    }
};

QTEST_GUILESS_MAIN(BenchProgress)
#include "bench_progress.moc"
