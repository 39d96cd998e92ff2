// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportHistoryModel.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace smsc {

ExportHistoryModel::ExportHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void ExportHistoryModel::setEntries(const QList<HistoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    std::reverse(m_entries.begin(), m_entries.end());
    endResetModel();
}

Outcome<void> ExportHistoryModel::reload(ExportHistory &history)
{
    Outcome<void> loaded = history.load();
    setEntries(history.entries());
    return loaded;
}

HistoryEntry ExportHistoryModel::entryAt(int row) const
{
    return m_entries.value(row);
}

QString ExportHistoryModel::outcomeText(const HistoryEntry &entry)
{
    if (entry.isBatchRun()) {
        return tr("Batch run: %1 saved, %2 failed, %3 pending")
            .arg(entry.batchesSaved).arg(entry.batchesFailed).arg(entry.batchesPending);
    }
    if (entry.outcome == u"ok")
        return tr("Saved");
    if (entry.outcome == u"no_file")
        return tr("No file returned (HTTP %1)").arg(entry.httpStatus);
    const QString code = entry.errorCode.isEmpty() ? entry.outcome : entry.errorCode;
    return entry.httpStatus ? tr("Failed: %1 (HTTP %2)").arg(code).arg(entry.httpStatus) : tr("Failed: %1").arg(code);
}

ApiError ExportHistoryModel::errorOf(const HistoryEntry &entry)
{
    ApiError error;
    if (entry.ok() || entry.outcome == u"no_file" || entry.outcome == u"cancelled")
        return error;
    error.kind = errorKindFromId(entry.outcome);
    error.httpStatus = entry.httpStatus;
    error.errorCode = entry.errorCode;
    error.errorMsg = entry.errorMessage;
    error.errorMsgRaw = entry.errorMessage;
    error.requestId = entry.requestId;
    error.headline = entry.errorMessage.isEmpty() ? outcomeText(entry) : entry.errorMessage;
    return error;
}

int ExportHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ExportHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExportHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry &e = m_entries.at(index.row());
    if (role == OkRole)
        return e.ok();
    if (role == Qt::ToolTipRole) {
        if (index.column() == FileColumn)
            return QDir::toNativeSeparators(e.filePath);
        if (index.column() == OutcomeColumn)
            return e.errorMessage;
        if (index.column() == TimeColumn)
            return tr("%1 UTC").arg(e.timeUtc.toString(Qt::ISODate));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn: return e.timeUtc.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss");
    case ProfileColumn: return e.profile;
    case RowsColumn: return e.rowCount();
    case OutcomeColumn: return outcomeText(e);
    case RequestIdColumn: return e.requestId;
    case FileColumn: return e.filePath.isEmpty() ? QString() : QFileInfo(e.filePath).fileName();
    default: return {};
    }
}

QVariant ExportHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case ProfileColumn: return tr("Profile");
    case RowsColumn: return tr("Rows");
    case OutcomeColumn: return tr("Outcome");
    case RequestIdColumn: return tr("Request ID");
    case FileColumn: return tr("File");
    default: return {};
    }
}

} // namespace smsc
