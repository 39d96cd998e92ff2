// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HttpRequest.h"
#include "http/RequestRecord.h"

#include <QByteArray>
#include <QDateTime>

namespace smsc {

//! The one mark that stands in for a secret wherever a request, report, bundle or CLI line shows it.
inline constexpr char kRedacted[] = "<redacted>";

//! Removes secrets from a request before anyone sees it: the signature, the security token and
//! the IAM token. The SK never appears in a request, so it cannot leak from here. Pure.
class RequestRedactor final
{
public:
    //! The value as it may be shown: Authorization keeps Access and SignedHeaders only.
    static QByteArray redactedValue(const QByteArray &name, const QByteArray &value);
    static HeaderList redactedHeaders(const HeaderList &headers);
    //! A canonical request with the x-security-token / x-auth-token lines' values redacted.
    static QByteArray redactedCanonicalRequest(const QByteArray &canonicalRequest);
    //! The record of `request` with the signing intermediates it was signed with (both empty when
    //! it was not signed, e.g. in IAM token mode).
    static RequestRecord record(const HttpRequest &request, const QByteArray &canonicalRequest,
                                const QByteArray &stringToSign, const QDateTime &sentAtUtc);
};

} // namespace smsc
