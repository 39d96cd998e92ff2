// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignalWatcher.h"

#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace smsc::cli {

namespace {

int g_fds[2] = {-1, -1};  // async-signal-safe handoff: the handler may only write()
volatile std::sig_atomic_t g_pending = 0;

extern "C" void onSignal(int signo)
{
    if (g_pending) {
        ::_exit(128 + signo);
    }
    g_pending = 1;
    const char byte = char(signo);
    [[maybe_unused]] const auto written = ::write(g_fds[0], &byte, 1);
}

} // namespace

SignalWatcher::SignalWatcher(QObject *parent) : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_fds) != 0)
        return;
    m_notifier = new QSocketNotifier(g_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalWatcher::onReadable);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

SignalWatcher::~SignalWatcher()
{
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
    delete m_notifier;
    for (int &fd : g_fds) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

int SignalWatcher::exitCode() const
{
    return 128 + (m_signal ? m_signal : SIGINT);
}

void SignalWatcher::onReadable()
{
    char byte = 0;
    if (::read(g_fds[1], &byte, 1) != 1)
        return;
    m_signal = byte;
    emit interruptRequested();
}

} // namespace smsc::cli
