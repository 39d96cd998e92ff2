// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/BatchTableModel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smsc {

BatchTableModel::BatchTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void BatchTableModel::setManifest(const BatchManifest &manifest)
{
    beginResetModel();
    m_records = manifest.batches;
    m_errors.clear();
    endResetModel();
}

void BatchTableModel::updateBatch(const BatchRecord &record, const ApiError &error)
{
    const auto it = std::find_if(m_records.begin(), m_records.end(),
                                 [&record](const BatchRecord &r) { return r.index == record.index; });
    if (it == m_records.end())
        return;
    *it = record;
    if (record.status == BatchStatus::Failed)
        m_errors.insert(record.index, error);
    else
        m_errors.remove(record.index);
    const int row = int(it - m_records.begin());
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

BatchRecord BatchTableModel::recordAt(int row) const
{
    return m_records.value(row);
}

ApiError BatchTableModel::errorAt(int row) const
{
    const BatchRecord record = recordAt(row);
    if (record.status != BatchStatus::Failed)
        return {};
    if (const auto it = m_errors.constFind(record.index); it != m_errors.constEnd())
        return *it;
    ApiError error;  // failed in an earlier run: what its manifest kept
    error.kind = errorKindFromId(record.errorKind);
    error.httpStatus = record.httpStatus;
    error.errorCode = record.errorCode;
    error.errorMsg = record.errorMessage;
    error.errorMsgRaw = record.errorMessage;
    error.requestId = record.requestId;
    error.headline = record.errorMessage.isEmpty() ? statusText(record.status) : record.errorMessage;
    return error;
}

int BatchTableModel::count(BatchStatus status) const
{
    return int(std::count_if(m_records.cbegin(), m_records.cend(),
                             [status](const BatchRecord &r) { return r.status == status; }));
}

QString BatchTableModel::statusText(BatchStatus status)
{
    switch (status) {
    case BatchStatus::Saved: return tr("Saved");
    case BatchStatus::Failed: return tr("Failed");
    case BatchStatus::Pending: break;
    }
    return tr("Pending");
}

int BatchTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int BatchTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BatchRecord &r = m_records.at(index.row());
    if (role == StatusRole)
        return int(r.status);
    if (role == StatusIconRole) {
        if (index.column() != StatusColumn || r.status == BatchStatus::Pending)
            return {};
        return r.status == BatchStatus::Saved ? u":/icons/actions/validation-ok.svg"_s
                                              : u":/icons/actions/validation-error.svg"_s;
    }
    if (role == Qt::ToolTipRole && index.column() == ErrorColumn && !r.errorMessage.isEmpty())
        return r.errorMessage;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IndexColumn: return r.index;
    case RowsColumn: return tr("%1 (from row %2)").arg(r.rows).arg(r.firstRow);
    case StatusColumn: return statusText(r.status);
    case FileColumn: return r.file;
    case RequestIdColumn: return r.requestId;
    case ErrorColumn: {
        if (r.status != BatchStatus::Failed)
            return QString();
        const QString what = r.errorCode.isEmpty() ? r.errorMessage : tr("%1: %2").arg(r.errorCode, r.errorMessage);
        return r.httpStatus > 0 ? tr("HTTP %1, %2").arg(r.httpStatus).arg(what) : what;
    }
    default: return {};
    }
}

QVariant BatchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IndexColumn: return tr("Batch");
    case RowsColumn: return tr("Rows");
    case StatusColumn: return tr("Status");
    case FileColumn: return tr("File");
    case RequestIdColumn: return tr("Request ID");
    case ErrorColumn: return tr("Error");
    default: return {};
    }
}

} // namespace smsc
