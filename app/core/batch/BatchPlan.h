// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rows/RowValidator.h"
#include "rows/TaskRow.h"

#include <QList>

namespace smsc {

//! One request of a batch run: consecutive rows of the file.
struct BatchSlice
{
    int index = 0;         //!< 1-based, in file order
    int firstRow = 0;      //!< 1-based row number of its first row (blank rows counted, as in RowProblem)
    QList<TaskRow> rows;   //!< trimmed, exactly what is sent
};

/*!
 * Any number of rows split in file order into batches of at most `batchSize` (docs/SERVICE.md
 * "Request limits": 200 per request). Every row is validated before anything is sent, with the
 * rules of RowValidator except the 200-row cap; a duplicate is reported wherever its twin is,
 * in the same batch or another. Pure.
 */
class BatchPlan final
{
public:
    static constexpr int kDefaultBatchSize = kMaxRows;

    //! Validates all of `rows` (as read, blank rows kept so numbers match the file) and splits them.
    static BatchPlan split(const QList<TaskRow> &rows, int batchSize = kDefaultBatchSize);

    bool ok() const { return m_problems.isEmpty(); }
    const QList<RowProblem> &problems() const { return m_problems; }  //!< empty when ok()
    const QList<BatchSlice> &batches() const { return m_batches; }    //!< empty unless ok()
    int rowCount() const { return m_rowCount; }                       //!< rows to send (blank rows dropped)
    int batchSize() const { return m_batchSize; }

private:
    QList<BatchSlice> m_batches;
    QList<RowProblem> m_problems;
    int m_rowCount = 0;
    int m_batchSize = kDefaultBatchSize;
};

} // namespace smsc
