// SPDX-License-Identifier: GPL-3.0-or-later
#include "doctor/steps/ConnectionStep.h"

#include "doctor/DoctorContext.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

// The doctor should answer quickly: a host that needs longer than this to accept is reported.
constexpr int kMaxConnectSeconds = 15;

} // namespace

ConnectionStep::ConnectionStep(DoctorContext *context, QObject *parent)
    : DoctorStep(DoctorCheckId::Connection, context, parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ConnectionStep::onTimeout);
}

ConnectionStep::~ConnectionStep()
{
    if (m_socket)
        m_socket->abort();
}

bool ConnectionStep::isProxyError(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ProxyAuthenticationRequiredError:
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyProtocolError:
        return true;
    default:
        return false;
    }
}

void ConnectionStep::start()
{
    if (!m_context->configurationUsable || m_context->hosts.isEmpty())
        return skip(tr("no endpoint to connect to (see Configuration)"));
    connectNext();
}

void ConnectionStep::connectNext()
{
    while (m_index < m_context->hosts.size() && !m_context->hosts.at(m_index).resolved) {
        m_lines << tr("%1: not tried (the name did not resolve)").arg(m_context->hosts.at(m_index).host);
        m_failed << m_context->hosts.at(m_index).host;
        ++m_index;
    }
    if (m_index >= m_context->hosts.size()) {
        DoctorCheck check = blank();
        check.detail = m_lines.join(u'\n');
        const QString proxy = m_context->proxyText(m_context->hosts.constFirst().url);
        if (m_failed.isEmpty()) {
            check.verdict = DoctorVerdict::Ok;
            check.figure = tr("%n host(s), slowest %1 ms, proxy %2", nullptr, int(m_context->hosts.size()))
                               .arg(m_slowestMs)
                               .arg(proxy);
        } else {
            check.verdict = DoctorVerdict::Failed;
            check.figure = m_proxyProblem.isEmpty() ? tr("%1 not reachable, proxy %2").arg(m_failed.join(u", "_s), proxy)
                                                    : m_proxyProblem;
            check.fix = !m_proxyProblem.isEmpty()
                ? tr("Check the proxy's address, port, user name and password (profile or --proxy), or ask "
                     "the network administrator which proxy to use.")
                : tr("Check the endpoint's port, a firewall between here and the service, and whether this "
                     "network needs a proxy (profile or --proxy).");
        }
        return finish(check);
    }
    const DoctorHost &host = m_context->hosts.at(m_index);
    const std::optional<QNetworkProxy> proxy = m_context->proxyFor(host.url);
    if (!proxy) {
        m_proxyProblem = tr("the configured proxy is not a usable URL");
        return done(false, tr("%1: not tried (the proxy setting is unusable)").arg(host.host));
    }
    m_usedProxy = proxy->type() != QNetworkProxy::NoProxy;
    m_socket = new QTcpSocket(this);
    m_socket->setProxy(*proxy);
    connect(m_socket, &QTcpSocket::connected, this, &ConnectionStep::onConnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &ConnectionStep::onError);
    m_timer.start();
    m_timeout.start(std::min(kMaxConnectSeconds, std::max(1, m_context->profile.transport.connectTimeoutSeconds)) * 1000);
    m_socket->connectToHost(host.host, host.port);
}

void ConnectionStep::onConnected()
{
    const qint64 ms = m_timer.elapsed();
    m_slowestMs = std::max(m_slowestMs, ms);
    DoctorHost &host = m_context->hosts[m_index];
    host.connected = true;
    done(true, m_usedProxy ? tr("%1:%2 (%3): connected in %4 ms through the proxy, which answered")
                                 .arg(host.host).arg(host.port).arg(host.roles.join(u", "_s)).arg(ms)
                           : tr("%1:%2 (%3): connected in %4 ms")
                                 .arg(host.host).arg(host.port).arg(host.roles.join(u", "_s)).arg(ms));
}

void ConnectionStep::onError(QAbstractSocket::SocketError error)
{
    const DoctorHost &host = m_context->hosts.at(m_index);
    const qint64 ms = m_timer.elapsed();
    QString why;
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        why = tr("connection refused: nothing listens on port %1").arg(host.port);
        break;
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        why = tr("the proxy asks for a user name and password (407)");
        break;
    case QAbstractSocket::ProxyConnectionRefusedError:
        why = tr("the proxy refused the connection (is its address and port right?)");
        break;
    case QAbstractSocket::ProxyNotFoundError:
        why = tr("the proxy's host name could not be found");
        break;
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyProtocolError:
        why = tr("the proxy closed the connection or refused to connect to %1").arg(host.host);
        break;
    case QAbstractSocket::HostNotFoundError:
        why = tr("the host name could not be found");
        break;
    default:
        why = m_socket ? m_socket->errorString() : QString();
        break;
    }
    if (isProxyError(error))
        m_proxyProblem = tr("proxy %1: %2").arg(m_context->proxyText(host.url), why);
    done(false, tr("%1:%2: failed after %3 ms: %4").arg(host.host).arg(host.port).arg(ms).arg(why));
}

void ConnectionStep::onTimeout()
{
    const DoctorHost &host = m_context->hosts.at(m_index);
    done(false, tr("%1:%2: no connection within %3 s").arg(host.host).arg(host.port).arg(m_timer.elapsed() / 1000));
}

void ConnectionStep::done(bool ok, const QString &line)
{
    m_timeout.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_lines << line;
    if (!ok)
        m_failed << m_context->hosts.at(m_index).host;
    ++m_index;
    QMetaObject::invokeMethod(this, &ConnectionStep::connectNext, Qt::QueuedConnection);
}

} // namespace smsc
