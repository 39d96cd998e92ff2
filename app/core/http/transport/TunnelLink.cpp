// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/transport/TunnelLink.h"

#include "http/transport/PlainHttpTunnel.h"

#include <QTcpSocket>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace smsc {

std::optional<TunnelLink::Target> TunnelLink::parseHead(const QByteArray &head)
{
    const qsizetype end = head.indexOf("\r\n");
    const QList<QByteArray> parts = head.left(end).split(' ');
    if (end < 0 || parts.size() != 3 || parts[0] != "CONNECT" || !parts[2].startsWith("HTTP/1."))
        return std::nullopt;
    const QByteArray &authority = parts[1];
    const qsizetype colon = authority.lastIndexOf(':');
    if (colon <= 0)
        return std::nullopt;
    bool ok = false;
    const int port = authority.mid(colon + 1).toInt(&ok);
    QByteArray host = authority.left(colon);
    if (host.startsWith('[') && host.endsWith(']') && host.size() > 2)
        host = host.mid(1, host.size() - 2);
    if (!ok || port <= 0 || port > 65535 || host.isEmpty() || host.contains('[') || host.contains(']'))
        return std::nullopt;
    for (const char c : host) {
        if (uchar(c) <= 0x20 || uchar(c) >= 0x7f)  // a host name on the wire is printable ASCII
            return std::nullopt;
    }
    return Target{QString::fromLatin1(host), port};
}

TunnelLink::TunnelLink(QTcpSocket *client, const PlainHttpTunnel &tunnel, QObject *parent)
    : QObject(parent)
    , m_tunnel(tunnel)
    , m_client(client)
{
    m_client->setParent(this);
    connect(m_client, &QTcpSocket::readyRead, this, &TunnelLink::onClientData);
    connect(m_client, &QTcpSocket::bytesWritten, this, &TunnelLink::pumpToClient);
    connect(m_client, &QTcpSocket::disconnected, this, &TunnelLink::finish);
    onClientData();
}

void TunnelLink::onClientData()
{
    if (m_established) {
        pumpToServer();
        return;
    }
    if (m_server)
        return;  // still connecting: the client sends nothing before our answer
    m_head += m_client->read(kHeadLimit - m_head.size());
    if (!m_head.contains("\r\n\r\n")) {
        if (m_head.size() >= kHeadLimit)
            answerAndClose("HTTP/1.1 400 Bad Request");
        return;
    }
    const std::optional<Target> target = parseHead(m_head);
    if (!target) {
        answerAndClose("HTTP/1.1 400 Bad Request");
        return;
    }
    if (!m_tunnel.isAllowed(target->host, target->port)) {
        answerAndClose("HTTP/1.1 403 Forbidden");
        return;
    }
    m_server = new QTcpSocket(this);
    // Read from the destination only as fast as the client takes it (see pumpToClient()).
    m_server->setReadBufferSize(kPendingLimit);
    connect(m_server, &QTcpSocket::connected, this, &TunnelLink::onServerConnected);
    connect(m_server, &QTcpSocket::readyRead, this, &TunnelLink::pumpToClient);
    connect(m_server, &QTcpSocket::bytesWritten, this, &TunnelLink::pumpToServer);
    connect(m_server, &QTcpSocket::errorOccurred, this, &TunnelLink::onServerError);
    connect(m_server, &QTcpSocket::disconnected, this, [this] {
        m_serverEnded = true;
        pumpToClient();
    });
    m_server->connectToHost(target->host, quint16(target->port));
}

void TunnelLink::onServerConnected()
{
    m_established = true;
    m_client->write("HTTP/1.1 200 Connection established\r\n\r\n");
    m_head = m_head.mid(m_head.indexOf("\r\n\r\n") + 4);  // nothing, unless the client hurried
    if (!m_head.isEmpty())
        m_server->write(std::exchange(m_head, {}));
    pumpToServer();
    pumpToClient();
}

void TunnelLink::onServerError()
{
    if (m_established) {  // the connection ended: carry what arrived, then end the client's
        m_serverEnded = true;
        pumpToClient();
        return;
    }
    switch (m_server->error()) {
    case QAbstractSocket::HostNotFoundError:
        answerAndClose("HTTP/1.1 404 Not Found");  // Qt: HostNotFoundError
        break;
    case QAbstractSocket::ConnectionRefusedError:
        answerAndClose("HTTP/1.1 503 Service Unavailable");  // Qt: ConnectionRefusedError
        break;
    default:
        answerAndClose("HTTP/1.1 502 Bad Gateway");
        break;
    }
}

void TunnelLink::pumpToServer()
{
    if (!m_established || !m_server || m_serverEnded)
        return;
    while (m_client->bytesAvailable() > 0 && m_server->bytesToWrite() < kPendingLimit)
        m_server->write(m_client->read(kPendingLimit));
}

void TunnelLink::pumpToClient()
{
    if (!m_established || m_finished)
        return;
    // Asks for more than the socket buffers, so that its read notifications are switched on again.
    while (m_server->bytesAvailable() > 0 && m_client->bytesToWrite() < kPendingLimit)
        m_client->write(m_server->read(2 * kPendingLimit));
    if (m_serverEnded && m_server->bytesAvailable() == 0) {
        // Ends the client's connection once what is pending has been written: Qt then sees the
        // end of the connection exactly where the destination ended it.
        m_finished = true;
        m_client->disconnectFromHost();
    }
}

void TunnelLink::answerAndClose(const QByteArray &statusLine)
{
    m_finished = true;
    m_client->write(statusLine + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    m_client->disconnectFromHost();
}

void TunnelLink::finish()
{
    // The client went away (or we ended it): nothing more to carry in either direction.
    if (m_server)
        m_server->abort();
    deleteLater();
}

} // namespace smsc
