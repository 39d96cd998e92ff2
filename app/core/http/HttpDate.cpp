// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/HttpDate.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

int monthNumber(QStringView name)
{
    static const QStringList months{u"jan"_s, u"feb"_s, u"mar"_s,
                                    u"apr"_s, u"may"_s, u"jun"_s,
                                    u"jul"_s, u"aug"_s, u"sep"_s,
                                    u"oct"_s, u"nov"_s, u"dec"_s};
    return int(months.indexOf(name.toString().toLower())) + 1;
}

} // namespace

QDateTime HttpDate::parse(const QByteArray &value)
{
    // IMF-fixdate, then the obsolete RFC 850 and asctime forms RFC 7231 still asks us to accept.
    // Parsed field by field: a local-time round trip would break on the local zone's DST gaps.
    static const QRegularExpression imf(
        uR"(^\w+, (\d{1,2})[ -](\w{3})[ -](\d{2,4}) (\d\d):(\d\d):(\d\d) GMT$)"_s);
    static const QRegularExpression asctime(
        uR"(^\w+ (\w{3}) +(\d{1,2}) (\d\d):(\d\d):(\d\d) (\d{4})$)"_s);
    const QString text = QString::fromLatin1(value).trimmed();
    int day = 0, month = 0, year = 0;
    QStringList clock;
    if (const QRegularExpressionMatch m = imf.match(text); m.hasMatch()) {
        day = m.captured(1).toInt();
        month = monthNumber(m.capturedView(2));
        year = m.captured(3).toInt();
        if (m.capturedLength(3) == 2)
            year += year < 70 ? 2000 : 1900;
        clock = {m.captured(4), m.captured(5), m.captured(6)};
    } else if (const QRegularExpressionMatch a = asctime.match(text); a.hasMatch()) {
        month = monthNumber(a.capturedView(1));
        day = a.captured(2).toInt();
        year = a.captured(6).toInt();
        clock = {a.captured(3), a.captured(4), a.captured(5)};
    } else {
        return {};
    }
    const QDate date(year, month, day);
    const QTime time(clock.at(0).toInt(), clock.at(1).toInt(), clock.at(2).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

std::optional<qint64> HttpDate::clockSkew(const QByteArray &dateHeader, const QDateTime &localNowUtc)
{
    const QDateTime server = parse(dateHeader);
    if (!server.isValid() || !localNowUtc.isValid())
        return std::nullopt;
    return server.secsTo(localNowUtc);
}

} // namespace smsc
