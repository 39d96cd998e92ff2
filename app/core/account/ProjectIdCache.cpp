// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/ProjectIdCache.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace smsc {

QString ProjectIdCache::key(const QString &accessKey, const QString &region)
{
    const QByteArray data = accessKey.toUtf8() + '\n' + region.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

void ProjectIdCache::insert(const QString &accessKey, const QString &region, const QString &projectId)
{
    if (accessKey.isEmpty() || region.isEmpty() || projectId.isEmpty())
        return;
    m_ids.insert(key(accessKey, region), projectId);
}

} // namespace smsc
