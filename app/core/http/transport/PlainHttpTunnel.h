// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkProxy>
#include <QObject>
#include <QSet>
#include <QString>

class QTcpServer;

namespace smsc {

/*!
 * A CONNECT tunnel on 127.0.0.1 that plain-HTTP requests without a proxy go through.
 *
 * Qt 6.4 reads a plain-HTTP answer that uses no proxy from an unbuffered socket, and on that socket a
 * connection that ends inside the body can end the reply as if it were complete (docs/PLATFORM.md
 * "Network replies"). Through a proxy Qt reads from a buffered socket, where every end of the
 * connection is reported, so `TransportProxyFactory` routes such requests through this tunnel.
 * It carries bytes and ends; it reads nothing of the HTTP inside. It connects only to the hosts
 * and ports the app itself asked for (allow()), so another local user cannot use it to reach
 * anything else. Lives in the network manager's thread, as its child.
 */
class PlainHttpTunnel final : public QObject
{
    Q_OBJECT
public:
    //! The manager's tunnel, created and started on first use; null when it cannot listen.
    static PlainHttpTunnel *forManager(QObject *manager);

    explicit PlainHttpTunnel(QObject *parent = nullptr);
    ~PlainHttpTunnel() override;

    bool listen();                          //!< on 127.0.0.1, a port the OS picks
    QNetworkProxy proxy() const;            //!< tunnelling only: Qt sends CONNECT host:port
    void allow(const QString &host, int port);  //!< a destination the tunnel will connect to
    bool isAllowed(const QString &host, int port) const;
    int openLinks() const;                  //!< connections being carried (for tests)

private:
    void onNewConnection();

    QTcpServer *m_server;
    QSet<QString> m_allowed;  // "host:port", host in lower case, IPv6 without brackets
};

} // namespace smsc
