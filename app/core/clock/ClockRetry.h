// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock/ClockOffset.h"
#include "errors/ApiError.h"

#include <optional>

namespace smsc {

/*!
 * The one clock retry of a run: after "signature expired" with a measured skew, retry ONCE with the
 * offset that cancels that skew. The CLI allows it with `--clock-offset auto` and announces it; the
 * GUI allows it and asks the user first (ClockRetryPrompt).
 */
class ClockRetry final
{
public:
    explicit ClockRetry(bool allowed = true) : m_allowed(allowed) {}

    //! The offset that corrects the clock for `error`: only an expiry whose skew was measured has one.
    static std::optional<ClockOffset> offsetFor(const ApiError &error);

    //! The offset to retry with, using up the one retry; nullopt when it is not allowed, already
    //! used, or `error` offers none (then it stays unused).
    std::optional<ClockOffset> take(const ApiError &error);
    bool allowed() const { return m_allowed; }
    bool used() const { return m_used; }
    //! A new run: the retry may be used again.
    void reset() { m_used = false; }

private:
    bool m_allowed = true;
    bool m_used = false;
};

} // namespace smsc
