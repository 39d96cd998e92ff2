#include "HistoryTableModel.h"

#include <QDir>
#include <QLocale>

#include <algorithm>

namespace smsc {
namespace {

ErrorKind kindFromId(const QString &id)
{
    for (int k = int(ErrorKind::None); k <= int(ErrorKind::Credentials); ++k) {
        if (errorKindId(ErrorKind(k)) == id)
            return ErrorKind(k);
    }
    return ErrorKind::Server;   // an id this version does not know is still a failure
}

} // namespace

HistoryTableModel::HistoryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HistoryTableModel::setEntries(const QList<HistoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    std::reverse(m_entries.begin(), m_entries.end());
    endResetModel();
}

const HistoryEntry &HistoryTableModel::entryAt(int row) const
{
    static const HistoryEntry none;
    return row >= 0 && row < m_entries.size() ? m_entries.at(row) : none;
}

int HistoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry &entry = m_entries.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == RowsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn: return QLocale().toString(entry.timeUtc.toLocalTime(), QLocale::ShortFormat);
    case ProfileColumn: return entry.profile;
    case EndpointColumn: return entry.endpoint;
    case RowsColumn: return entry.rowCount();
    case RequestIdColumn: return entry.requestId;
    case OutcomeColumn:
        return role == Qt::ToolTipRole && !entry.errorMessage.isEmpty() ? entry.errorMessage : outcomeText(entry);
    case FileColumn: return QDir::toNativeSeparators(entry.filePath);
    default: return {};
    }
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case ProfileColumn: return tr("Profile");
    case EndpointColumn: return tr("Endpoint");
    case RowsColumn: return tr("Rows");
    case RequestIdColumn: return tr("Request ID");
    case OutcomeColumn: return tr("Outcome");
    case FileColumn: return tr("File");
    default: return {};
    }
}

void HistoryTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString HistoryTableModel::outcomeText(const HistoryEntry &entry)
{
    if (entry.ok())
        return tr("Saved");
    if (entry.outcome == u"no_file")
        return tr("No file returned");
    const QString code = entry.errorCode.isEmpty() ? QString::number(entry.httpStatus) : entry.errorCode;
    switch (kindFromId(entry.outcome)) {
    case ErrorKind::Authentication: return tr("Authentication failed (%1)").arg(code);
    case ErrorKind::Permission: return tr("Permission denied (%1)").arg(code);
    case ErrorKind::Cancelled: return tr("Cancelled");
    case ErrorKind::Network:
    case ErrorKind::Tls:
    case ErrorKind::Timeout: return tr("Connection failed");
    case ErrorKind::LocalFile: return tr("File not written");
    default: return tr("Failed (%1)").arg(code);
    }
}

ApiError HistoryTableModel::errorOf(const HistoryEntry &entry)
{
    ApiError error;
    if (entry.ok() || entry.outcome == u"no_file")
        return error;
    error.kind = kindFromId(entry.outcome);
    error.httpStatus = entry.httpStatus;
    error.errorCode = entry.errorCode;
    error.errorMsg = entry.errorMessage;
    error.errorMsgRaw = entry.errorMessage;
    error.requestId = entry.requestId;
    error.headline = entry.errorMessage.isEmpty() ? outcomeText(entry) : entry.errorMessage;
    return error;
}

} // namespace smsc
