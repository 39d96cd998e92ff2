// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUndoCommand>

namespace smsc {

class RowTableModel;

//! One cell's text changed (typing, or clearing with Delete).
class EditCellCommand final : public QUndoCommand
{
public:
    EditCellCommand(RowTableModel *model, int row, int column, QString text, const QString &label,
                    QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    RowTableModel *m_model;
    int m_row;
    int m_column;
    QString m_before;
    QString m_after;
};

} // namespace smsc
