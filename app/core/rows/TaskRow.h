// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace smsc {

//! One entry of the export request's task_info array, as the user typed it.
struct TaskRow
{
    QString taskId;
    QString sourceId;
    QString sourceName;

    //! True when every field is empty or whitespace only (such rows are dropped, not sent).
    bool isBlank() const;
    //! The same row with surrounding whitespace removed from every field.
    TaskRow trimmed() const;

    friend bool operator==(const TaskRow &, const TaskRow &) = default;
};

//! The service's limits on the request (docs/SERVICE.md "Request limits").
inline constexpr int kMaxRows = 200;
inline constexpr int kMaxTaskIdLength = 36;
inline constexpr int kMaxSourceFieldLength = 255;

enum class RowField { TaskId, SourceId, SourceName };

} // namespace smsc

Q_DECLARE_METATYPE(smsc::TaskRow)
