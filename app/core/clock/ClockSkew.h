// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock/ClockOffset.h"
#include "errors/ApiError.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace smsc {

/*!
 * The clock policy: warn when a response's Date shows the local clock more than 5 minutes off; on
 * "signature expired" offer ONE retry with the measured offset (ClockRetry), never on its own.
 */
class ClockSkew final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::ClockSkew)
public:
    static constexpr qint64 kWarnSeconds = 5 * 60;

    //! True when |skew| is over 5 minutes (skew: local minus server seconds).
    static bool shouldWarn(std::optional<qint64> skewSeconds);
    //! "This computer's clock is 20 minutes (1200 seconds) behind the server's clock. …"
    static QString warningText(qint64 skewSeconds);
    //! APIGW.0303 "signature expired" or SMS.0205 (AK/SK rejected because of the clock).
    static bool isSignatureExpired(const ApiError &error);
    //! The question to ask before that retry, naming the offset.
    static QString retryQuestion(const ClockOffset &offset);
    //! "20 minutes 0 seconds" style text with both units, for the exact measured size.
    static QString exactDuration(qint64 seconds);
};

} // namespace smsc
