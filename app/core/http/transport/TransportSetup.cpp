// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/transport/TransportSetup.h"

#include <QDateTime>
#include <QFileInfo>
#include <QMutex>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QSysInfo>

namespace smsc {

namespace {

//! The TLS configuration for a CA file ("" for the system store alone), built once for as long as
//! the file keeps its size and time: a batch run sends hundreds of requests, and parsing the PEM
//! file again for each one was the largest single cost of a batch (README.md "Performance"). An
//! edited file is read again. Empty when the file holds no PEM certificate.
std::optional<QSslConfiguration> tlsConfiguration(const QString &caFile)
{
    struct Entry
    {
        bool valid = false;
        QString path;
        qint64 size = -1;
        QDateTime modified;
        std::optional<QSslConfiguration> configuration;
    };
    static QMutex mutex;
    static Entry cached;
    qint64 size = -1;
    QDateTime modified;
    if (!caFile.isEmpty()) {
        const QFileInfo info(caFile);
        size = info.exists() ? info.size() : -1;
        modified = info.lastModified();
    }
    const QMutexLocker lock(&mutex);
    if (cached.valid && cached.path == caFile && cached.size == size && cached.modified == modified)
        return cached.configuration;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!caFile.isEmpty()) {
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (extra.isEmpty()) {
            cached = {};
            return std::nullopt;
        }
        tls.addCaCertificates(extra);  // on top of the system store, never instead of it
    }
    cached = {true, caFile, size, modified, tls};
    return tls;
}

} // namespace

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
    // QSysInfo reads /etc/os-release on every call: once per process is enough.
    static const QByteArray value = "sms-consistency-exporter/" SMSC_VERSION " (Qt " + QByteArray(qVersion()) + "; "
                                    + QSysInfo::productType().toUtf8() + ' ' + QSysInfo::productVersion().toUtf8() + ')';
    return value;
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
    const std::optional<QSslConfiguration> tls = tlsConfiguration(options.caFile);
    if (!tls) {
        *ok = false;
        return nr;
    }
    nr.setSslConfiguration(*tls);
    return nr;
}

} // namespace smsc
