// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI's progress line: under a pseudo-terminal it shows the stages and a growing byte count
// and is erased at the end; without a terminal, with --json and with --quiet it is never printed.
#include "CliTestHelpers.h"
#include "PtyRunner.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smsc::test;

namespace {

const QByteArray kErase = "\r\x1b[K";
const QString kRow = u"7a000000-0000-4000-8000-000000000003,5e000000-0000-4000-8000-000000000003,web"_s;

//! The answer starts after 400 ms ("Waiting for the service"), then a 96 KiB body is dripped in
//! 4 KiB pieces every 100 ms: about 2.4 s of "Receiving".
QJsonObject slowBody()
{
    return {{u"name"_s, u"slow"_s}, {u"wait_ms"_s, 400}, {u"total"_s, 96 * 1024}, {u"chunk"_s, 4096},
            {u"delay_ms"_s, 100}};
}

//! Where each stage name first appears on the screen (-1: never drawn).
qsizetype firstIndexOf(const QByteArray &screen, const char *stage)
{
    return screen.indexOf(stage);
}

//! The byte counts the progress line showed, in order ("Receiving: 12.0 KiB of 96.0 KiB").
QList<double> receivedCounts(const QByteArray &screen)
{
    QList<double> counts;
    static const QRegularExpression re(u"(?:Receiving|Saving): ([0-9.]+) (bytes|KiB|MiB) of"_s);
    auto it = re.globalMatch(QString::fromUtf8(screen));
    while (it.hasNext()) {
        const auto m = it.next();
        const double unit = m.captured(2) == u"bytes" ? 1 : m.captured(2) == u"KiB" ? 1024 : 1024 * 1024;
        counts << m.captured(1).toDouble() * unit;
    }
    return counts;
}

//! The screen without the colour sequences of the stage name.
QByteArray uncoloured(QByteArray screen)
{
    return screen.replace("\x1b[36m", "").replace("\x1b[0m", "");
}

//! What the screen shows once every redraw is applied: the text after the last erase of the line.
QByteArray afterLastErase(const QByteArray &screen)
{
    const qsizetype at = screen.lastIndexOf(kErase);
    return at < 0 ? screen : screen.mid(at + kErase.size());
}

} // namespace

class TestCliProgress final : public QObject, private CliExportFixture
{
    Q_OBJECT

private:
    QProcessEnvironment terminalEnv(const QProcessEnvironment &extra = {}) const
    {
        QProcessEnvironment env = m_cli.merged(akSkEnvironment());
        env.remove(u"NO_COLOR"_s);
        env.insert(u"TERM"_s, u"xterm-256color"_s);
        for (const QString &k : extra.keys())
            env.insert(k, extra.value(k));
        return env;
    }
    QStringList exportArgs(const QStringList &extra = {}) const
    {
        return exportTo(m_server.httpUrl()) + QStringList{u"--row"_s, kRow} + extra;
    }

private slots:
    void initTestCase() { startFixture(); }
    void init() { resetFixture(); }

