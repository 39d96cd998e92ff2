// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

class QUndoStack;

namespace smsc {

//! Draws the problem icon on offending cells and turns every committed edit into an undoable command.
class RowItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    RowItemDelegate(QUndoStack *undoStack, QObject *parent = nullptr);
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QUndoStack *m_undoStack;
    QIcon m_problemIcon;
};

} // namespace smsc
