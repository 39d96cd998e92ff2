// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace smsc {

/*!
 * Reads what arrived of a JSON object whose text was cut short (an error body over the 1 MiB
 * cap): the members that arrived whole, and a string value cut mid-way as far as it arrived.
 * Pure; never reads past the bytes given, gives up on invalid JSON.
 */
class JsonPrefix final
{
public:
    static constexpr int kMaxDepth = 32;  //!< deeper nesting is dropped, not followed

    //! The top-level object's members from `prefix`; empty when it does not start an object.
    static QJsonObject salvageObject(const QByteArray &prefix);
};

} // namespace smsc
