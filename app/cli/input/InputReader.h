// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Outcome.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QTimer>
#include <functional>

class QSocketNotifier;

namespace smsc::cli {

/*!
 * Reads a whole input (a file, "-" for stdin, a FIFO, a character device) without ever blocking
 * the event loop: the file is opened non-blocking and read only when poll() says so, so SIGINT
 * and SIGTERM are handled at once. Bounded by size and by time: more than `maxBytes`, no byte
 * for idleTimeoutMs() or no end after totalTimeoutMs() is a failure.
 */
class InputReader final : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Outcome<QByteArray> &bytes)>;

    InputReader(QString path, qint64 maxBytes, QObject *parent = nullptr);
    ~InputReader() override;

    void setIdleTimeoutMs(int ms) { m_idle.setInterval(ms); }
    void setTotalTimeoutMs(int ms) { m_total.setInterval(ms); }
    int idleTimeoutMs() const { return m_idle.interval(); }

    //! Starts reading; `done` is called exactly once (from the event loop), unless cancel() comes first.
    void start(Done done);
    //! Stops reading; `done` is not called.
    void cancel();
    //! What messages call the input: the path, or "stdin".
    QString origin() const;

private:
    void onReadable();
    void finish(const Outcome<QByteArray> &result);
    Failure failure(const QString &message) const;

    QString m_path;
    qint64 m_maxBytes;
    int m_fd = -1;
    bool m_ownsFd = false;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_idle;
    QTimer m_total;
    QByteArray m_data;
    Done m_done;
};

} // namespace smsc::cli
