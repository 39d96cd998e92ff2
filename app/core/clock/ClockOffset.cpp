// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock/ClockOffset.h"

namespace smsc {

QDateTime ClockOffset::utcNow(const std::function<QDateTime()> &base) const
{
    const QDateTime now = base ? base() : QDateTime::currentDateTimeUtc();
    return now.toUTC().addSecs(m_seconds);
}

std::function<QDateTime()> ClockOffset::clock(std::function<QDateTime()> base) const
{
    return [offset = *this, base = std::move(base)] { return offset.utcNow(base); };
}

} // namespace smsc
