// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock/ClockSkew.h"

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace smsc {

bool ClockSkew::shouldWarn(std::optional<qint64> skewSeconds)
{
    return skewSeconds && std::llabs(*skewSeconds) > kWarnSeconds;
}

QString ClockSkew::exactDuration(qint64 seconds)
{
    const qint64 s = std::llabs(seconds);
    if (s < 60)
        return s == 1 ? tr("1 second") : tr("%1 seconds").arg(s);
    return tr("%1 min %2 s (%3 seconds)").arg(s / 60).arg(s % 60).arg(s);
}

QString ClockSkew::warningText(qint64 skewSeconds)
{
    const QString size = exactDuration(skewSeconds);
    const QString where = skewSeconds > 0
        ? tr("This computer's clock is %1 ahead of the server's clock.").arg(size)
        : tr("This computer's clock is %1 behind the server's clock.").arg(size);
    return tr("%1 Requests signed more than 15 minutes off are rejected; set the clock automatically (NTP) "
              "and check the time zone.").arg(where);
}

bool ClockSkew::isSignatureExpired(const ApiError &error)
{
    QString code = error.errorCode.trimmed().toUpper();
    if (code.startsWith(u"APIG."))
        code.replace(0, 5, u"APIGW."_s);
    if (code == u"SMS.0205")
        return true;
    return code == u"APIGW.0303" && error.errorMsgRaw.contains(u"signature expired", Qt::CaseInsensitive);
}

QString ClockSkew::retryQuestion(const ClockOffset &offset)
{
    const QString size = exactDuration(offset.seconds());
    return offset.seconds() >= 0
        ? tr("The request was rejected because of the clock. Retry once, signing with a time %1 later than "
             "this computer's clock?").arg(size)
        : tr("The request was rejected because of the clock. Retry once, signing with a time %1 earlier than "
             "this computer's clock?").arg(size);
}

} // namespace smsc
