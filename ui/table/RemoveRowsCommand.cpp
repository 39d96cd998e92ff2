// SPDX-License-Identifier: GPL-3.0-or-later
#include "table/RemoveRowsCommand.h"

#include <algorithm>

namespace smsc {

RemoveRowsCommand::RemoveRowsCommand(RowTableModel *model, QList<int> rows, const QString &label,
                                     QUndoCommand *parent)
    : QUndoCommand(label, parent), m_model(model), m_rows(std::move(rows))
{
    std::sort(m_rows.begin(), m_rows.end());
    m_rows.erase(std::unique(m_rows.begin(), m_rows.end()), m_rows.end());
    for (int row : std::as_const(m_rows))
        m_removed.append(m_model->entries(row, 1).value(0));
}

void RemoveRowsCommand::redo()
{
    // From the bottom up, joining neighbours, so indices stay valid and views get few signals.
    int i = int(m_rows.size()) - 1;
    while (i >= 0) {
        int first = i;
        while (first > 0 && m_rows.at(first - 1) == m_rows.at(first) - 1)
            --first;
        m_model->removeRows(m_rows.at(first), i - first + 1);
        i = first - 1;
    }
}

void RemoveRowsCommand::undo()
{
    int i = 0;
    while (i < m_rows.size()) {
        int last = i;
        while (last + 1 < m_rows.size() && m_rows.at(last + 1) == m_rows.at(last) + 1)
            ++last;
        m_model->insertEntries(m_rows.at(i), m_removed.mid(i, last - i + 1));
        i = last + 1;
    }
}

} // namespace smsc
