// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QPointer>
#include <optional>

class QNetworkAccessManager;

namespace smsc {

/*!
 * The proxy for each request of an ApiCall: the configured one (a profile's or `--proxy`), or
 * when none is configured the application's (the system's, e.g. `http_proxy`). When that comes to
 * "no proxy" for a plain-HTTP URL, the request goes through the manager's PlainHttpTunnel instead
 * (started then, on first need),
 * so that a body cut short is always reported (docs/PLATFORM.md "Network replies").
 */
class TransportProxyFactory final : public QNetworkProxyFactory
{
public:
    //! Puts a factory for `configured` on the manager. A proxy the manager's owner set on it
    //! (setProxy) stands in when nothing is configured, and stays in force for later calls.
    static void install(QNetworkAccessManager *manager, std::optional<QNetworkProxy> configured);

    TransportProxyFactory(std::optional<QNetworkProxy> configured, QNetworkAccessManager *manager);

    //! The proxies for `query` before the tunnel stands in for "no proxy": the configured one, or
    //! the application's; never empty, never DefaultProxy.
    QList<QNetworkProxy> chosenFor(const QNetworkProxyQuery &query) const;
    //! Whether a proxy (or "none") was configured rather than left to the application's setting.
    bool isConfigured() const { return m_configured.has_value(); }

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

private:
    std::optional<QNetworkProxy> m_configured;
    std::optional<QNetworkProxy> m_managerOwn;
    QPointer<QNetworkAccessManager> m_manager;  // whose tunnel plain HTTP goes through
};

} // namespace smsc
