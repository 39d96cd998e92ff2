// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "output/ProgressText.h"

#include <QCommandLineOption>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QTimer>
#include <cstdio>

namespace smsc::cli {

/*!
 * The one status line a command shows on stderr while it works (README.md "The command line":
 * progress). Fed by the command's stage and byte/item callbacks, which only store numbers; the
 * line is drawn from a timer, at most 10 times a second (Live) or once every few seconds
 * (Plain), so a fast download does not pay for it. Live redraws in place and is erased before
 * any other output (Console's before-output hook) and when the command ends.
 */
class ProgressLine final : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Off, Live, Plain };
    Q_ENUM(Mode)

    static constexpr int kLiveIntervalMs = 100;
    static constexpr int kPlainIntervalMs = 5000;

    //! Off with --quiet or --json, Plain with --progress (or TERM=dumb on a terminal), Live when
    //! stderr is a terminal, otherwise Off.
    static Mode modeFor(bool quiet, bool json, bool forced, bool stderrIsTerminal, const QProcessEnvironment &env);
    //! Colour unless NO_COLOR is set (https://no-color.org) or the terminal is dumb.
    static bool colourFor(const QProcessEnvironment &env);
    static QCommandLineOption quietOption();
    static QCommandLineOption progressOption();

    ProgressLine(Mode mode, bool colour, std::FILE *stream = stderr, QObject *parent = nullptr);
    ~ProgressLine() override;

    Mode mode() const { return m_mode; }
    void setStage(ProgressState::Stage stage);
    void setBytes(qint64 received, qint64 total);       //!< total -1 when unknown
    void setItems(int pages, int items, int total);     //!< total -1 when unknown
    //! A batch run: batches finished of this run's total, rows saved of all, bytes saved.
    void setBatches(int done, int total, qint64 rows, qint64 rowsTotal, qint64 bytes);
    void clear();  //!< erases a shown live line now; it is drawn again at the next tick
    void stop();   //!< erases the line and draws nothing more
    //! The text the line shows now (printable, not cut to the terminal's width).
    QString text() const;

private:
    void tick();
    void draw();
    void sample();
    double rate() const;
    int columns() const;
    void write(const QByteArray &bytes);

    Mode m_mode;
    bool m_colour;
    std::FILE *m_stream;
    ProgressState m_state;
    QElapsedTimer m_elapsed;
    QTimer m_timer;
    QList<std::pair<qint64, qint64>> m_samples;  //!< (ms, bytes) over the last few seconds
    qint64 m_lastDrawMs = -1;
    bool m_shown = false;
    bool m_dirty = true;
    bool m_stopped = false;
};

} // namespace smsc::cli
