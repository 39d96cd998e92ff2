#include "input/RowsInput.h"

#include "rows/RowsFile.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace smsc::cli {

RowsInputResult RowsInput::fromArguments(const QStringList &values)
{
    RowsInputResult result;
    for (const QString &value : values) {
        const qsizetype first = value.indexOf(QLatin1Char(','));
        const qsizetype second = first < 0 ? -1 : value.indexOf(QLatin1Char(','), first + 1);
        if (second < 0) {
            result.error = tr("--row “%1” is not TASK_ID,SOURCE_ID,SOURCE_NAME (two commas needed).").arg(value);
            result.rows.clear();
            return result;
        }
        result.rows.append(TaskRow{value.left(first), value.mid(first + 1, second - first - 1), value.mid(second + 1)});
    }
    return result;
}

RowsInputResult RowsInput::fromFile(const QString &path)
{
    RowsInputResult result;
    QString origin = path;
    const Outcome<ParsedRows> parsed = [&]() -> Outcome<ParsedRows> {
        if (path == u"-"_s) {
            origin = tr("stdin");
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly))
                return Failure{tr("The rows cannot be read from stdin: %1").arg(in.errorString())};
            return RowsFile::parse(in.read(RowsFile::kMaxFileBytes + 1));
        }
        if (QFileInfo(path).isDir())
            return Failure{tr("The rows file %1 is a folder, not a file.").arg(path)};
        return RowsFile::read(path);
    }();
    if (!parsed.ok()) {
        // Parse errors name a line but not the file; read errors already name it.
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