    void terminalShowsStagesAndGrowingBytesThenErasesTheLine()
    {
        QVERIFY(m_server.setScenario(kExportPath, slowBody()));
        PtyResult r = PtyRunner::run(exportArgs(), terminalEnv());
        QVERIFY2(r.problem.isEmpty(), qPrintable(r.problem));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.screen.contains("\x1b[36m"), "the stage is coloured on a colour terminal");
        r.screen = uncoloured(r.screen);
        // Stages shorter than one redraw interval may never be drawn (Connecting to a loopback
        // server takes a millisecond); those that last are, in order.
        const qsizetype checking = firstIndexOf(r.screen, "Checking the rows");
        const qsizetype waiting = firstIndexOf(r.screen, "Waiting for the service");
        const qsizetype receiving = firstIndexOf(r.screen, "Receiving: ");
        QVERIFY2(checking >= 0 && waiting > checking && receiving > waiting, r.screen.constData());
        const QList<double> counts = receivedCounts(r.screen);
        QVERIFY2(counts.size() >= 3, r.screen.constData());
        QVERIFY(std::is_sorted(counts.cbegin(), counts.cend()));
        QVERIFY2(counts.constLast() > counts.constFirst(), "the byte count never grew");
        QVERIFY(r.screen.contains(" of 96.0 KiB"));
        QVERIFY(r.screen.contains("elapsed"));
        // Once erased, nothing of the line is left: what remains is today's output exactly.
        const QByteArray final = afterLastErase(r.screen);
        QCOMPARE(QString::fromUtf8(final).split(u'\n', Qt::SkipEmptyParts).size(), 2);
        QVERIFY2(final.contains("Saved 98304 bytes"), final.constData());
        QVERIFY2(!final.contains("Receiving") && !final.contains('\r') && !final.contains("\x1b"), final.constData());
        QVERIFY(QFileInfo::exists(QDir(out()).filePath(u"consistency-results.csv"_s)));
    }

    void aNarrowTerminalGetsAShortenedLineThatNeverWraps()
    {
        QVERIFY(m_server.setScenario(kExportPath, slowBody()));
        const PtyResult r = PtyRunner::run(exportArgs(), terminalEnv({}), 40);
        QVERIFY2(r.problem.isEmpty(), qPrintable(r.problem));
        QCOMPARE(r.exitCode, 0);
        const QByteArray screen = uncoloured(r.screen);
        int drawn = 0;
        for (qsizetype at = screen.indexOf('\r'); at >= 0; at = screen.indexOf('\r', at + 1)) {
            const qsizetype end = screen.indexOf("\x1b[K", at);
            QVERIFY(end > at);
            const QString line = QString::fromUtf8(screen.mid(at + 1, end - at - 1));
            QVERIFY2(line.size() <= 39, qPrintable(line));  // ASCII here: characters are columns
            drawn += line.isEmpty() ? 0 : 1;
        }
        QVERIFY(drawn >= 3);
        QVERIFY(screen.contains("…"));
    }

    void noProgressWithoutTerminalJsonOrQuiet_data()
    {
        QTest::addColumn<bool>("terminal");
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("stderr is a pipe") << false << QStringList();
        QTest::newRow("--json on a terminal") << true << QStringList{u"--json"_s};
        QTest::newRow("--quiet on a terminal") << true << QStringList{u"--quiet"_s};
        QTest::newRow("-q on a terminal") << true << QStringList{u"-q"_s};
        QTest::newRow("--json --progress") << false << QStringList{u"--json"_s, u"--progress"_s};
    }
    void noProgressWithoutTerminalJsonOrQuiet()
    {
        QFETCH(bool, terminal);
        QFETCH(QStringList, extra);
        QVERIFY(m_server.setScenario(kExportPath, slowBody()));
        QByteArray stderrBytes;
        int code = -1;
        if (terminal) {
            const PtyResult r = PtyRunner::run(exportArgs(extra), terminalEnv());
            QVERIFY2(r.problem.isEmpty(), qPrintable(r.problem));
            stderrBytes = r.screen;
            code = r.exitCode;
        } else {
            QProcessEnvironment env = akSkEnvironment();
            env.insert(u"TERM"_s, u"xterm"_s);
            const CliResult r = m_cli.run(exportArgs(extra), env);
            stderrBytes = r.err;
            code = r.exitCode;
        }
        QCOMPARE(code, 0);
        for (const char *progress : {"Receiving", "Connecting", "Checking the rows", "elapsed", "\r", "\x1b"})
            QVERIFY2(!stderrBytes.contains(progress), stderrBytes.constData());
        if (extra.contains(u"--quiet"_s) || extra.contains(u"-q"_s))
            QVERIFY2(!stderrBytes.contains("Saved"), "--quiet prints only errors");
    }

    void progressOptionPrintsPlainLinesWithoutTerminal()
    {
        QVERIFY(m_server.setScenario(kExportPath, slowBody()));
        const CliResult r = m_cli.run(exportArgs({u"--progress"_s}), akSkEnvironment());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("Receiving") && r.err.contains("Connecting"), r.err.constData());
        QVERIFY2(!r.err.contains('\r') && !r.err.contains('\x1b'), r.err.constData());
        QVERIFY(r.errLines().constLast().startsWith(u"Saved 98304 bytes"_s));
    }

    void dumbTerminalAndNoColor_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("inPlace");
        QTest::newRow("TERM=dumb: plain lines") << u"TERM"_s << u"dumb"_s << false;
        QTest::newRow("NO_COLOR: redrawn, no colour") << u"NO_COLOR"_s << u"1"_s << true;
    }
    void dumbTerminalAndNoColor()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(bool, inPlace);
        QVERIFY(m_server.setScenario(kExportPath, slowBody()));
        QProcessEnvironment extra;
        extra.insert(name, value);
        const PtyResult r = PtyRunner::run(exportArgs(), terminalEnv(extra));
        QVERIFY2(r.problem.isEmpty(), qPrintable(r.problem));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.screen.contains("Receiving"), r.screen.constData());
        QVERIFY2(!r.screen.contains("\x1b[36m"), "no colour");
        QCOMPARE(r.screen.contains(kErase), inPlace);
        QCOMPARE(r.screen.contains('\r'), inPlace);
    }

    void listShowsItemsAndPages()
    {
        m_server.setConfig({{u"source_count"_s, 450}});
        // Every page answers after 300 ms (a gateway_echo scenario with a valid signature answers normally).
        QVERIFY(m_server.setScenario(u"/v3/sources"_s, {{u"name"_s, u"gateway_echo"_s}, {u"wait_ms"_s, 300}}));
        QStringList args{u"list-servers"_s, u"--endpoint"_s, m_server.httpUrl().toString()};
        PtyResult r = PtyRunner::run(args, terminalEnv());
        QVERIFY2(r.problem.isEmpty(), qPrintable(r.problem));
        QCOMPARE(r.exitCode, 0);
        r.screen = uncoloured(r.screen);
        QVERIFY2(r.screen.contains("Waiting for the service"), r.screen.constData());
        QVERIFY2(r.screen.contains("Listing: 200 of 450 items, pages received: 1"), r.screen.constData());
        QVERIFY2(afterLastErase(r.screen).contains("450 source servers."), r.screen.right(400).constData());
        QVERIFY(!afterLastErase(r.screen).contains("Listing"));
    }

    void ctrlCClearsTheLineAndPrintsTheInterruptedMessage_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QJsonObject>("scenario");
        // Racy by nature (where the signal lands): repeated so a 1-in-10 failure could not hide.
        for (int i = 0; i < 25; ++i) {
            QTest::addRow("waiting for the service #%d", i) << u"Waiting for the service"_s
                                                            << QJsonObject{{u"name"_s, u"hang"_s}};
            QTest::addRow("receiving #%d", i)
                << u"Receiving"_s
                << QJsonObject{{u"name"_s, u"slow"_s}, {u"total"_s, 1024 * 1024}, {u"chunk"_s, 1024}, {u"delay_ms"_s, 50}};
        }
    }
    void ctrlCClearsTheLineAndPrintsTheInterruptedMessage()
    {
        QFETCH(QString, stage);
        QFETCH(QJsonObject, scenario);
        QVERIFY(m_server.setScenario(kExportPath, scenario));
        bool typed = false;
        const QByteArray marker = stage.toUtf8();
        const PtyResult r = PtyRunner::run(exportArgs(), terminalEnv(), 120,
                                           [&typed, &marker](const QByteArray &screen, int master) {
            if (!typed && screen.contains(marker)) {
                typed = true;
                [[maybe_unused]] const auto n = ::write(master, "\x03", 1);  // Ctrl+C on the terminal
            }
        });
        QVERIFY2(r.problem.isEmpty(), qPrintable(r.problem));
        QVERIFY2(typed, r.screen.constData());
        QCOMPARE(r.exitCode, 130);
        const QByteArray final = afterLastErase(r.screen);
        QVERIFY2(final.startsWith("The request was cancelled."), r.screen.right(300).constData());
        QVERIFY2(!final.contains(marker) && !final.contains("elapsed") && !final.contains('\r'), final.constData());
        QVERIFY(entriesIn(out()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliProgress)
#include "tst_cliprogress.moc"
