// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HttpRequest.h"

#include <QByteArrayView>
#include <QDateTime>

#include <optional>

namespace smsc {

//! Every intermediate of SDK-HMAC-SHA256, so support staff can compare with a gateway's echo.
struct SignatureParts
{
    QByteArray sdkDate;           //!< YYYYMMDDTHHMMSSZ
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signedHeaders;     //!< "content-type;host;x-sdk-date"
    QByteArray signature;         //!< lower-case hex
    QByteArray authorization;     //!< full Authorization header value
};

//! The Huawei Cloud AK/SK signer (docs/SIGNATURE.md). Pure: no clock, settings or network.
class Signer final
{
public:
    //! Signs `request` as of `utc`: host, X-Sdk-Date and every header present except those the
    //! HTTP stack rewrites (Content-Length, User-Agent, Accept-Encoding, Connection,
    //! Transfer-Encoding); values trimmed. Any Host/X-Sdk-Date/Authorization given is ignored.
    static SignatureParts sign(const HttpRequest &request, const QString &accessKey,
                               const QString &secretKey, const QDateTime &utc);
    //! `request` with Host, X-Sdk-Date and Authorization set from `parts`: ready to send.
    static HttpRequest applied(HttpRequest request, const SignatureParts &parts);
    //! The query sorted by key, then value; every component encoded once (UriEncoding). A pair
    //! with an empty key and value (an empty part, "a=1&&b=2") is dropped, as the official signer does.
    static QByteArray canonicalQuery(const QueryList &query);
    //! The name of the first header no gateway could receive as signed: a name that is not an
    //! HTTP token, or a value holding CR, LF or NUL. std::nullopt when every header is fine.
    //! An HTTP token (RFC 9110 5.6.2): what a header name must be to be signed and sent.
    static bool isHeaderName(QByteArrayView name);
    static std::optional<QByteArray> unsendableHeader(const HttpRequest &request);
    static QByteArray formatDate(const QDateTime &utc);
};

} // namespace smsc
