// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/ExchangeRecord.h"

#include "http/HttpDate.h"

namespace smsc {

ExchangeRecord ExchangeRecord::of(const RequestRecord &request, const ApiResult &result,
                                  const QUrl &endpoint, const QDateTime &receivedAtUtc)
{
    ExchangeRecord exchange;
    exchange.request = request;
    exchange.httpStatus = result.httpStatus;
    exchange.responseHeaders = result.headers;
    exchange.responseBody = result.body.isEmpty() ? result.error.bodyExcerpt : result.body;
    exchange.requestId = result.requestId.isEmpty() ? result.error.requestId : result.requestId;
    exchange.receivedAtUtc = receivedAtUtc;
    exchange.clockSkewSeconds = result.error.clockSkewSeconds;
    if (!exchange.clockSkewSeconds)
        exchange.clockSkewSeconds = HttpDate::clockSkew(result.header(QByteArrayLiteral("Date")), receivedAtUtc);
    exchange.endpoint = endpoint.toString();
    exchange.error = result.error;
    return exchange;
}

} // namespace smsc
