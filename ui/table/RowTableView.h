// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace smsc {

//! The rows table: spreadsheet keys (Enter/F2 edit, Tab past the last cell or Down from a filled
//! last row adds a row, typing with no current cell asks for a row to type into). Tab and
//! Shift+Tab never move focus out of the table; Ctrl+Tab and Ctrl+Shift+Tab do.
class RowTableView final : public QTableView
{
    Q_OBJECT
public:
    explicit RowTableView(QWidget *parent = nullptr);
    //! Rows touched by the selection (or the current row), ascending.
    QList<int> selectedRowNumbers() const;
    //! Also hides a cell's tooltip once rows go (Undo, delete), so it never floats over nothing.
    void setModel(QAbstractItemModel *model) override;

signals:
    //! Tab on the last cell: the owner appends a row (undoably) if the cap allows.
    void appendRowRequested();
    //! A key was typed with no current cell (e.g. every row deleted): the owner makes one current.
    void editableRowRequested();

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool isBlankRow(int row) const;
    QModelIndex tabTarget(bool forward);
};

} // namespace smsc
