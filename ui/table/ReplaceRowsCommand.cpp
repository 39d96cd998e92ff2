// SPDX-License-Identifier: GPL-3.0-or-later
#include "table/ReplaceRowsCommand.h"

namespace smsc {

ReplaceRowsCommand::ReplaceRowsCommand(RowTableModel *model, int first, QList<RowTableModel::Entry> entries,
                                       const QString &label, QUndoCommand *parent)
    : QUndoCommand(label, parent), m_model(model), m_first(first), m_after(std::move(entries))
{
    m_before = m_model->entries(m_first, int(m_after.size()));
}

void ReplaceRowsCommand::redo()
{
    const int overwritten = int(m_before.size());
    m_model->replaceEntries(m_first, m_after.mid(0, overwritten));
    m_appended = m_model->insertEntries(m_model->rowCount(), m_after.mid(overwritten));
}

void ReplaceRowsCommand::undo()
{
    if (m_appended > 0)
        m_model->removeRows(m_model->rowCount() - m_appended, m_appended);
    m_model->replaceEntries(m_first, m_before);
}

} // namespace smsc
