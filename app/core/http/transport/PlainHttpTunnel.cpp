// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/transport/PlainHttpTunnel.h"

#include "http/transport/TunnelLink.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

QString targetKey(const QString &host, int port)
{
    QString h = host.toLower();
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    return h + u':' + QString::number(port);
}

} // namespace

PlainHttpTunnel *PlainHttpTunnel::forManager(QObject *manager)
{
    if (!manager)
        return nullptr;
    if (auto *existing = manager->findChild<PlainHttpTunnel *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    auto *tunnel = new PlainHttpTunnel(manager);
    if (!tunnel->listen()) {
        delete tunnel;
        return nullptr;
    }
    return tunnel;
}

PlainHttpTunnel::PlainHttpTunnel(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &PlainHttpTunnel::onNewConnection);
}

PlainHttpTunnel::~PlainHttpTunnel() = default;

bool PlainHttpTunnel::listen()
{
    return m_server->isListening() || m_server->listen(QHostAddress::LocalHost, 0);
}

QNetworkProxy PlainHttpTunnel::proxy() const
{
    QNetworkProxy p(QNetworkProxy::HttpProxy, QHostAddress(QHostAddress::LocalHost).toString(),
                    m_server->serverPort());
    // Tunnelling only: without the caching capability Qt sends CONNECT for plain HTTP too, so
    // the HTTP inside reaches the server exactly as it would without a proxy.
    p.setCapabilities(QNetworkProxy::TunnelingCapability);
    return p;
}

void PlainHttpTunnel::allow(const QString &host, int port)
{
    m_allowed.insert(targetKey(host, port));
}

bool PlainHttpTunnel::isAllowed(const QString &host, int port) const
{
    return m_allowed.contains(targetKey(host, port));
}

int PlainHttpTunnel::openLinks() const
{
    return int(findChildren<TunnelLink *>(QString(), Qt::FindDirectChildrenOnly).size());
}

void PlainHttpTunnel::onNewConnection()
{
    while (QTcpSocket *client = m_server->nextPendingConnection())
        new TunnelLink(client, *this, this);
}

} // namespace smsc
