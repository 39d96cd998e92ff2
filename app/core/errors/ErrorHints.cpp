// SPDX-License-Identifier: GPL-3.0-or-later
#include "errors/ErrorHints.h"

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

// APIG.xxxx and APIGW.xxxx are the same gateway codes (old and new gateway).
QString normalisedCode(const QString &code)
{
    QString c = code.trimmed().toUpper();
    if (c.startsWith(u"APIG."))
        c.replace(0, 5, u"APIGW."_s);
    return c;
}

bool mentions(const QString &message, QLatin1StringView needle)
{
    return message.contains(needle, Qt::CaseInsensitive);
}

} // namespace

QString ErrorHints::durationText(qint64 seconds)
{
    const qint64 s = std::llabs(seconds);
    // Explicit singular/plural: the project ships no English .qm to resolve "%n minute(s)".
    if (s < 90)
        return s == 1 ? tr("1 second") : tr("%1 seconds").arg(s);
    const qint64 minutes = (s + 30) / 60;
    if (minutes < 60)
        return tr("%1 minutes").arg(minutes);
    const qint64 hours = minutes / 60;
    const qint64 rest = minutes % 60;
    if (rest == 0)
        return hours == 1 ? tr("1 hour") : tr("%1 hours").arg(hours);
    const QString restText = rest == 1 ? tr("1 minute") : tr("%1 minutes").arg(rest);
    return hours == 1 ? tr("1 hour %1").arg(restText) : tr("%1 hours %2").arg(hours).arg(restText);
}

QString ErrorHints::clockHint(std::optional<qint64> clockSkewSeconds)
{
    const QString advice = tr("The service rejects requests signed more than 15 minutes away from its own "
                              "clock. Set this computer's clock automatically (NTP) and check its time zone.");
    if (!clockSkewSeconds)
        return tr("This computer's clock or time zone is probably wrong. %1").arg(advice);
    if (*clockSkewSeconds == 0)
        return tr("Your clock matches the server's. %1").arg(advice);
    const QString skew = *clockSkewSeconds > 0
        ? tr("Your clock is %1 ahead of the server.").arg(durationText(*clockSkewSeconds))
        : tr("Your clock is %1 behind the server.").arg(durationText(*clockSkewSeconds));
    return tr("%1 %2").arg(skew, advice);
}

QString ErrorHints::permissionHint()
{
    return tr("Your IAM user is not allowed to export consistency results. Ask an administrator to grant "
              "the actions sms:server:getBatchConsistencyResults and sms:server:queryServer (which it "
              "depends on), for example through a custom policy, then try again.");
}

QString ErrorHints::tlsHint()
{
    return tr("If the endpoint uses a private certificate authority (a proxy or a private cloud), add "
              "its CA file in the connection settings. Certificate errors are never ignored.");
}

QString ErrorHints::hintFor(const QString &errorCode, const QString &errorMsg,
                            std::optional<qint64> clockSkewSeconds)
{
    const QString code = normalisedCode(errorCode);
    if (code == u"APIGW.0301") {
        if (mentions(errorMsg, QLatin1StringView("verify aksk signature fail")))
            return tr("The secret key does not match the access key, or the request was signed "
                      "incorrectly. Check the secret key; repeated failures lock the key for 5 minutes.");
        if (mentions(errorMsg, QLatin1StringView("ak not exist"))
            || mentions(errorMsg, QLatin1StringView("get secretkey failed")))
            return tr("This access key is not known here. Check the access key, and that it belongs to "
                      "this cloud and site (a key of another cloud or of the other site does not work).");
        if (mentions(errorMsg, QLatin1StringView("reach the limit")))
            return tr("The access key is locked for 5 minutes after more than 5 failed attempts in a row. "
                      "Wait 5 minutes, correct the secret key, then try once.");
        if (mentions(errorMsg, QLatin1StringView("decrypt token fail")))
            return tr("The IAM token is invalid or has expired (tokens are valid for 24 hours). "
                      "Get a new token and try again.");
        return tr("IAM authentication failed. Check the access key, the secret key or the token.");
    }
    if (code == u"APIGW.0303") {
        if (mentions(errorMsg, QLatin1StringView("canonicalrequest")))
            return tr("The gateway computed a different signature. Compare its canonical request, shown in "
                      "the details, line by line with the one this program signed.");
        return clockHint(clockSkewSeconds);
    }
    if (code == u"APIGW.0101")
        return tr("The API was not found. Check the endpoint host and region; the path or method may be "
                  "wrong for this endpoint.");
    if (code == u"APIGW.0308")
        return tr("Too many requests: the service is throttling. Wait a minute, then try again.");
    if (code == u"SMS.0202")
        return tr("The access key or secret key was rejected. Check both, and that the key is enabled.");
    if (code == u"SMS.0204" || code == u"SMS.2002")
        return permissionHint();
    if (code == u"SMS.0205")
        return clockHint(clockSkewSeconds);
    if (code == u"SMS.2004")
        return tr("The request is larger than the service accepts (10,240 bytes). Export fewer rows at a "
                  "time, or shorten the source names.");
    if (code == u"SMS.2005" || code == u"SMS.2006")
        return tr("The service did not see a JSON Content-Type. Something between you and the service, "
                  "such as a proxy, may have changed the request.");
    if (code == u"SMS.2248")
        return tr("A task or server in the list belongs to another account. Check the account id and the "
                  "task and source ids.");
    if (code == u"SMS.2252")
        return tr("No migration task is associated with one of the source servers. Check each row's task "
                  "id and source id.");
    if (code == u"SMS.6528")
        return tr("The account has not completed real-name verification. Complete it in the console, "
                  "then try again.");
    return {};
}

} // namespace smsc
