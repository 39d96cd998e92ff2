// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

namespace smsc {

//! Reading the service's JSON, where ids and codes arrive as strings or numbers. Pure.
//! Every text read here is network text, so it comes out neutralised (util/UntrustedText, one line).
class JsonText final
{
public:
    //! A string, number or bool as text (numbers without exponent noise); empty for anything else.
    static QString scalar(const QJsonValue &value);
    //! A JSON value re-serialised compactly (strings as they are), neutralised keeping its lines.
    static QString compact(const QJsonValue &value);
    //! A JSON number of at most 2^53 in magnitude, truncated toward zero; nullopt for anything
    //! else (a string, 1e300), so no out-of-range double reaches an integer conversion.
    static std::optional<qint64> integer(const QJsonValue &value);
};

} // namespace smsc
