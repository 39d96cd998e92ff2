// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <optional>

namespace smsc {

//! HTTP dates (RFC 7231 §7.1.1.1) and the clock skew they reveal. Pure.
class HttpDate final
{
public:
    //! IMF-fixdate, RFC 850 or asctime form in UTC; invalid when it does not parse.
    static QDateTime parse(const QByteArray &value);
    //! Local minus server seconds from a Date header; nullopt without a usable Date.
    static std::optional<qint64> clockSkew(const QByteArray &dateHeader, const QDateTime &localNowUtc);
};

} // namespace smsc
