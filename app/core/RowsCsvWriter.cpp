#include "RowsCsvWriter.h"

namespace smsc {

namespace {

QByteArray field(const QString &value)
{
    QByteArray utf8 = value.toUtf8();
    const bool quote = utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')
        || value != value.trimmed();
    if (!quote)
        return utf8;
    utf8.replace('"', "\"\"");
    return '"' + utf8 + '"';
}

} // namespace

QByteArray RowsCsvWriter::toCsv(const QList<TaskRow> &rows)
{
    QByteArray out = QByteArrayLiteral("\xEF\xBB\xBFtask_id,source_id,source_name\r\n");
    for (const TaskRow &row : rows)
        out += field(row.taskId) + ',' + field(row.sourceId) + ',' + field(row.sourceName) + "\r\n";
    return out;
}

} // namespace smsc
