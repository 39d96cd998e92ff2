// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <functional>

namespace smsc {

//! A correction for a wrong local clock: the signer's "now" is the local UTC time plus an offset.
class ClockOffset final
{
public:
    ClockOffset() = default;
    explicit ClockOffset(qint64 seconds) : m_seconds(seconds) {}
    //! The offset that cancels a measured skew (local minus server seconds).
    static ClockOffset fromSkew(qint64 localMinusServerSeconds) { return ClockOffset(-localMinusServerSeconds); }

    qint64 seconds() const { return m_seconds; }
    bool isZero() const { return m_seconds == 0; }
    //! `base()` (default: the current UTC time) plus the offset.
    QDateTime utcNow(const std::function<QDateTime()> &base = {}) const;
    //! A clock for ExportJob::setClock and the list/STS clients: utcNow() bound to `base`.
    std::function<QDateTime()> clock(std::function<QDateTime()> base = {}) const;

private:
    qint64 m_seconds = 0;
};

} // namespace smsc
