// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/BatchPlan.h"

#include <algorithm>

namespace smsc {

BatchPlan BatchPlan::split(const QList<TaskRow> &rows, int batchSize)
{
    BatchPlan plan;
    plan.m_batchSize = std::clamp(batchSize, 1, kMaxRows);
    const RowValidation validation = RowValidator::validate(rows, 0);
    if (!validation.ok()) {
        plan.m_problems = validation.problems;
        return plan;
    }
    plan.m_rowCount = int(validation.rows.size());
    // validation.rows drops blank rows; walk the input alongside it to know each row's number.
    qsizetype next = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).isBlank())
            continue;
        if (next % plan.m_batchSize == 0)
            plan.m_batches.append(BatchSlice{int(plan.m_batches.size() + 1), int(i + 1), {}});
        plan.m_batches.last().rows.append(validation.rows.at(next));
        ++next;
    }
    return plan;
}

} // namespace smsc
