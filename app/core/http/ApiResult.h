// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/ApiError.h"
#include "http/HttpRequest.h"

#include <QByteArray>
#include <QString>

namespace smsc {

//! The one result of an ApiCall.
struct ApiResult
{
    int httpStatus = 0;
    HeaderList headers;          //!< response headers of the last attempt
    QByteArray body;             //!< in-memory body (capped), or the error excerpt (≤ 1 MiB)
    bool bodyTruncated = false;  //!< the body was longer than the cap and was cut
    qint64 bytesReceived = 0;    //!< body bytes of the last attempt
    QString savedPath;           //!< committed file when a sink was used
    bool noFile = false;         //!< 2xx with a sink, but the body was empty / "OK" / "{}": nothing saved
    QString requestId;           //!< X-Request-Id of the answer
    ApiError error;              //!< kind None on success
    int attempts = 0;
    bool ok() const { return !error.isError(); }
    QByteArray header(const QByteArray &name) const;  //!< case-insensitive, null when absent
};

} // namespace smsc
