#pragma once

#include "TaskRow.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace smsc::cli {

struct RowsInputResult
{
    QList<TaskRow> rows;
    QString error;  //!< translated sentence naming the file and the problem
    bool ok() const { return error.isEmpty(); }
};

//! Rows from --rows FILE, --rows - (stdin) or repeated --row TASK_ID,SOURCE_ID,SOURCE_NAME.
class RowsInput final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::cli::RowsInput)
public:
    static RowsInputResult fromFile(const QString &path);  //!< "-" reads stdin
    //! Each value splits at its first two commas (a source name may contain commas).
    static RowsInputResult fromArguments(const QStringList &values);
};

} // namespace smsc::cli
