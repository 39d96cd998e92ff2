// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rows/RowTableModel.h"

#include <QUndoCommand>

namespace smsc {

//! Rows inserted at one position (add, insert, duplicate). The caller checks the cap first.
class InsertRowsCommand final : public QUndoCommand
{
public:
    InsertRowsCommand(RowTableModel *model, int position, QList<RowTableModel::Entry> entries,
                      const QString &label, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    RowTableModel *m_model;
    int m_position;
    QList<RowTableModel::Entry> m_entries;
    int m_inserted = 0;
};

} // namespace smsc
