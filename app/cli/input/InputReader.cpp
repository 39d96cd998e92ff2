// SPDX-License-Identifier: GPL-3.0-or-later
#include "input/InputReader.h"

#include "util/FileOps.h"

#include <QFile>
#include <QLocale>
#include <QSocketNotifier>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace smsc::cli {

namespace {
constexpr qint64 kReadChunk = 64 * 1024;
constexpr int kDefaultIdleMs = 60 * 1000;
constexpr int kDefaultTotalMs = 5 * 60 * 1000;

// A limit in whole seconds for a message, rounded up: a limit under a second is not "0 seconds".
int wholeSeconds(int ms)
{
    return (ms + 999) / 1000;
}
} // namespace

InputReader::InputReader(QString path, qint64 maxBytes, QObject *parent)
    : QObject(parent), m_path(std::move(path)), m_maxBytes(maxBytes)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(kDefaultIdleMs);
    m_total.setSingleShot(true);
    m_total.setInterval(kDefaultTotalMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        finish(failure(tr("Nothing arrived from %1 for %2 seconds; giving up.")
                           .arg(origin(), QString::number(wholeSeconds(m_idle.interval())))));
    });
    connect(&m_total, &QTimer::timeout, this, [this] {
        finish(failure(tr("%1 did not end within %2 seconds; giving up.")
                           .arg(origin(), QString::number(wholeSeconds(m_total.interval())))));
    });
}

InputReader::~InputReader()
{
    cancel();
}

QString InputReader::origin() const
{
    return m_path == u"-"_s ? tr("stdin") : m_path;
}

Failure InputReader::failure(const QString &message) const
{
    return Failure{message};
}

void InputReader::start(Done done)
{
    m_done = std::move(done);
    m_data.clear();
    if (m_path == u"-"_s) {
        m_fd = STDIN_FILENO;  // never made non-blocking: that flag would be shared with the parent's terminal
        m_ownsFd = false;
    } else {
        // O_NONBLOCK: opening a FIFO without a writer returns at once instead of waiting in open(2).
        m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        m_ownsFd = m_fd >= 0;
    }
    struct stat info = {};
    if (m_fd < 0 || ::fstat(m_fd, &info) != 0) {
        const int error = errno;
        QMetaObject::invokeMethod(this, [this, error] {
            finish(failure(tr("Cannot read %1: %2").arg(origin(), FileOps::osReason(error))));
        }, Qt::QueuedConnection);
        return;
    }
    if (S_ISDIR(info.st_mode) || (S_ISREG(info.st_mode) && info.st_size > m_maxBytes)) {
        const QString message = S_ISDIR(info.st_mode)
            ? tr("%1 is a folder, not a file.").arg(origin())
            : tr("%1 is larger than %2, too large.").arg(origin(), QLocale().formattedDataSize(m_maxBytes));
        QMetaObject::invokeMethod(this, [this, message] { finish(failure(message)); }, Qt::QueuedConnection);
        return;
    }
    // Only read after poll(2) reported data or the end, so read(2) never waits, even on stdin.
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InputReader::onReadable);
    m_idle.start();
    m_total.start();
}

void InputReader::onReadable()
{
    QByteArray chunk(kReadChunk, Qt::Uninitialized);
    const ssize_t got = ::read(m_fd, chunk.data(), size_t(chunk.size()));
    if (got < 0) {
        if (errno == EAGAIN || errno == EINTR)
            return;
        finish(failure(tr("Cannot read %1: %2").arg(origin(), FileOps::osReason(errno))));
        return;
    }
    if (got == 0) {
        finish(m_data);
        return;
    }
    m_idle.start();
    m_data.append(chunk.constData(), got);
    if (m_data.size() > m_maxBytes) {
        finish(failure(tr("%1 is larger than %2, too large.").arg(origin(), QLocale().formattedDataSize(m_maxBytes))));
        m_data.clear();
    }
}

void InputReader::finish(const Outcome<QByteArray> &result)
{
    Done done = std::exchange(m_done, nullptr);
    cancel();
    if (done)
        done(result);
}

void InputReader::cancel()
{
    m_done = nullptr;
    m_idle.stop();
    m_total.stop();
    delete m_notifier;  // safe inside its own activated(): QSocketNotifier::event() guards itself
    m_notifier = nullptr;
    if (m_ownsFd && m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_ownsFd = false;
}

} // namespace smsc::cli
