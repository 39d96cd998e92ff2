// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/transport/TransportProxyFactory.h"

#include "http/transport/PlainHttpTunnel.h"

#include <QNetworkAccessManager>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace smsc {

void TransportProxyFactory::install(QNetworkAccessManager *manager, std::optional<QNetworkProxy> configured)
{
    std::optional<QNetworkProxy> managerOwn;
    if (const auto *current = dynamic_cast<const TransportProxyFactory *>(manager->proxyFactory()))
        managerOwn = current->m_managerOwn;
    else if (manager->proxy().type() != QNetworkProxy::DefaultProxy)
        managerOwn = manager->proxy();
    auto *factory = new TransportProxyFactory(configured ? configured : managerOwn, manager);
    factory->m_managerOwn = managerOwn;
    manager->setProxyFactory(factory);  // the manager owns it and drops the previous one
}

TransportProxyFactory::TransportProxyFactory(std::optional<QNetworkProxy> configured,
                                             QNetworkAccessManager *manager)
    : m_configured(std::move(configured))
    , m_manager(manager)
{
}

QList<QNetworkProxy> TransportProxyFactory::chosenFor(const QNetworkProxyQuery &query) const
{
    QList<QNetworkProxy> proxies = m_configured ? QList<QNetworkProxy>{*m_configured}
                                                : QNetworkProxyFactory::proxyForQuery(query);
    for (QNetworkProxy &p : proxies) {
        if (p.type() == QNetworkProxy::DefaultProxy)  // "the application's": already asked, none
            p = QNetworkProxy(QNetworkProxy::NoProxy);
    }
    if (proxies.isEmpty())
        proxies.append(QNetworkProxy(QNetworkProxy::NoProxy));
    return proxies;
}

QList<QNetworkProxy> TransportProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    QList<QNetworkProxy> proxies = chosenFor(query);
    const QUrl url = query.url();
    if (proxies.first().type() != QNetworkProxy::NoProxy || url.scheme().compare(u"http", Qt::CaseInsensitive) != 0)
        return proxies;
    PlainHttpTunnel *tunnel = PlainHttpTunnel::forManager(m_manager);
    if (!tunnel)
        return proxies;  // cannot listen on 127.0.0.1: direct, as Qt would go
    tunnel->allow(url.host(), url.port(80));
    return {tunnel->proxy()};
}

} // namespace smsc
