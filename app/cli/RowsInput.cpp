#include "RowsInput.h"

#include <QFile>
#include <QFileInfo>

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
    QFile file;
    if (path == u"-"_qs) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            result.error = tr("The rows cannot be read from stdin: %1").arg(file.errorString());
            return result;
        }
    } else {
        file.setFileName(path);
        if (QFileInfo(path).isDir()) {
            result.error = tr("The rows file %1 is a folder, not a file.").arg(path);
            return result;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            result.error = tr("The rows file %1 cannot be read: %2").arg(path, file.errorString());
            return result;
        }
    }
    const QByteArray bytes = file.readAll();
    result.error = tr("Reading rows files is not available yet (%1 bytes read).").arg(bytes.size());  // FIXME: RowsFile
    return result;
}

} // namespace smsc::cli
