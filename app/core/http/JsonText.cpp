#include "http/JsonText.h"

using namespace Qt::StringLiterals;

namespace smsc {

QString JsonText::scalar(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return {};
}

std::optional<qint64> JsonText::integer(const QJsonValue &value)
{
    constexpr double kExactLimit = 9007199254740992.0;  // 2^53
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    // Converting a double outside qint64's range is undefined behaviour.
    if (!(number >= -kExactLimit && number <= kExactLimit))
        return std::nullopt;
    return qint64(number);
}

} // namespace smsc
