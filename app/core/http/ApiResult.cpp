// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/ApiResult.h"

namespace smsc {

QByteArray ApiResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace smsc
