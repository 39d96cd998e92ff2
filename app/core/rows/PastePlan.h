// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rows/RowsFile.h"
#include "rows/TaskRow.h"

#include <QList>

namespace smsc {

//! Where pasted rows land in the table and which filled cells they would change; pure.
struct PastePlan
{
    int first = 0;           //!< first table row written (0-based)
    QList<TaskRow> rows;     //!< the table rows from `first` on as they read after the paste
    QList<int> changedRows;  //!< 1-based table rows in which the paste would change a filled cell
    int changedCells = 0;    //!< filled cells the paste would change

    //! The paste at (`row`, `column`), like a spreadsheet: rows without a header fill `parsed.width`
    //! columns from `column` on (from the first when they would not fit there) and keep the other
    //! cells of those rows; rows under a header row fill whole rows.
    static PastePlan at(const QList<TaskRow> &table, const ParsedRows &parsed, int row, int column);
    //! The same paste as new rows after the last non-blank row (trailing blank rows are reused).
    static PastePlan appended(const QList<TaskRow> &table, const ParsedRows &parsed, int column);
    //! The index after the last non-blank row.
    static int endOfFilledRows(const QList<TaskRow> &table);
};

} // namespace smsc
