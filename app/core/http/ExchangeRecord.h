// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/ApiCall.h"
#include "http/RequestRecord.h"

#include <QDateTime>
#include <optional>

namespace smsc {

//! One request and its answer as support staff need them (request headers already redacted).
struct ExchangeRecord
{
    RequestRecord request;
    int httpStatus = 0;
    HeaderList responseHeaders;
    QByteArray responseBody;         //!< excerpt (ApiCall caps it)
    QString requestId;
    QDateTime receivedAtUtc;
    std::optional<qint64> clockSkewSeconds;  //!< local minus server, from the Date header
    QString endpoint;                //!< the base URL called
    ApiError error;                  //!< kind None when it succeeded
    bool isValid() const { return !request.method.isEmpty(); }

    //! Request plus the ApiCall result; the skew is measured from the answer's Date at `receivedAtUtc`.
    static ExchangeRecord of(const RequestRecord &request, const ApiResult &result,
                             const QUrl &endpoint, const QDateTime &receivedAtUtc);
};

} // namespace smsc
