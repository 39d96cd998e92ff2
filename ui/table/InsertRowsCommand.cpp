// SPDX-License-Identifier: GPL-3.0-or-later
#include "table/InsertRowsCommand.h"

namespace smsc {

InsertRowsCommand::InsertRowsCommand(RowTableModel *model, int position, QList<RowTableModel::Entry> entries,
                                     const QString &label, QUndoCommand *parent)
    : QUndoCommand(label, parent), m_model(model), m_position(position), m_entries(std::move(entries))
{
}

void InsertRowsCommand::redo()
{
    m_inserted = m_model->insertEntries(m_position, m_entries);
}

void InsertRowsCommand::undo()
{
    if (m_inserted > 0)
        m_model->removeRows(m_position, m_inserted);
}

} // namespace smsc
