// SPDX-License-Identifier: GPL-3.0-or-later
#include "input/RowsInput.h"

#include "rows/RowsFile.h"


using namespace Qt::StringLiterals;

namespace smsc::cli {

RowsInputResult RowsInput::fromArguments(const QStringList &values)
{
    RowsInputResult result;
    for (const QString &value : values) {
        const qsizetype first = value.indexOf(QLatin1Char(','));
        const qsizetype second = first < 0 ? -1 : value.indexOf(QLatin1Char(','), first + 1);
        if (second < 0) {
            result.error = tr("--row \"%1\" is not TASK_ID,SOURCE_ID,SOURCE_NAME (two commas needed).").arg(value);
            result.rows.clear();
            return result;
        }
        result.rows.append(TaskRow{value.left(first), value.mid(first + 1, second - first - 1), value.mid(second + 1)});
    }
    return result;
}

RowsInputResult RowsInput::fromBytes(const Outcome<QByteArray> &bytes, const QString &origin)
{
    RowsInputResult result;
    if (!bytes.ok()) {
        result.error = bytes.error();  // the reader's message names the input
        return result;
    }
    const Outcome<ParsedRows> parsed = RowsFile::parse(bytes.value());
    if (!parsed.ok()) {
        // Parse errors name a line but not the file.
        result.error = parsed.failure().line > 0 ? tr("%1: %2").arg(origin, parsed.error()) : parsed.error();
        return result;
    }
    result.rows = parsed.value().rows;
    result.lines = parsed.value().lines;
    result.origin = origin;
    return result;
}

QString RowsInput::describe(const RowsInputResult &input, const RowProblem &problem)
{
    const int index = problem.row - 1;
    if (input.origin.isEmpty() || index < 0 || index >= input.lines.size())
        return problem.message();
    return tr("%1, line %2: %3").arg(input.origin).arg(input.lines.at(index)).arg(problem.message());
}

} // namespace smsc::cli
