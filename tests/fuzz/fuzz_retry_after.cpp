// SPDX-License-Identifier: GPL-3.0-or-later
// Retry-After from a 429 or 5xx answer (delta-seconds or an HTTP date) and the backoff it picks.
#include "FuzzSupport.h"

#include "http/RetryPolicy.h"

#include <QTimeZone>

#include <algorithm>

using namespace smsc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> fields = fuzz::parts(data, size, 3);
    const QByteArray &retryAfter = fields.at(0);
    // Attempt and base delay from the other fields, over their whole range (negative and huge included).
    const int attempt = fields.at(1).toInt();
    const int baseDelayMs = fields.at(2).toInt();
    const QDateTime now(QDate(2026, 3, 14), QTime(9, 26, 53), QTimeZone::utc());
    const int delay = RetryPolicy::delayMs(attempt, retryAfter, baseDelayMs, now);
    SMSC_FUZZ_CHECK(delay >= 0 && delay <= RetryPolicy::kMaxDelayMs);
    SMSC_FUZZ_CHECK(delay == RetryPolicy::delayMs(attempt, retryAfter, baseDelayMs, now));
    // Whole seconds are honoured, up to the cap, whatever the attempt.
    bool isNumber = false;
    const qint64 seconds = retryAfter.trimmed().toLongLong(&isNumber);
    if (isNumber && seconds >= 0) {
        const qint64 expected = std::min<qint64>(std::min<qint64>(seconds, RetryPolicy::kMaxDelayMs / 1000 + 1) * 1000,
                                                 RetryPolicy::kMaxDelayMs);
        SMSC_FUZZ_CHECK(delay == expected);
    }
    return 0;
}
