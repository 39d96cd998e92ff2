// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliProcess.h"

#include <QTest>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

using namespace smsc::test;

namespace {

// A failure guard, not a performance figure: the promise is "within a second", checked generously.
constexpr qint64 kPromptExitMs = 2000;

} // namespace

/*!
 * Inputs that never end and signals at every stage of `export` through the real CLI: the process
 * ends promptly with 130 (SIGINT) or 143 (SIGTERM) and leaves nothing behind.
 */
class TestCliSignals final : public QObject, private CliExportFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { startFixture(); }
    void init() { resetFixture(); }

    void signalsEndAFifoWithoutWriter_data()
    {
        QTest::addColumn<int>("signo");
        QTest::newRow("SIGINT → 130") << int(SIGINT);
        QTest::newRow("SIGTERM → 143") << int(SIGTERM);
    }
    void signalsEndAFifoWithoutWriter()
    {
        QFETCH(int, signo);
        const QString fifo = m_work->filePath(u"rows.fifo"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        CliProcess cli(m_cli, exportTo(m_server.httpUrl()) + QStringList{u"--rows"_s, fifo}, akSkEnvironment());
        QVERIFY(cli.start());
        QVERIFY2(cli.waitUntilHolding(fifo), "the FIFO was never opened");
        expectPromptExit(cli, signo);
    }

    void signalsEndAnEndlessStdin_data() { signalsEndAFifoWithoutWriter_data(); }
    void signalsEndAnEndlessStdin()
    {
        QFETCH(int, signo);
        // stdin stays open and silent: the rows never end.
        CliProcess cli(m_cli, exportTo(m_server.httpUrl()) + QStringList{u"--rows"_s, u"-"_s}, akSkEnvironment());
        QVERIFY(cli.start());
        cli.process().write("task_id,source_id,source_name\n");
        QVERIFY(cli.process().waitForBytesWritten(10000));
        QVERIFY2(cli.waitUntilCatchingSignals(), "the CLI never set up its signal handling");
        expectPromptExit(cli, signo);
    }

    void inputsThatNeverEndAreBoundedBySize_data()
    {
        QTest::addColumn<QString>("rows");
        QTest::addColumn<QString>("stdinFile");
        QTest::newRow("/dev/zero as --rows") << u"/dev/zero"_s << QString();
        QTest::newRow("/dev/urandom as --rows") << u"/dev/urandom"_s << QString();
        QTest::newRow("/dev/zero as stdin") << u"-"_s << u"/dev/zero"_s;
    }
    void inputsThatNeverEndAreBoundedBySize()
    {
        QFETCH(QString, rows);
        QFETCH(QString, stdinFile);
        CliProcess cli(m_cli, exportTo(m_server.httpUrl()) + QStringList{u"--rows"_s, rows}, akSkEnvironment());
        if (!stdinFile.isEmpty())
            cli.process().setStandardInputFile(stdinFile);
        QVERIFY(cli.start());
        const CliResult r = cli.finish(60000);
        QVERIFY2(r.exitCode == 2, qPrintable(QString::number(r.exitCode) + u' ' + QString::fromUtf8(r.err)));
        QVERIFY2(r.err.contains("too large"), r.err.constData());
        QCOMPARE(r.errLines().size(), 1);
        QCOMPARE(m_server.requests().size(), 0);
        QCOMPARE(entriesIn(out()), QStringList());
    }

    void signalsEndEveryNetworkStage_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<int>("signo");
        for (const QString &stage : {u"resolving the account"_s, u"waiting for the answer"_s, u"receiving"_s}) {
            QTest::addRow("%s, SIGINT", qPrintable(stage)) << stage << int(SIGINT);
            QTest::addRow("%s, SIGTERM", qPrintable(stage)) << stage << int(SIGTERM);
        }
    }
    void signalsEndEveryNetworkStage()
    {
        QFETCH(QString, stage);
        QFETCH(int, signo);
        QStringList args = exportTo(m_server.httpUrl()) + QStringList{u"--row"_s, u"t1,s1,n1"_s};
        QProcessEnvironment env = akSkEnvironment();
        QString watched;
        if (stage == u"resolving the account"_s) {
            env.remove(u"HUAWEICLOUD_SDK_DOMAIN_ID"_s);
            args << u"--iam-endpoint"_s << m_server.httpUrl().toString();
            m_server.setScenario(u"/v3/auth/domains"_s, {{u"name"_s, u"hang"_s}});
            watched = u"/v3/auth/domains"_s;
        } else if (stage == u"waiting for the answer"_s) {
            m_server.setScenario(kExportPath, {{u"name"_s, u"hang"_s}});
            watched = kExportPath;
        } else {
            m_server.setScenario(kExportPath, {{u"name"_s, u"slow"_s}, {u"total"_s, 1 << 20}, {u"chunk"_s, 1024},
                                               {u"delay_ms"_s, 100}});
        }
        CliProcess cli(m_cli, args, env);
        QVERIFY(cli.start());
        if (watched.isEmpty() && !cli.waitUntilHolding(out())) {
            const CliResult early = cli.finish(1000);
            QFAIL(qPrintable(u"the download never started: %1 %2"_s.arg(early.exitCode).arg(QString::fromUtf8(early.err))));
        }
        else
            QVERIFY(QTest::qWaitFor([&] { return !m_server.requests(watched).isEmpty(); }, 30000));
        expectPromptExit(cli, signo);
        if (stage != u"receiving"_s)
            QCOMPARE(m_server.requests(kExportPath).size(), stage == u"waiting for the answer"_s ? 1 : 0);
    }

private:
    void expectPromptExit(CliProcess &cli, int signo)
    {
        QVERIFY2(cli.waitUntilCatchingSignals(), "the CLI never set up its signal handling");
        QCOMPARE(cli.process().state(), QProcess::Running);
        qint64 tookMs = 0;
        const CliResult r = cli.interrupt(signo, &tookMs);
        VERIFY_NO_SECRET(r);
        QVERIFY2(r.exitCode == 128 + signo, qPrintable(QString::number(r.exitCode) + u' ' + QString::fromUtf8(r.err)));
        QVERIFY2(tookMs < kPromptExitMs, qPrintable(u"exit took %1 ms"_s.arg(tookMs)));
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(entriesIn(out()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCliSignals)
#include "tst_clisignals.moc"
