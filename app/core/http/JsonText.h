#pragma once

#include <QJsonValue>
#include <QString>

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
};

} // namespace smsc
