#include "ExchangeRecord.h"

#include "ErrorMapper.h"

namespace smsc {

RequestRecord ExchangeRecord::recordOf(const PreparedRequest &prepared, const QDateTime &sentAtUtc)
{
    RequestRecord record;
    record.method = prepared.request.method;
    record.url = prepared.request.wireUrl().toString(QUrl::FullyEncoded);
    record.headers = prepared.request.redactedHeaders();
    record.body = prepared.request.body;
    record.canonicalRequest = prepared.signature.canonicalRequest;
    record.stringToSign = prepared.signature.stringToSign;
    record.sentAtUtc = sentAtUtc;
    return record;
}

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
        exchange.clockSkewSeconds = ErrorMapper::clockSkew(result.header(QByteArrayLiteral("Date")), receivedAtUtc);
    exchange.endpoint = endpoint.toString();
    exchange.error = result.error;
    return exchange;
}

} // namespace smsc
