// SPDX-License-Identifier: GPL-3.0-or-later
#include "rows/TaskRow.h"

namespace smsc {

bool TaskRow::isBlank() const
{
    return taskId.trimmed().isEmpty() && sourceId.trimmed().isEmpty() && sourceName.trimmed().isEmpty();
}

TaskRow TaskRow::trimmed() const
{
    return TaskRow{taskId.trimmed(), sourceId.trimmed(), sourceName.trimmed()};
}

} // namespace smsc
