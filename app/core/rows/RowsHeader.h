// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rows/TaskRow.h"
#include "util/Outcome.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace smsc {

//! Where each field sits in the records of a rows file or paste; -1 when absent.
struct RowColumns
{
    qsizetype taskId = -1;
    qsizetype sourceId = -1;
    qsizetype sourceName = -1;
    QList<qsizetype> untitled;  //!< header cells left empty: their values must be empty too

    //! The columns of a paste without a header row: task_id, source_id, source_name.
    static RowColumns tableOrder() { return RowColumns{0, 1, 2, {}}; }
};

/*!
 * The one recogniser of header rows, for rows files, stdin and pastes alike. A title names a
 * column when it matches one of the column's aliases (the API's name and the titles the table
 * shows in every language, see aliases()) ignoring case, spaces, underscores and hyphens.
 */
class RowsHeader final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::RowsHeader)
public:
    enum class FirstRow {
        Header,           //!< at least one cell names a column
        Data,             //!< a row to import
        LooksLikeHeader,  //!< no cell names a column, but it reads like titles (no cell looks like an id)
    };

    //! The accepted titles of a field: task_id, "Task ID", "任务 ID", …
    static QStringList aliases(RowField field);
    //! The field a title names, if any.
    static std::optional<RowField> fieldOf(const QString &title);
    //! What a first row is; pure, used to decide whether a paste starts with a header.
    static FirstRow classify(const QStringList &cells);
    //! The columns a header row on `line` names. Fails with one line naming every unknown and
    //! every repeated column (position, title and rule), or the missing task_id column.
    static Outcome<RowColumns> columns(const QStringList &cells, int line);
    //! A title reduced for comparison: compatibility-normalised, case-folded, without spaces,
    //! underscores and hyphens ("Task ID", "TASK_ID" and "task id" are all "taskid").
    static QString normalise(const QString &title);
};

} // namespace smsc
