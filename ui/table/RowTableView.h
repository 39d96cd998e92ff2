#pragma once

#include <QTableView>

namespace smsc {

//! The rows table: spreadsheet keys (Enter/F2 edit, Tab past the last cell adds a row). Tab and
//! Shift+Tab never move focus out of the table; Ctrl+Tab and Ctrl+Shift+Tab do.
class RowTableView final : public QTableView
{
    Q_OBJECT
public:
    explicit RowTableView(QWidget *parent = nullptr);
    //! Rows touched by the selection (or the current row), ascending.
    QList<int> selectedRowNumbers() const;

signals:
    //! Tab on the last cell: the owner appends a row (undoably) if the cap allows.
    void appendRowRequested();

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QModelIndex tabTarget(bool forward);
};

} // namespace smsc
