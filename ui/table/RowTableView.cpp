// SPDX-License-Identifier: GPL-3.0-or-later
#include "table/RowTableView.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smsc {

RowTableView::RowTableView(QWidget *parent) : QTableView(parent)
{
    setObjectName(u"rowTable"_s);
    setEditTriggers(DoubleClicked | EditKeyPressed | AnyKeyPressed);
    setSelectionBehavior(SelectItems);
    setSelectionMode(ExtendedSelection);
    setTabKeyNavigation(true);
    setWordWrap(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

void RowTableView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        old->disconnect(this);
    QTableView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::rowsRemoved, this, [] { QToolTip::hideText(); });
    connect(model, &QAbstractItemModel::modelReset, this, [] { QToolTip::hideText(); });
}

QList<int> RowTableView::selectedRowNumbers() const
{
    QList<int> rows;
    const QModelIndexList indexes = selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
    for (const QModelIndex &index : indexes)
        rows.append(index.row());
    if (rows.isEmpty() && currentIndex().isValid())
        rows.append(currentIndex().row());
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

bool RowTableView::isBlankRow(int row) const
{
    for (int column = 0; column < model()->columnCount(); ++column) {
        if (!model()->index(row, column).data(Qt::EditRole).toString().trimmed().isEmpty())
            return false;
    }
    return true;
}

QModelIndex RowTableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    // Also reached from an open editor: the delegate's Tab closes it with EditNextItem.
    if (cursorAction == MoveNext || cursorAction == MovePrevious)
        return tabTarget(cursorAction == MoveNext);
    // Down from a filled last row opens a new one, like Tab; a blank last row is already the new row.
    const QModelIndex current = currentIndex();
    if (model() && current.isValid() && current.row() == model()->rowCount() - 1 && cursorAction == MoveDown
        && !(modifiers & Qt::ShiftModifier) && !isBlankRow(current.row())) {
        const int before = model()->rowCount();
        emit appendRowRequested();
        if (model()->rowCount() > before)
            return model()->index(before, current.column());
    }
    return QTableView::moveCursor(cursorAction, modifiers);
}

// Reading order, without wrapping: past the last cell a row is appended (or, at the cap, the
// cursor stays); before the first cell it stays.
QModelIndex RowTableView::tabTarget(bool forward)
{
    const QModelIndex current = currentIndex();
    if (!model() || !current.isValid())
        return model() && model()->rowCount() > 0 ? model()->index(0, 0) : QModelIndex();
    const int lastColumn = model()->columnCount() - 1;
    if (forward) {
        if (current.column() < lastColumn)
            return current.siblingAtColumn(current.column() + 1);
        if (current.row() + 1 < model()->rowCount())
            return model()->index(current.row() + 1, 0);
        const int before = model()->rowCount();
        emit appendRowRequested();
        return model()->rowCount() > before ? model()->index(before, 0) : current;
    }
    if (current.column() > 0)
        return current.siblingAtColumn(current.column() - 1);
    return current.row() > 0 ? model()->index(current.row() - 1, lastColumn) : current;
}

void RowTableView::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const bool tab = event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab;
    if (tab && !(modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
        // QAbstractItemView lets Tab leave the view whenever the cursor does not move (the last
        // cell, even after the row it appended became current): the next keys then went to
        // whatever came next in the focus chain. Here Tab always stays in the table.
        const bool forward = event->key() == Qt::Key_Tab && !(modifiers & Qt::ShiftModifier);
        const QModelIndex target = tabTarget(forward);
        if (target.isValid() && selectionModel())
            selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect);
        event->accept();
        return;
    }
    if (tab) {
        // Ctrl+Tab is the way out of a widget that keeps Tab for itself (as in text editors).
        QAbstractScrollArea::focusNextPrevChild(event->key() == Qt::Key_Tab && !(modifiers & Qt::ShiftModifier));
        event->accept();
        return;
    }
    // Qt only activates on Enter; a spreadsheet user expects it to start editing like F2.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier
        && state() != EditingState && currentIndex().isValid()) {
        edit(currentIndex());
        return;
    }
    // Without a current cell Qt would take the text as a keyboard search: the typing would be lost.
    const bool typing = !event->text().isEmpty() && event->text().front().isPrint()
        && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (typing && state() != EditingState && !currentIndex().isValid())
        emit editableRowRequested();
    QTableView::keyPressEvent(event);
}

} // namespace smsc
