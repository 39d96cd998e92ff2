// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/ApiCallTrace.h"

#include "errors/ErrorMapper.h"
#include "http/ApiCall.h"
#include "http/HttpRequest.h"
#include "http/HttpTraceHub.h"
#include "http/transport/TransportProxyFactory.h"
#include "util/UntrustedText.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCipher>
#include <QSslConfiguration>

namespace smsc {

namespace {

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2: return QStringLiteral("TLSv1.2");
    case QSsl::TlsV1_3: return QStringLiteral("TLSv1.3");
    case QSsl::DtlsV1_2: return QStringLiteral("DTLSv1.2");
    default: return {};
    }
}

QString proxyName(const QNetworkProxy &proxy)
{
    const QString scheme = proxy.type() == QNetworkProxy::Socks5Proxy ? QStringLiteral("socks5") : QStringLiteral("http");
    return scheme + QStringLiteral("://") + proxy.hostName() + QLatin1Char(':') + QString::number(proxy.port());
}

} // namespace

ApiCallTrace::ApiCallTrace(QNetworkAccessManager *network)
    : m_network(network)
{
}

void ApiCallTrace::record(const HttpTraceEvent &event) const
{
    if (HttpTraceHub *hub = HttpTraceHub::of(m_network))
        hub->record(event);
}

void ApiCallTrace::request(int attempt, const QUrl &url, const HttpRequest &request, const QNetworkRequest &sent)
{
    m_attemptClock.start();
    m_method = request.method;
    if (!HttpTraceHub::of(m_network))
        return;
    HttpTraceEvent event;
    event.kind = HttpTraceEvent::Kind::Request;
    event.attempt = attempt;
    event.method = request.method;
    event.url = url;
    for (const QByteArray &name : sent.rawHeaderList())
        event.headers.append({name, sent.rawHeader(name)});
    event.bodyBytes = request.body.size();
    if (const auto *factory = dynamic_cast<const TransportProxyFactory *>(m_network->proxyFactory())) {
        const QNetworkProxy proxy = factory->chosenFor(QNetworkProxyQuery(url)).constFirst();
        if (proxy.type() != QNetworkProxy::NoProxy) {
            event.proxySource = factory->isConfigured() ? HttpTraceEvent::ProxySource::Configured
                                                        : HttpTraceEvent::ProxySource::System;
            event.proxy = proxyName(proxy);
        }
    }
    record(event);
}

void ApiCallTrace::answer(int attempt, const QUrl &url, const ReplyFacts &facts, const ApiResult &result,
                          const QNetworkReply &reply, qint64 bodyBytes)
{
    if (!HttpTraceHub::of(m_network))
        return;
    HttpTraceEvent event;
    event.kind = facts.httpStatus != 0 ? HttpTraceEvent::Kind::Response : HttpTraceEvent::Kind::Failed;
    event.attempt = attempt;
    event.method = m_method;
    event.url = url;
    event.headers = facts.headers;
    event.bodyBytes = bodyBytes;
    event.httpStatus = facts.httpStatus;
    event.reasonPhrase = reply.attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    event.elapsedMs = m_attemptClock.isValid() ? m_attemptClock.elapsed() : 0;
    event.requestId = UntrustedText::fromUtf8(result.header("X-Request-Id")).trimmed();
    if (url.scheme() == u"https") {
        const QSslConfiguration tls = reply.sslConfiguration();
        event.tlsProtocol = protocolName(tls.sessionProtocol());
        if (!event.tlsProtocol.isEmpty())
            event.tlsCipher = tls.sessionCipher().name();
    }
    if (facts.httpStatus >= 300 && facts.httpStatus < 400)
        event.location = UntrustedText::fromUtf8(result.header("Location"));
    if (event.kind == HttpTraceEvent::Kind::Failed || result.error.isError())
        event.failure = result.error.headline;
    record(event);
}

void ApiCallTrace::failover(int attempt, const QUrl &url)
{
    HttpTraceEvent event;
    event.kind = HttpTraceEvent::Kind::Failover;
    event.attempt = attempt;
    event.url = url;
    record(event);
}

void ApiCallTrace::retry(int nextAttempt, const QUrl &url, int delayMs, const QString &failure)
{
    HttpTraceEvent event;
    event.kind = HttpTraceEvent::Kind::Retry;
    event.attempt = nextAttempt;
    event.url = url;
    event.retryDelayMs = delayMs;
    event.failure = failure;
    record(event);
}

} // namespace smsc
