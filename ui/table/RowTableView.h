#pragma once

#include <QTableView>

namespace smsc {

//! The rows table: spreadsheet keys (Enter/F2 edit, Tab past the last cell adds a row).
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

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace smsc
