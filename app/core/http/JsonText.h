#pragma once

#include <QJsonValue>
#include <QString>

namespace smsc {

//! Reading the service's JSON, where ids and codes arrive as strings or numbers. Pure.
class JsonText final
{
public:
    //! A string, number or bool as text (numbers without exponent noise); empty for anything else.
    static QString scalar(const QJsonValue &value);
};

} // namespace smsc
