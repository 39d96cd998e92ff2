// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/ProgressLine.h"

#include "output/TerminalText.h"

#include <sys/ioctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace smsc::cli {

namespace {

constexpr qint64 kRateWindowMs = 3000;
const QByteArray kEraseLine = "\r\x1b[K";

bool isDumb(const QProcessEnvironment &env)
{
    return env.value(u"TERM"_s) == u"dumb"_s;
}

} // namespace

ProgressLine::Mode ProgressLine::modeFor(bool quiet, bool json, bool forced, bool stderrIsTerminal,
                                         const QProcessEnvironment &env)
{
    if (quiet || json)
        return Mode::Off;
    if (forced)
        return Mode::Plain;
    if (!stderrIsTerminal)
        return Mode::Off;
    return isDumb(env) ? Mode::Plain : Mode::Live;
}

bool ProgressLine::colourFor(const QProcessEnvironment &env)
{
    return !env.contains(u"NO_COLOR"_s) && !isDumb(env);
}

QCommandLineOption ProgressLine::quietOption()
{
    return QCommandLineOption(QStringList{u"q"_s, u"quiet"_s},
                              tr("Print only errors on stderr: no progress, no notes (results still go to stdout)."));
}

QCommandLineOption ProgressLine::progressOption()
{
    return QCommandLineOption(u"progress"_s, tr("Print progress as plain lines every few seconds, even when stderr "
                                                "is not a terminal (for CI logs)."));
}

ProgressLine::ProgressLine(Mode mode, bool colour, std::FILE *stream, QObject *parent)
    : QObject(parent), m_mode(mode), m_colour(colour && mode == Mode::Live), m_stream(stream)
{
    m_elapsed.start();
    if (m_mode == Mode::Off)
        return;
    m_timer.setInterval(m_mode == Mode::Live ? kLiveIntervalMs : kPlainIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ProgressLine::tick);
    m_timer.start();
}

ProgressLine::~ProgressLine()
{
    stop();
}

void ProgressLine::setStage(ProgressState::Stage stage)
{
    if (m_mode == Mode::Off || m_stopped || m_state.stage == stage)
        return;
    m_state.stage = stage;
    m_dirty = true;
    if (stage == ProgressState::Stage::Receiving)
        m_samples.clear();  // the rate counts from the first byte, not from the request
    // A new stage is shown at once (stages change a handful of times per run), but never more
    // often than the live interval.
    if (m_mode == Mode::Plain || m_lastDrawMs < 0 || m_elapsed.elapsed() - m_lastDrawMs >= kLiveIntervalMs)
        draw();
}

void ProgressLine::setBytes(qint64 received, qint64 total)
{
    m_state.bytes = received;
    m_state.bytesTotal = total;
    m_dirty = true;
    if (total > 0 && received >= total && m_state.stage == ProgressState::Stage::Receiving)
        setStage(ProgressState::Stage::Saving);  // the body is complete: the file is being committed
}

void ProgressLine::setItems(int pages, int items, int total)
{
    m_state.pages = pages;
    m_state.items = items;
    m_state.itemsTotal = total;
    m_dirty = true;
    setStage(ProgressState::Stage::Listing);
}

void ProgressLine::setBatches(int done, int total, qint64 rows, qint64 rowsTotal, qint64 bytes)
{
    m_state.batchesDone = done;
    m_state.batchesTotal = total;
    m_state.rowsDone = rows;
    m_state.rowsTotal = rowsTotal;
    m_state.bytes = bytes;
    m_dirty = true;
    setStage(ProgressState::Stage::Batches);
}

QString ProgressLine::text() const
{
    return TerminalText::printable(ProgressText::line(m_state, m_elapsed.elapsed(), rate()));
}

void ProgressLine::clear()
{
    if (m_mode != Mode::Live || !m_shown)
        return;
    write(kEraseLine);
    m_shown = false;
    m_dirty = true;
}

void ProgressLine::stop()
{
    if (m_stopped)
        return;
    clear();
    m_stopped = true;
    m_timer.stop();
}

void ProgressLine::tick()
{
    if (m_stopped)
        return;
    sample();
    const qint64 now = m_elapsed.elapsed();
    // Live: redraw when something changed or the elapsed second moved. Plain: one line per interval.
    if (m_mode == Mode::Plain || m_dirty || now / 1000 != m_lastDrawMs / 1000)
        draw();
}

void ProgressLine::sample()
{
    const qint64 now = m_elapsed.elapsed();
    m_samples.append({now, m_state.bytes});
    while (m_samples.size() > 2 && now - m_samples.constFirst().first > kRateWindowMs)
        m_samples.removeFirst();
}

double ProgressLine::rate() const
{
    if (m_samples.size() < 2)
        return -1;
    const auto &[t0, b0] = m_samples.constFirst();
    const auto &[t1, b1] = m_samples.constLast();
    if (t1 - t0 < 500)
        return -1;
    return double(b1 - b0) * 1000.0 / double(t1 - t0);
}

int ProgressLine::columns() const
{
    winsize size = {};
    if (::ioctl(::fileno(m_stream), TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
    return 80;
}

void ProgressLine::draw()
{
    if (m_stopped || m_mode == Mode::Off)
        return;
    m_lastDrawMs = m_elapsed.elapsed();
    m_dirty = false;
    QString line = text();
    if (m_mode == Mode::Plain) {
        write(line.toUtf8() + '\n');
        return;
    }
    line = TerminalText::elide(line, columns() - 1);  // a wrapped line could not be redrawn in place
    QByteArray bytes = line.toUtf8();
    const QByteArray stage = TerminalText::printable(ProgressText::stageName(m_state.stage)).toUtf8();
    if (m_colour && bytes.startsWith(stage))
        bytes = "\x1b[36m" + stage + "\x1b[0m" + bytes.mid(stage.size());
    write('\r' + bytes + "\x1b[K");
    m_shown = true;
}

void ProgressLine::write(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_stream);
    std::fflush(m_stream);
}

} // namespace smsc::cli
