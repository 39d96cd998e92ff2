// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace smsc {

//! Account (domain) ids already resolved, per access key, for the life of the process (memory only).
class AccountIdCache final
{
public:
    //! The cached id for `accessKey`, or an empty string.
    QString find(const QString &accessKey) const { return m_ids.value(accessKey); }
    void insert(const QString &accessKey, const QString &accountId);  //!< ignores empty values
    void remove(const QString &accessKey) { m_ids.remove(accessKey); }
    void clear() { m_ids.clear(); }
    qsizetype size() const { return m_ids.size(); }

private:
    QHash<QString, QString> m_ids;
};

} // namespace smsc
