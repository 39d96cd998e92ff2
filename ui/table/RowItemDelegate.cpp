// SPDX-License-Identifier: GPL-3.0-or-later
#include "table/RowItemDelegate.h"

#include "rows/RowTableModel.h"
#include "table/EditCellCommand.h"
#include "table/RowActions.h"

#include <QLineEdit>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace smsc {

RowItemDelegate::RowItemDelegate(QUndoStack *undoStack, QObject *parent)
    : QStyledItemDelegate(parent), m_undoStack(undoStack), m_problemIcon(u":/icons/actions/validation-error.svg"_s)
{
}

void RowItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *rows = qobject_cast<RowTableModel *>(model);
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (!rows || !line) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    if (line->text() == index.data(Qt::EditRole).toString())
        return;
    m_undoStack->push(new EditCellCommand(rows, index.row(), index.column(), line->text(), RowActions::undoLabel(QT_TRANSLATE_NOOP("smsc::RowActions", "Edit cell"))));
}

void RowItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(RowTableModel::FromAccountRole).toBool())
        option->font.setItalic(true);   // rows picked from the account; the tooltip says so
    // The model carries the fact, the ui the picture: the core has no QtGui.
    if (index.data(RowTableModel::HasProblemRole).toBool()) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = m_problemIcon;
        const int side = option->fontMetrics.height();
        option->decorationSize = QSize(side, side);
    }
}

} // namespace smsc
