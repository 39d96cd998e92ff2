// SPDX-License-Identifier: GPL-3.0-or-later
// Spreadsheet pastes (tab- or comma-separated, with or without a header row): RowsFile::parseClipboard.
#include "FuzzSupport.h"

#include "rows/RowsFile.h"

using namespace smsc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    const Outcome<ParsedRows> parsed = RowsFile::parseClipboard(text);
    if (!parsed.ok()) {
        SMSC_FUZZ_CHECK(!parsed.error().isEmpty());
        SMSC_FUZZ_CHECK(parsed.failure().line >= 1);
        return 0;
    }
    const ParsedRows &rows = parsed.value();
    SMSC_FUZZ_CHECK(rows.rows.size() == rows.lines.size());
    for (qsizetype i = 0; i < rows.lines.size(); ++i)
        SMSC_FUZZ_CHECK(rows.lines.at(i) >= 1 && (i == 0 || rows.lines.at(i) > rows.lines.at(i - 1)));
    // Pasting the rows as CSV gives them back (a tab in a field would make the paste tab-separated).
    for (const TaskRow &row : rows.rows) {
        if (row.taskId.contains(u'\t') || row.sourceId.contains(u'\t') || row.sourceName.contains(u'\t'))
            return 0;
    }
    const Outcome<ParsedRows> again = RowsFile::parseClipboard(QString::fromUtf8(RowsFile::toCsv(rows.rows)));
    SMSC_FUZZ_CHECK(again.ok());
    SMSC_FUZZ_CHECK(again.value().rows == rows.rows);
    return 0;
}
