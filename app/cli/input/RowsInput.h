// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rows/RowValidator.h"
#include "rows/TaskRow.h"
#include "util/Outcome.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace smsc::cli {

struct RowsInputResult
{
    QList<TaskRow> rows;
    QList<int> lines;  //!< file line of each row (empty for --row)
    QString origin;    //!< the file name (or "stdin") for messages; empty for --row
    QString error;     //!< translated sentence naming the file and the problem
    bool ok() const { return error.isEmpty(); }
};

//! Rows from --rows FILE, --rows - (stdin) or repeated --row TASK_ID,SOURCE_ID,SOURCE_NAME.
class RowsInput final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::cli::RowsInput)
public:
    //! Rows from the bytes an InputReader read from --rows FILE or stdin (`origin` names it).
    static RowsInputResult fromBytes(const Outcome<QByteArray> &bytes, const QString &origin);
    //! Each value splits at its first two commas (a source name may contain commas).
    static RowsInputResult fromArguments(const QStringList &values);
    //! A validation problem as one line, naming the file and line when the rows came from one.
    static QString describe(const RowsInputResult &input, const RowProblem &problem);
};

} // namespace smsc::cli
