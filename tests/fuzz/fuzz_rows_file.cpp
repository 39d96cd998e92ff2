// SPDX-License-Identifier: GPL-3.0-or-later
// Rows files (CSV/TSV, UTF-8 with or without BOM) as RowsFile::parse reads them from a file or stdin.
#include "FuzzSupport.h"

#include "rows/RowsFile.h"

using namespace smsc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Outcome<ParsedRows> parsed = RowsFile::parse(fuzz::bytes(data, size));
    if (!parsed.ok()) {
        SMSC_FUZZ_CHECK(!parsed.error().isEmpty());
        SMSC_FUZZ_CHECK(parsed.failure().line >= 0);
        return 0;
    }
    const ParsedRows &rows = parsed.value();
    SMSC_FUZZ_CHECK(rows.rows.size() == rows.lines.size());
    for (qsizetype i = 0; i < rows.lines.size(); ++i) {
        SMSC_FUZZ_CHECK(rows.lines.at(i) >= 1);
        SMSC_FUZZ_CHECK(i == 0 || rows.lines.at(i) > rows.lines.at(i - 1));
    }
    // What we write, we read back unchanged.
    const Outcome<ParsedRows> again = RowsFile::parse(RowsFile::toCsv(rows.rows));
    SMSC_FUZZ_CHECK(again.ok());
    SMSC_FUZZ_CHECK(again.value().rows == rows.rows);
    return 0;
}
