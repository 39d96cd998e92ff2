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

QModelIndex RowTableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = currentIndex();
    if (cursorAction == MoveNext && model() && current.isValid() && current.row() == model()->rowCount() - 1
        && current.column() == model()->columnCount() - 1) {
        const int before = model()->rowCount();
        emit appendRowRequested();
        if (model()->rowCount() > before)
            return model()->index(before, 0);
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
    QTableView::keyPressEvent(event);
}

} // namespace smsc
