// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics/HttpTraceText.h"

#include "redaction/RequestRedactor.h"
#include "util/UntrustedText.h"

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

QString headerLine(const QString &mark, const QByteArray &name, const QByteArray &value)
{
    return mark + UntrustedText::fromUtf8(name) + u": "_s + UntrustedText::fromUtf8(value);
}

} // namespace

QStringList HttpTraceText::lines(const HttpTraceEvent &event, const SecretScrubber &scrubber)
{
    const QString url = UntrustedText::neutralised(event.url.toString(QUrl::FullyEncoded));
    const QString method = UntrustedText::fromUtf8(event.method);
    QStringList out;
    switch (event.kind) {
    case HttpTraceEvent::Kind::Request: {
        QString proxy;
        switch (event.proxySource) {
        case HttpTraceEvent::ProxySource::None: proxy = tr("no proxy"); break;
        case HttpTraceEvent::ProxySource::Configured: proxy = tr("proxy %1 (configured)").arg(event.proxy); break;
        case HttpTraceEvent::ProxySource::System: proxy = tr("proxy %1 (system)").arg(event.proxy); break;
        }
        out << u"* "_s + tr("Attempt %1, %2").arg(event.attempt).arg(proxy);
        out << u"> "_s + method + u' ' + url;
        for (const auto &[name, value] : RequestRedactor::redactedHeaders(event.headers))
            out << headerLine(u"> "_s, name, value);
        out << u"* "_s + tr("Request body: %1 bytes").arg(event.bodyBytes);
        break;
    }
    case HttpTraceEvent::Kind::Response: {
        out << u"< "_s + QString::number(event.httpStatus) + u' ' + UntrustedText::fromUtf8(event.reasonPhrase);
        const QString requestId = event.requestId.isEmpty() ? tr("none") : event.requestId;
        out << u"* "_s + tr("Answer %1 to %2 %3 (attempt %4) after %5 ms, request id %6")
                             .arg(event.httpStatus).arg(method, url).arg(event.attempt).arg(event.elapsedMs).arg(requestId);
        if (!event.tlsProtocol.isEmpty())
            out << u"* "_s + tr("TLS: %1, cipher %2").arg(event.tlsProtocol, event.tlsCipher);
        for (const auto &[name, value] : scrubber.headers(event.headers))
            out << headerLine(u"< "_s, name, value);
        out << u"* "_s + tr("Response body: %1 bytes").arg(event.bodyBytes);
        if (!event.location.isEmpty())
            out << u"* "_s + tr("Redirected to %1 (not followed)").arg(event.location);
        if (!event.failure.isEmpty())
            out << u"* "_s + tr("Failed: %1").arg(event.failure);
        break;
    }
    case HttpTraceEvent::Kind::Failed:
        out << u"* "_s + tr("No answer to %1 %2 (attempt %3) after %4 ms: %5")
                             .arg(method, url).arg(event.attempt).arg(event.elapsedMs).arg(event.failure);
        if (!event.tlsProtocol.isEmpty())
            out << u"* "_s + tr("TLS: %1, cipher %2").arg(event.tlsProtocol, event.tlsCipher);
        break;
    case HttpTraceEvent::Kind::Retry:
        out << u"* "_s + tr("Retrying %1 in %2 ms as attempt %3: %4")
                             .arg(url).arg(event.retryDelayMs).arg(event.attempt).arg(event.failure);
        break;
    case HttpTraceEvent::Kind::Failover:
        out << u"* "_s + tr("Could not connect to %1; trying the next endpoint.").arg(url);
        break;
    }
    for (QString &line : out)
        line = UntrustedText::neutralised(scrubber(line));
    return out;
}

} // namespace smsc
