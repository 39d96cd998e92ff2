// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/ProgressLine.h"

#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using smsc::cli::ProgressLine;
using smsc::cli::ProgressState;
using Mode = ProgressLine::Mode;

namespace {

//! A FILE* whose bytes the test can read back.
class Capture final
{
public:
    Capture() : m_file(std::tmpfile()) {}
    ~Capture() { std::fclose(m_file); }
    std::FILE *file() const { return m_file; }
    QByteArray bytes() const
    {
        std::fflush(m_file);
        const long end = std::ftell(m_file);
        QByteArray data(end, '\0');
        std::rewind(m_file);
        const size_t n = std::fread(data.data(), 1, size_t(end), m_file);
        std::fseek(m_file, 0, SEEK_END);
        return data.left(qsizetype(n));
    }

private:
    std::FILE *m_file;
};

QProcessEnvironment env(const QStringList &pairs)
{
    QProcessEnvironment e;
    for (const QString &pair : pairs)
        e.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    return e;
}

} // namespace

class TestProgressLine final : public QObject
{
    Q_OBJECT

private slots:
    void modeFor_data()
    {
        QTest::addColumn<bool>("quiet");
        QTest::addColumn<bool>("json");
        QTest::addColumn<bool>("forced");
        QTest::addColumn<bool>("terminal");
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<Mode>("expected");
        QTest::newRow("terminal: live") << false << false << false << true << QStringList{u"TERM=xterm"_s} << Mode::Live;
        QTest::newRow("pipe: off") << false << false << false << false << QStringList{u"TERM=xterm"_s} << Mode::Off;
        QTest::newRow("--json on a terminal: off") << false << true << false << true << QStringList() << Mode::Off;
        QTest::newRow("--quiet on a terminal: off") << true << false << false << true << QStringList() << Mode::Off;
        QTest::newRow("--quiet wins over --progress") << true << false << true << false << QStringList() << Mode::Off;
        QTest::newRow("--json wins over --progress") << false << true << true << true << QStringList() << Mode::Off;
        QTest::newRow("--progress on a pipe: plain") << false << false << true << false << QStringList() << Mode::Plain;
        QTest::newRow("--progress on a terminal: plain") << false << false << true << true << QStringList() << Mode::Plain;
        QTest::newRow("TERM=dumb: plain") << false << false << false << true << QStringList{u"TERM=dumb"_s} << Mode::Plain;
        QTest::newRow("NO_COLOR still redraws") << false << false << false << true << QStringList{u"NO_COLOR=1"_s}
                                                << Mode::Live;
    }
    void modeFor()
    {
        QFETCH(bool, quiet);
        QFETCH(bool, json);
        QFETCH(bool, forced);
        QFETCH(bool, terminal);
        QFETCH(QStringList, environment);
        QFETCH(Mode, expected);
        QCOMPARE(ProgressLine::modeFor(quiet, json, forced, terminal, env(environment)), expected);
    }

    void colour()
    {
        QVERIFY(ProgressLine::colourFor(env({u"TERM=xterm"_s})));
        QVERIFY(!ProgressLine::colourFor(env({u"TERM=xterm"_s, u"NO_COLOR=1"_s})));
        QVERIFY(!ProgressLine::colourFor(env({u"TERM=xterm"_s, u"NO_COLOR="_s})));
        QVERIFY(!ProgressLine::colourFor(env({u"TERM=dumb"_s})));
    }

    void offWritesNothing()
    {
        Capture out;
        {
            ProgressLine line(Mode::Off, true, out.file());
            line.setStage(ProgressState::Stage::Receiving);
            line.setBytes(10, 100);
            line.clear();
        }
        QCOMPARE(out.bytes(), QByteArray());
    }

    void bytesAreOnlyStoredAndDrawnByTheTimer()
    {
        Capture out;
        ProgressLine line(Mode::Live, false, out.file());
        line.setStage(ProgressState::Stage::Receiving);
        const QByteArray first = out.bytes();
        QVERIFY(first.startsWith("\rReceiving: "));
        QVERIFY(first.endsWith("\x1b[K"));
        // A fast download reports every chunk; none of them may write by itself.
        for (qint64 i = 1; i < 100000; ++i)
            line.setBytes(i * 1024, 100000 * 1024);
        QCOMPARE(out.bytes(), first);
        QTRY_VERIFY(out.bytes().size() > first.size());  // the next timer tick draws the latest state
        QVERIFY(out.bytes().contains("Receiving: 97.7 MiB of 97.7 MiB (99%)"));
    }

    void clearErasesAndStopKeepsItErased()
    {
        Capture out;
        auto *line = new ProgressLine(Mode::Live, true, out.file());
        line->setStage(ProgressState::Stage::Connecting);
        QVERIFY(out.bytes().contains("\x1b[36mConnecting\x1b[0m"));
        line->clear();
        QVERIFY(out.bytes().endsWith("\r\x1b[K"));
        line->stop();
        const QByteArray stopped = out.bytes();
        line->setStage(ProgressState::Stage::Receiving);
        line->setBytes(1, 2);
        QTest::qWait(3 * ProgressLine::kLiveIntervalMs);  // ticks that must draw nothing
        delete line;
        QCOMPARE(out.bytes(), stopped);
    }

    void plainWritesWholeLines()
    {
        Capture out;
        ProgressLine line(Mode::Plain, true, out.file());
        line.setStage(ProgressState::Stage::Connecting);
        line.setStage(ProgressState::Stage::Waiting);
        line.stop();
        const QByteArray bytes = out.bytes();
        QCOMPARE(bytes.count('\n'), 2);
        QVERIFY(!bytes.contains('\r') && !bytes.contains('\x1b'));
        QVERIFY(bytes.startsWith("Connecting… 0:00 elapsed\n"));
    }
};

QTEST_GUILESS_MAIN(TestProgressLine)
#include "tst_progressline.moc"
