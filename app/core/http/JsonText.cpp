// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/JsonText.h"

#include "util/UntrustedText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace smsc {

QString JsonText::scalar(const QJsonValue &value)
{
    if (value.isString())
        return UntrustedText::neutralised(value.toString());
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return {};
}

QString JsonText::compact(const QJsonValue &value)
{
    if (value.isString())
        return UntrustedText::neutralised(value.toString(), UntrustedText::Lines::Keep);
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return UntrustedText::fromUtf8(doc.toJson(QJsonDocument::Compact), UntrustedText::Lines::Keep);
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
