// SPDX-License-Identifier: GPL-3.0-or-later
#include "table/EditCellCommand.h"

#include "rows/RowTableModel.h"

namespace smsc {

EditCellCommand::EditCellCommand(RowTableModel *model, int row, int column, QString text, const QString &label,
                                 QUndoCommand *parent)
    : QUndoCommand(label, parent), m_model(model), m_row(row), m_column(column),
      m_before(model->index(row, column).data(Qt::EditRole).toString()), m_after(std::move(text))
{
}

void EditCellCommand::redo()
{
    m_model->setData(m_model->index(m_row, m_column), m_after);
}

void EditCellCommand::undo()
{
    m_model->setData(m_model->index(m_row, m_column), m_before);
}

} // namespace smsc
