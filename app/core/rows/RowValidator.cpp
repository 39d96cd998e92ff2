// SPDX-License-Identifier: GPL-3.0-or-later
#include "rows/RowValidator.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

int limitOf(RowField field)
{
    return field == RowField::TaskId ? kMaxTaskIdLength : kMaxSourceFieldLength;
}

const QString &valueOf(const TaskRow &row, RowField field)
{
    switch (field) {
    case RowField::TaskId:
        return row.taskId;
    case RowField::SourceId:
        return row.sourceId;
    case RowField::SourceName:
        break;
    }
    return row.sourceName;
}

// Checks an already trimmed, non-blank row.
void checkTrimmed(const TaskRow &row, int rowNumber, QList<RowProblem> *problems)
{
    if (row.taskId.isEmpty())
        problems->append({rowNumber, RowField::TaskId, RowProblem::Rule::TaskIdRequired});
    for (const RowField field : {RowField::TaskId, RowField::SourceId, RowField::SourceName}) {
        const int length = RowValidator::codePointLength(valueOf(row, field));
        if (length > limitOf(field)) {
            RowProblem problem{rowNumber, field, RowProblem::Rule::TooLong};
            problem.length = length;
            problem.limit = limitOf(field);
            problems->append(problem);
        }
    }
}

} // namespace

QString RowProblem::message() const
{
    const QString field = RowValidator::fieldName(this->field);
    switch (rule) {
    case Rule::NoRows:
        return RowValidator::tr("There is nothing to export: add at least one row with a task_id.");
    case Rule::TooManyRows:
        return RowValidator::tr("Row %1: too many rows; one request may contain at most %2 rows.")
            .arg(row).arg(limit);
    case Rule::TaskIdRequired:
        return RowValidator::tr("Row %1, %2: required, but empty.").arg(row).arg(field);
    case Rule::TooLong:
        return RowValidator::tr("Row %1, %2: %3 characters, at most %4 allowed.")
            .arg(row).arg(field).arg(length).arg(limit);
    case Rule::Duplicate:
        return RowValidator::tr("Row %1: the same task_id, source_id and source_name as row %2.")
            .arg(row).arg(duplicateOf);
    }
    return {};
}

QString RowValidator::fieldName(RowField field)
{
    switch (field) {
    case RowField::TaskId:
        return u"task_id"_s;
    case RowField::SourceId:
        return u"source_id"_s;
    case RowField::SourceName:
        break;
    }
    return u"source_name"_s;
}

int RowValidator::codePointLength(const QString &text)
{
    int length = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate())
            ++i;
        ++length;
    }
    return length;
}

QList<RowProblem> RowValidator::checkRow(const TaskRow &row, int rowNumber)
{
    QList<RowProblem> problems;
    if (!row.isBlank())
        checkTrimmed(row.trimmed(), rowNumber, &problems);
    return problems;
}

RowValidation RowValidator::validate(const QList<TaskRow> &rows)
{
    return validate(rows, kMaxRows);
}

RowValidation RowValidator::validate(const QList<TaskRow> &rows, int maxRows)
{
    RowValidation result;
    result.rows.reserve(maxRows > 0 ? qMin(rows.size(), qsizetype(maxRows + 1)) : rows.size());
    QHash<QString, int> firstRowOf;  // joined fields -> 1-based row number
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const TaskRow &raw = rows.at(i);
        if (raw.isBlank())
            continue;
        const int rowNumber = int(i + 1);
        const TaskRow row = raw.trimmed();
        result.rows.append(row);
        if (maxRows > 0 && result.rows.size() == maxRows + 1) {
            RowProblem problem{rowNumber, RowField::TaskId, RowProblem::Rule::TooManyRows};
            problem.limit = maxRows;
            result.problems.append(problem);
        }
        checkTrimmed(row, rowNumber, &result.problems);
        // U+0000 cannot be typed into a field, so it separates them unambiguously.
        const QString key = row.taskId + QChar(0) + row.sourceId + QChar(0) + row.sourceName;
        const auto earlier = firstRowOf.constFind(key);
        if (earlier == firstRowOf.constEnd()) {
            firstRowOf.insert(key, rowNumber);
        } else {
            RowProblem problem{rowNumber, RowField::TaskId, RowProblem::Rule::Duplicate};
            problem.duplicateOf = earlier.value();
            result.problems.append(problem);
        }
    }
    if (result.rows.isEmpty())
        result.problems.append({0, RowField::TaskId, RowProblem::Rule::NoRows});
    return result;
}

} // namespace smsc
