// SPDX-License-Identifier: GPL-3.0-or-later
#include "redaction/RequestRedactor.h"

namespace smsc {

namespace {

bool isTokenHeader(const QByteArray &name)
{
    return name.compare("X-Security-Token", Qt::CaseInsensitive) == 0
        || name.compare("X-Auth-Token", Qt::CaseInsensitive) == 0;
}

} // namespace

QByteArray RequestRedactor::redactedValue(const QByteArray &name, const QByteArray &value)
{
    if (isTokenHeader(name))
        return kRedacted;
    if (name.compare("Authorization", Qt::CaseInsensitive) != 0)
        return value;
    // "SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=<hex>": keep everything but the hex.
    const qsizetype at = value.indexOf("Signature=");
    if (at < 0)
        return kRedacted;
    QByteArray out = value.left(at + qsizetype(sizeof("Signature=") - 1)) + kRedacted;
    const qsizetype comma = value.indexOf(',', at);
    if (comma >= 0)
        out += value.mid(comma);
    return out;
}

HeaderList RequestRedactor::redactedHeaders(const HeaderList &headers)
{
    HeaderList out;
    out.reserve(headers.size());
    for (const auto &[name, value] : headers)
        out.append({name, redactedValue(name, value)});
    return out;
}

QByteArray RequestRedactor::redactedCanonicalRequest(const QByteArray &canonicalRequest)
{
    QList<QByteArray> lines = canonicalRequest.split('\n');
    for (QByteArray &line : lines) {
        for (const char *prefix : {"x-security-token:", "x-auth-token:"}) {
            if (line.startsWith(prefix))
                line = QByteArray(prefix) + kRedacted;
        }
    }
    return lines.join('\n');
}

RequestRecord RequestRedactor::record(const HttpRequest &request, const QByteArray &canonicalRequest,
                                      const QByteArray &stringToSign, const QDateTime &sentAtUtc)
{
    RequestRecord record;
    record.method = request.method;
    record.url = request.wireUrl().toString(QUrl::FullyEncoded);
    record.headers = redactedHeaders(request.headers);
    record.body = request.body;
    record.canonicalRequest = redactedCanonicalRequest(canonicalRequest);
    record.stringToSign = stringToSign;
    record.sentAtUtc = sentAtUtc;
    return record;
}

} // namespace smsc
