#include "table/RowTableView.h"

#include <QHeaderView>
#include <QKeyEvent>

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
    const QModelIndex current = currentIndex();
    if (!model() || !current.isValid() || current.row() != model()->rowCount() - 1)
        return QTableView::moveCursor(cursorAction, modifiers);
    const bool pastLastCell = cursorAction == MoveNext && current.column() == model()->columnCount() - 1;
    // Down from a filled last row opens a new one, like Tab; a blank last row is already the new row.
    const bool belowLastRow = cursorAction == MoveDown && !(modifiers & Qt::ShiftModifier);
    if (pastLastCell || (belowLastRow && !isBlankRow(current.row()))) {
        const int before = model()->rowCount();
        emit appendRowRequested();
        if (model()->rowCount() > before)
            return model()->index(before, pastLastCell ? 0 : current.column());
    }
    return QTableView::moveCursor(cursorAction, modifiers);
}

void RowTableView::keyPressEvent(QKeyEvent *event)
{
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
