// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HttpRequest.h"
#include "profile/Profile.h"

#include <QNetworkProxy>
#include <QNetworkRequest>
#include <optional>

namespace smsc {

//! Turns TransportOptions and a ready request into what Qt sends: proxy, TLS trust, request attributes.
class TransportSetup final
{
public:
    //! "none" → no proxy; http(s)://[user:password@]host[:port] or socks5://…; nullopt when unusable.
    static std::optional<QNetworkProxy> proxyFor(const QString &proxyUrl);
    //! The QNetworkRequest for `request`: raw headers as given, redirects manual, HTTP/2, cache and
    //! cookies off, peer verification on with `options.caFile` trusted on top of the system store.
    //! `ok` is false (and the request unusable) when the CA file holds no PEM certificate.
    static QNetworkRequest networkRequest(const HttpRequest &request, const TransportOptions &options, bool *ok);
    //! "sms-consistency-exporter/<version> (Qt <version>; <os> <version>)": sent by every request of
    //! the GUI and the CLI alike, unless the request sets its own.
    static QByteArray userAgent();
};

} // namespace smsc
