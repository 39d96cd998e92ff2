// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QIcon>
#include <QIdentityProxyModel>

namespace smsc {

//! Shows BatchTableModel's status icon (a resource path, the core has no QIcon) as the decoration.
class BatchStatusIcons final : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    mutable QHash<QString, QIcon> m_icons;
};

} // namespace smsc
