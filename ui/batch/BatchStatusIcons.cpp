// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/BatchStatusIcons.h"

#include "batch/BatchTableModel.h"

namespace smsc {

QVariant BatchStatusIcons::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DecorationRole)
        return QIdentityProxyModel::data(index, role);
    const QString path = QIdentityProxyModel::data(index, BatchTableModel::StatusIconRole).toString();
    if (path.isEmpty())
        return {};
    auto it = m_icons.find(path);
    if (it == m_icons.end())
        it = m_icons.insert(path, QIcon(path));
    return *it;
}

} // namespace smsc
