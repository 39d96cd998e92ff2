// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/ApiError.h"

#include <QByteArray>
#include <QDateTime>

namespace smsc {

struct ReplyFacts;

//! When and how soon a failed call may be repeated, or sent to the next endpoint (docs/SERVICE.md
//! "Retries and the lockout"). Pure.
class RetryPolicy final
{
public:
    static constexpr int kMaxDelayMs = 30'000;  //!< cap for backoff and Retry-After alike

    //! True for 429, APIGW.0308, 5xx and connection errors; never for 401/403 (more than 5
    //! failures in a row lock the access key for 5 minutes) nor for anything else.
    static bool isTransient(const ApiError &error);
    //! Delay before attempt `attempt + 1`: the Retry-After header (seconds or an HTTP date)
    //! when given, else `baseDelayMs` doubled per attempt; never more than kMaxDelayMs.
    static int delayMs(int attempt, const QByteArray &retryAfter, int baseDelayMs, const QDateTime &nowUtc);
    //! Whether `facts` mean the endpoint could not be connected (refused, unknown host, connect
    //! timeout), so that the next endpoint may be tried: never after an HTTP answer, a TLS problem
    //! or a cancel.
    static bool couldNotConnect(const ReplyFacts &facts);
};

} // namespace smsc
