// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/RetryPolicy.h"

#include "errors/ErrorMapper.h"
#include "http/HttpDate.h"

#include <algorithm>

namespace smsc {

bool RetryPolicy::isTransient(const ApiError &error)
{
    if (error.httpStatus == 401 || error.httpStatus == 403)
        return false;
    switch (error.kind) {
    case ErrorKind::Throttled: return true;
    case ErrorKind::Server: return error.httpStatus >= 500;
    case ErrorKind::Network: return true;
    default: return false;
    }
}

int RetryPolicy::delayMs(int attempt, const QByteArray &retryAfter, int baseDelayMs, const QDateTime &nowUtc)
{
    qint64 delay = -1;
    const QByteArray value = retryAfter.trimmed();
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    if (isNumber && seconds >= 0) {
        delay = std::min<qint64>(seconds, kMaxDelayMs / 1000 + 1) * 1000;
    } else if (!value.isEmpty()) {
        const QDateTime at = HttpDate::parse(value);
        if (at.isValid())
            delay = std::max<qint64>(0, nowUtc.msecsTo(at));
    }
    if (delay < 0)
        delay = qint64(std::max(0, baseDelayMs)) << std::clamp(attempt - 1, 0, 10);
    return int(std::min<qint64>(delay, kMaxDelayMs));
}

bool RetryPolicy::couldNotConnect(const ReplyFacts &facts)
{
    if (facts.cancelled || facts.httpStatus != 0 || !facts.sslErrors.isEmpty())
        return false;
    if (facts.timedOut == ReplyFacts::Timeout::Connect)
        return true;
    switch (facts.networkError) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return true;
    default:
        return false;
    }
}

} // namespace smsc
