#pragma once

#include "TaskRow.h"

#include <QByteArray>
#include <QList>

namespace smsc {

//! Writes rows as an RFC 4180 CSV file that `export --rows` and the window's import read back.
class RowsCsvWriter final
{
public:
    //! UTF-8 with BOM (spreadsheets need it for non-ASCII), header row, CRLF line ends.
    static QByteArray toCsv(const QList<TaskRow> &rows);
};

} // namespace smsc
