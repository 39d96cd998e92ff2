// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rows/TaskRow.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace smsc {

//! What rule a row broke; one problem names exactly one row, one field and one rule.
struct RowProblem
{
    enum class Rule {
        NoRows,          //!< nothing to send (all rows blank); row is 0
        TooManyRows,     //!< more than kMaxRows non-blank rows; row is the first one over
        TaskIdRequired,  //!< task_id empty
        TooLong,         //!< field longer than its limit (code points)
        Duplicate,       //!< exact duplicate of an earlier row; `duplicateOf` names it
    };

    int row = 0;          //!< 1-based row number as the user sees it (blank rows count)
    RowField field = RowField::TaskId;
    Rule rule = Rule::NoRows;
    int length = 0;       //!< the field's length for TooLong
    int limit = 0;        //!< the limit for TooLong / TooManyRows
    int duplicateOf = 0;  //!< 1-based row for Duplicate

    //! One translated line naming row, field and rule, e.g. "Row 3, task_id: 37 characters, at most 36 allowed."
    QString message() const;

    friend bool operator==(const RowProblem &, const RowProblem &) = default;
};

struct RowValidation
{
    QList<TaskRow> rows;          //!< trimmed, blank rows dropped: exactly what would be sent
    QList<RowProblem> problems;   //!< empty when the request may be sent
    bool ok() const { return problems.isEmpty(); }
};

//! Validates rows as the service's contract demands; pure, no I/O.
class RowValidator final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::RowValidator)
public:
    //! Normalises (trim, drop blank) and checks every row; lengths count Unicode code points.
    static RowValidation validate(const QList<TaskRow> &rows);
    //! The same with another row limit (a batch run splits any number of rows; 0: no limit).
    static RowValidation validate(const QList<TaskRow> &rows, int maxRows);
    //! Problems of one row alone (no duplicate / count rules); used for as-you-type hints.
    static QList<RowProblem> checkRow(const TaskRow &row, int rowNumber);
    //! Name of the field as the API spells it (task_id, source_id, source_name).
    static QString fieldName(RowField field);
    //! Length as the service counts it: Unicode code points (a surrogate pair is one).
    static int codePointLength(const QString &text);
};

} // namespace smsc
