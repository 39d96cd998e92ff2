// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace smsc {

/*!
 * Project ids already resolved, per access key and region, for the life of the process (memory
 * only). The key is a SHA-256 of the access key and the region, so not even the AK is kept.
 */
class ProjectIdCache final
{
public:
    //! The cached id for `accessKey` in `region`, or an empty string.
    QString find(const QString &accessKey, const QString &region) const { return m_ids.value(key(accessKey, region)); }
    void insert(const QString &accessKey, const QString &region, const QString &projectId);  //!< ignores empty values
    void clear() { m_ids.clear(); }
    qsizetype size() const { return m_ids.size(); }
    //! The hashed key: hex SHA-256 of the AK, a newline and the region.
    static QString key(const QString &accessKey, const QString &region);

private:
    QHash<QString, QString> m_ids;
};

} // namespace smsc
