// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rows/RowsHeader.h"
#include "rows/TaskRow.h"
#include "util/Outcome.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace smsc {

//! Rows read from a file or the clipboard.
struct ParsedRows
{
    QList<TaskRow> rows;   //!< as written (not trimmed; blank rows kept so numbering matches)
    QList<int> lines;      //!< 1-based line on which each row starts, parallel to `rows`
    //! Header: a header row was read (always, for a file). LooksLikeHeader: a paste whose first row
    //! reads like column titles it does not name was taken as data; the caller may ask and parse again.
    RowsHeader::FirstRow firstRow = RowsHeader::FirstRow::Data;
    //! Without a header row, how many columns the first record fills (a paste lands there); else 3.
    int width = 3;
};

/*!
 * Rows files: CSV (RFC 4180) or TSV, UTF-8 with or without BOM, a header row naming task_id,
 * source_id and source_name in any order, by those names or by the table's titles (RowsHeader).
 * An unknown or repeated column is an error, so no value is silently dropped.
 */
class RowsFile final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::RowsFile)
public:
    //! Reads and parses `path`. A failure is one translated line, e.g. "Line 4: a quoted field is
    //! not closed.", with Failure::line set when it is about a line.
    static Outcome<ParsedRows> read(const QString &path);
    //! Parses file bytes (e.g. stdin); TSV when the first line has a tab, else CSV.
    static Outcome<ParsedRows> parse(const QByteArray &data);
    enum class FirstRow { Detect, Header, Data };
    //! Parses a spreadsheet paste: tab- or comma-separated, with a header row or without one
    //! (then the columns are task_id, source_id, source_name in that order). `firstRow` Header
    //! skips a first row that names no column and takes the others in that order.
    static Outcome<ParsedRows> parseClipboard(const QString &text, FirstRow firstRow = FirstRow::Detect);
    //! RFC 4180 CSV with a header row, CRLF line ends, UTF-8 without BOM.
    static QByteArray toCsv(const QList<TaskRow> &rows);
    //! Writes toCsv() atomically.
    static Outcome<void> write(const QString &path, const QList<TaskRow> &rows);

    static constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;
};

} // namespace smsc
