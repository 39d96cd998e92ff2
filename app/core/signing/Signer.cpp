// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/Signer.h"

#include "http/UriEncoding.h"
#include "signing/Sha256.h"

#include <QTimeZone>

#include <algorithm>

namespace smsc {

namespace {

constexpr QByteArrayView kAlgorithm = "SDK-HMAC-SHA256";

// Headers the HTTP stack (or a proxy) may add or rewrite: signing them would break verification.
bool isUnsignable(const QByteArray &lowerName)
{
    return lowerName == "content-length" || lowerName == "user-agent" || lowerName == "accept-encoding"
        || lowerName == "connection" || lowerName == "transfer-encoding" || lowerName == "authorization"
        || lowerName == "host" || lowerName == "x-sdk-date";
}

struct CanonicalHeader
{
    QByteArray name;   // lower case
    QByteArray value;  // trimmed
};

} // namespace

QByteArray Signer::canonicalQuery(const QueryList &query)
{
    QueryList sorted = query;
    std::stable_sort(sorted.begin(), sorted.end());
    QByteArray out;
    for (const auto &[key, value] : sorted) {
        if (key.isEmpty() && value.isEmpty())
            continue;
        if (!out.isEmpty())
            out += '&';
        out += UriEncoding::component(key);
        out += '=';
        out += UriEncoding::component(value);
    }
    return out;
}

bool Signer::isHeaderName(QByteArrayView name)
{
    static constexpr QByteArrayView kTokenSymbols = "!#$%&'*+-.^_`|~";
    const auto isTokenChar = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || kTokenSymbols.contains(c);
    };
    return !name.isEmpty() && std::all_of(name.begin(), name.end(), isTokenChar);
}

std::optional<QByteArray> Signer::unsendableHeader(const HttpRequest &request)
{
    // RFC 9110 5.1 and 5.5: a name is a token; CR, LF and NUL can never be part of a value.
    for (const auto &[name, value] : request.headers) {
        if (!isHeaderName(name) || value.contains('\r') || value.contains('\n') || value.contains('\0'))
            return name;
    }
    return std::nullopt;
}

QByteArray Signer::formatDate(const QDateTime &utc)
{
    return utc.toTimeZone(QTimeZone::utc()).toString(u"yyyyMMdd'T'HHmmss'Z'").toLatin1();
}

SignatureParts Signer::sign(const HttpRequest &request, const QString &accessKey,
                            const QString &secretKey, const QDateTime &utc)
{
    SignatureParts parts;
    parts.sdkDate = formatDate(utc);

    QList<CanonicalHeader> headers;
    headers.reserve(request.headers.size() + 2);
    QByteArray payloadHash;
    for (const auto &[name, value] : request.headers) {
        const QByteArray lower = name.toLower();
        if (lower == "x-sdk-content-sha256")
            payloadHash = value.trimmed();
        if (!isUnsignable(lower))
            headers.append({lower, value.trimmed()});
    }
    headers.append({QByteArrayLiteral("host"), request.host.toUtf8()});
    headers.append({QByteArrayLiteral("x-sdk-date"), parts.sdkDate});
    std::stable_sort(headers.begin(), headers.end(),
                     [](const CanonicalHeader &a, const CanonicalHeader &b) { return a.name < b.name; });

    if (payloadHash.isNull())
        payloadHash = Sha256::hex(request.body);

    QByteArray canonical;
    canonical.reserve(512);
    canonical += request.method.toUpper();
    canonical += '\n';
    canonical += UriEncoding::path(request.path);
    canonical += '\n';
    canonical += canonicalQuery(request.query);
    canonical += '\n';
    for (const CanonicalHeader &header : std::as_const(headers)) {
        canonical += header.name;
        canonical += ':';
        canonical += header.value;
        canonical += '\n';
        if (!parts.signedHeaders.isEmpty())
            parts.signedHeaders += ';';
        parts.signedHeaders += header.name;
    }
    canonical += '\n';
    canonical += parts.signedHeaders;
    canonical += '\n';
    canonical += payloadHash;
    parts.canonicalRequest = canonical;

    parts.stringToSign = kAlgorithm.toByteArray() + '\n' + parts.sdkDate + '\n' + Sha256::hex(canonical);
    parts.signature = Sha256::hmacHex(secretKey.toUtf8(), parts.stringToSign);
    parts.authorization = kAlgorithm.toByteArray() + " Access=" + accessKey.toUtf8()
        + ", SignedHeaders=" + parts.signedHeaders + ", Signature=" + parts.signature;
    return parts;
}

HttpRequest Signer::applied(HttpRequest request, const SignatureParts &parts)
{
    // Send exactly the values that were signed (trimmed), so no proxy or parser can differ.
    for (auto &header : request.headers)
        header.second = header.second.trimmed();
    request.setHeader(QByteArrayLiteral("Host"), request.host.toUtf8());
    request.setHeader(QByteArrayLiteral("X-Sdk-Date"), parts.sdkDate);
    request.setHeader(QByteArrayLiteral("Authorization"), parts.authorization);
    return request;
}

} // namespace smsc
