// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rows/RowTableModel.h"

#include <QUndoCommand>

namespace smsc {

//! Any set of rows removed (delete, clear all, remove duplicates); undo puts each back in place.
class RemoveRowsCommand final : public QUndoCommand
{
public:
    RemoveRowsCommand(RowTableModel *model, QList<int> rows, const QString &label, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    RowTableModel *m_model;
    QList<int> m_rows;  // ascending
    QList<RowTableModel::Entry> m_removed;
};

} // namespace smsc
