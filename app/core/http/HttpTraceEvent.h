// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HttpRequest.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace smsc {

/*!
 * One step of an ApiCall as it happened on the wire, for a debug trace (HttpTraceHub). Headers are
 * as sent or received: NOT redacted, so only diagnostics/HttpTraceText may render them
 * (docs/ARCHITECTURE.md "The debug trace"). Server text other than headers is already neutralised.
 */
struct HttpTraceEvent
{
    enum class Kind {
        Request,   //!< an attempt was put on the wire
        Response,  //!< an HTTP answer arrived (any status, redirects included)
        Failed,    //!< the attempt ended without an HTTP answer (refused, TLS, timeout, cancel)
        Retry,     //!< another attempt follows after `retryDelayMs`
        Failover,  //!< the endpoint could not be connected: the next one is tried at once
    };
    enum class ProxySource { None, Configured, System };

    Kind kind = Kind::Request;
    int attempt = 1;
    QByteArray method;
    QUrl url;                 //!< the URL as sent, query included
    HeaderList headers;       //!< Request: as sent; Response: as received
    qint64 bodyBytes = 0;     //!< Request: body size; Response: body bytes received
    int httpStatus = 0;
    QByteArray reasonPhrase;  //!< as received (render through UntrustedText)
    qint64 elapsedMs = 0;     //!< Response/Failed: since the attempt was sent
    QString requestId;        //!< neutralised
    ProxySource proxySource = ProxySource::None;
    QString proxy;            //!< the proxy URL without user information; empty when direct
    QString tlsProtocol;      //!< e.g. "TLSv1.3"; empty for plain HTTP or when unknown
    QString tlsCipher;
    QString location;         //!< a redirect's target (never followed), neutralised
    QString failure;          //!< Failed/Retry: the translated, neutralised reason
    int retryDelayMs = 0;
};

} // namespace smsc

Q_DECLARE_METATYPE(smsc::HttpTraceEvent)
