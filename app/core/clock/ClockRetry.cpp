// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock/ClockRetry.h"

#include "clock/ClockSkew.h"

namespace smsc {

std::optional<ClockOffset> ClockRetry::offsetFor(const ApiError &error)
{
    if (!ClockSkew::isSignatureExpired(error) || !error.clockSkewSeconds)
        return std::nullopt;
    return ClockOffset::fromSkew(*error.clockSkewSeconds);
}

std::optional<ClockOffset> ClockRetry::take(const ApiError &error)
{
    if (!m_allowed || m_used)
        return std::nullopt;
    const std::optional<ClockOffset> offset = offsetFor(error);
    m_used = offset.has_value();
    return offset;
}

} // namespace smsc
