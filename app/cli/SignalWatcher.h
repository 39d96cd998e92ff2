// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace smsc::cli {

/*!
 * Turns SIGINT and SIGTERM into a Qt signal (self-pipe), so a running export can be cancelled
 * cleanly: the job removes its partial file and the process exits 130 (SIGINT) or 143 (SIGTERM).
 * Commands connect to it before reading any input, and never block the event loop (see
 * input/InputReader), so the first signal is seen at once. A second signal while
 * the first is being handled ends the process at once.
 */
class SignalWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    bool interrupted() const { return m_signal != 0; }
    int exitCode() const;  //!< 130 for SIGINT, 143 for SIGTERM

signals:
    void interruptRequested();

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
    int m_signal = 0;
};

} // namespace smsc::cli
