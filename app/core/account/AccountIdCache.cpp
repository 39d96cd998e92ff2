// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/AccountIdCache.h"

namespace smsc {

void AccountIdCache::insert(const QString &accessKey, const QString &accountId)
{
    if (accessKey.isEmpty() || accountId.isEmpty())
        return;
    m_ids.insert(accessKey, accountId);
}

} // namespace smsc
