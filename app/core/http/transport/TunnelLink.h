// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <optional>

class QTcpSocket;

namespace smsc {

class PlainHttpTunnel;

/*!
 * One connection carried by PlainHttpTunnel: reads the client's `CONNECT host:port` head, connects
 * to that destination (when allowed), answers 200, then copies bytes both ways until either side
 * ends, and ends the other side the same way. Never buffers more than a bounded amount towards the
 * client: it stops reading from the destination until the client has taken what is pending.
 * A failed connection is answered with the status Qt maps back to the same socket error
 * (404: host not found, 503: connection refused). Deletes itself when both sides are closed.
 */
class TunnelLink final : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kHeadLimit = 8 * 1024;
    static constexpr qint64 kPendingLimit = 512 * 1024;

    struct Target
    {
        QString host;  //!< IPv6 literals without their brackets
        int port = 0;
    };
    //! The destination of a `CONNECT host:port HTTP/1.x` head; nullopt when it is anything else.
    static std::optional<Target> parseHead(const QByteArray &head);

    TunnelLink(QTcpSocket *client, const PlainHttpTunnel &tunnel, QObject *parent);

private:
    void onClientData();
    void onServerConnected();
    void onServerError();
    void pumpToServer();
    void pumpToClient();
    void answerAndClose(const QByteArray &statusLine);
    void finish();

    const PlainHttpTunnel &m_tunnel;
    QTcpSocket *m_client;
    QTcpSocket *m_server = nullptr;
    QByteArray m_head;
    bool m_established = false;
    bool m_serverEnded = false;
    bool m_finished = false;
};

} // namespace smsc
