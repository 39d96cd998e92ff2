// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HttpRequest.h"
#include "http/RequestRecord.h"

#include <QString>

namespace smsc {

//! A copyable one-line cURL command for a request, for support staff and bug reports. The signature
//! and tokens are always redacted (so the command documents the request; it cannot replay it). Pure.
class CurlCommand final
{
public:
    //! From a recorded request (already redacted).
    static QString fromRecord(const RequestRecord &record);
    //! From a request about to be sent; secrets redacted here.
    static QString fromRequest(const HttpRequest &request);
    //! POSIX shell single-quoting: 'it'\''s'.
    static QString shellQuote(const QString &text);
};

} // namespace smsc
