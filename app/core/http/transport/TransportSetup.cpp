// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/transport/TransportSetup.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QSysInfo>

namespace smsc {

std::optional<QNetworkProxy> TransportSetup::proxyFor(const QString &proxyUrl)
{
    if (proxyUrl.compare(u"none", Qt::CaseInsensitive) == 0)
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const QUrl url(proxyUrl, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty())
        return std::nullopt;
    QNetworkProxy::ProxyType type = QNetworkProxy::HttpProxy;
    if (scheme == u"socks5" || scheme == u"socks5h")
        type = QNetworkProxy::Socks5Proxy;
    else if (scheme != u"http" && scheme != u"https")
        return std::nullopt;
    const int defaultPort = type == QNetworkProxy::Socks5Proxy ? 1080 : 8080;
    return QNetworkProxy(type, url.host(), quint16(url.port(defaultPort)), url.userName(QUrl::FullyDecoded),
                         url.password(QUrl::FullyDecoded));
}

QByteArray TransportSetup::userAgent()
{
    return "sms-consistency-exporter/" SMSC_VERSION " (Qt " + QByteArray(qVersion()) + "; "
           + QSysInfo::productType().toUtf8() + ' ' + QSysInfo::productVersion().toUtf8() + ')';
}

QNetworkRequest TransportSetup::networkRequest(const HttpRequest &request, const TransportOptions &options, bool *ok)
{
    *ok = true;
    QNetworkRequest nr(request.wireUrl());
    nr.setRawHeader("User-Agent", userAgent());
    for (const auto &[name, value] : request.headers)
        nr.setRawHeader(name, value);
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    nr.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    nr.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    nr.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    nr.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    nr.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    if (nr.url().scheme() != u"https")
        return nr;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!options.caFile.isEmpty()) {
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(options.caFile, QSsl::Pem);
        if (extra.isEmpty()) {
            *ok = false;
            return nr;
        }
        tls.addCaCertificates(extra);  // on top of the system store, never instead of it
    }
    nr.setSslConfiguration(tls);
    return nr;
}

} // namespace smsc
