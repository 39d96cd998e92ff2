// SPDX-License-Identifier: GPL-3.0-or-later
#include "rows/PastePlan.h"

#include "rows/RowTableModel.h"

namespace smsc {

PastePlan PastePlan::at(const QList<TaskRow> &table, const ParsedRows &parsed, int row, int column)
{
    const int width = parsed.firstRow == RowsHeader::FirstRow::Header ? int(RowTableModel::ColumnCount) : parsed.width;
    const int start = column >= 0 && column + width <= RowTableModel::ColumnCount ? column : 0;
    PastePlan plan;
    plan.first = row;
    for (int i = 0; i < parsed.rows.size(); ++i) {
        const TaskRow before = table.value(row + i);
        TaskRow after = width == RowTableModel::ColumnCount ? TaskRow{} : before;
        for (int j = 0; j < width && start + j < RowTableModel::ColumnCount; ++j)
            RowTableModel::setField(&after, start + j, RowTableModel::field(parsed.rows.at(i), j));
        int changed = 0;
        for (int c = 0; c < RowTableModel::ColumnCount; ++c) {
            const QString old = RowTableModel::field(before, c);
            if (!old.trimmed().isEmpty() && old != RowTableModel::field(after, c))
                ++changed;
        }
        if (changed > 0) {
            plan.changedCells += changed;
            plan.changedRows.append(row + i + 1);
        }
        plan.rows.append(after);
    }
    return plan;
}

PastePlan PastePlan::appended(const QList<TaskRow> &table, const ParsedRows &parsed, int column)
{
    return at(table, parsed, endOfFilledRows(table), column);
}

int PastePlan::endOfFilledRows(const QList<TaskRow> &table)
{
    int row = int(table.size());
    while (row > 0 && table.at(row - 1).isBlank())
        --row;
    return row;
}

} // namespace smsc
