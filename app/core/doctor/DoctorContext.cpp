// SPDX-License-Identifier: GPL-3.0-or-later
#include "doctor/DoctorContext.h"

#include "http/transport/TransportSetup.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

QString proxyAddress(const QNetworkProxy &proxy)
{
    const QString scheme = proxy.type() == QNetworkProxy::Socks5Proxy ? u"socks5"_s : u"http"_s;
    // user name and password are never shown
    return u"%1://%2:%3"_s.arg(scheme, proxy.hostName()).arg(proxy.port());
}

} // namespace

std::function<QDateTime()> DoctorContext::signingClock() const
{
    return offset.clock(localClock);
}

std::optional<QNetworkProxy> DoctorContext::proxyFor(const QUrl &url) const
{
    const QString configured = profile.transport.proxyUrl;
    if (!configured.isEmpty())
        return TransportSetup::proxyFor(configured);
    if (network && network->proxy().type() != QNetworkProxy::DefaultProxy)
        return network->proxy();
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
    if (proxies.isEmpty() || proxies.constFirst().type() == QNetworkProxy::DefaultProxy)
        return QNetworkProxy(QNetworkProxy::NoProxy);
    return proxies.constFirst();
}

QString DoctorContext::proxyText(const QUrl &url) const
{
    const std::optional<QNetworkProxy> proxy = proxyFor(url);
    if (!proxy)
        return tr("unusable: %1").arg(QUrl(profile.transport.proxyUrl).adjusted(QUrl::RemoveUserInfo).toString());
    if (proxy->type() == QNetworkProxy::NoProxy)
        return tr("none");
    if (!profile.transport.proxyUrl.isEmpty())
        return tr("configured: %1").arg(proxyAddress(*proxy));
    return tr("system: %1").arg(proxyAddress(*proxy));
}

QString DoctorContext::accountIdForScope() const
{
    const QString configured = profile.domainId.trimmed();
    return configured.isEmpty() ? resolvedAccountId : configured;
}

QStringList DoctorContext::secrets() const
{
    if (!credentials)
        return {};
    return {credentials->accessKey, credentials->secretKey, credentials->securityToken, credentials->iamToken};
}

bool DoctorContext::reachable(const QString &role) const
{
    return std::any_of(hosts.cbegin(), hosts.cend(),
                       [&](const DoctorHost &h) { return h.hasRole(role) && h.connected && !h.tlsFailed; });
}

void DoctorContext::collectHosts()
{
    hosts.clear();
    const QList<QPair<QString, QUrl>> bases{{u"SMS"_s, endpoints.sms}, {u"IAM"_s, endpoints.iam}, {u"STS"_s, endpoints.sts}};
    for (const auto &base : bases) {
        const QString &role = base.first;
        const QUrl &url = base.second;
        if (url.isEmpty() || url.host().isEmpty())
            continue;
        const quint16 port = quint16(url.port(url.scheme() == u"http" ? 80 : 443));
        auto same = std::find_if(hosts.begin(), hosts.end(), [&](const DoctorHost &h) {
            return h.host.compare(url.host(), Qt::CaseInsensitive) == 0 && h.port == port
                && h.url.scheme() == url.scheme();
        });
        if (same != hosts.end()) {
            same->roles << role;
            continue;
        }
        DoctorHost host;
        host.roles = {role};
        host.url = url;
        host.host = url.host();
        host.port = port;
        hosts << host;
    }
}

} // namespace smsc
