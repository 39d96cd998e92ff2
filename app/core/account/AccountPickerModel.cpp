// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/AccountPickerModel.h"

#include <algorithm>

namespace smsc {

AccountPickerModel::AccountPickerModel(QObject *parent) : QAbstractTableModel(parent) {}

void AccountPickerModel::setServers(const QList<SourceServer> &servers)
{
    beginResetModel();
    m_mode = Mode::Servers;
    m_servers = servers;
    m_tasks.clear();
    m_rows = AccountListParser::rowsFor(servers);
    m_checked.clear();
    refreshPresence();
    endResetModel();
    emit checkedCountChanged(0);
}

void AccountPickerModel::setTasks(const QList<MigrationTask> &tasks)
{
    beginResetModel();
    m_mode = Mode::Tasks;
    m_tasks = tasks;
    m_servers.clear();
    m_rows = AccountListParser::rowsFor(tasks);
    m_checked.clear();
    refreshPresence();
    endResetModel();
    emit checkedCountChanged(0);
}

void AccountPickerModel::setExistingRows(const QList<TaskRow> &rows)
{
    m_existingTaskIds.clear();
    m_existingSourceIds.clear();
    for (const TaskRow &row : rows) {
        const TaskRow t = row.trimmed();
        if (!t.taskId.isEmpty())
            m_existingTaskIds.insert(t.taskId.toLower());
        else if (!t.sourceId.isEmpty())
            m_existingSourceIds.insert(t.sourceId.toLower());
    }
    refreshPresence();
    const int before = checkedCount();
    m_checked.removeIf([this](int row) { return !isAddable(row); });
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    if (before != checkedCount())
        emit checkedCountChanged(checkedCount());
}

void AccountPickerModel::refreshPresence()
{
    m_present.resize(m_rows.size());
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const TaskRow &row = m_rows.at(i);
        m_present[i] = row.taskId.isEmpty() ? m_existingSourceIds.contains(row.sourceId.toLower())
                                            : m_existingTaskIds.contains(row.taskId.toLower());
    }
}

int AccountPickerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountPickerModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_mode == Mode::Servers ? int(ServerColumnCount) : int(TaskColumnCount);
}

TaskRow AccountPickerModel::rowAt(int row) const { return m_rows.value(row); }
bool AccountPickerModel::isAlreadyPresent(int row) const { return m_present.value(row); }

bool AccountPickerModel::isAddable(int row) const
{
    return row >= 0 && row < m_rows.size() && !m_rows.at(row).taskId.isEmpty() && !m_present.at(row);
}

QString AccountPickerModel::text(int row, int column) const
{
    if (m_mode == Mode::Servers) {
        const SourceServer &s = m_servers.at(row);
        switch (column) {
        case ServerName: return s.name;
        case ServerIp: return s.ip;
        case ServerState: return s.state;
        case ServerOs: return s.osType;
        case ServerHasResults: return s.hasConsistencyResult ? tr("yes") : tr("no");
        case ServerTaskId: return s.currentTask ? s.currentTask->id : QString();
        default: return {};
        }
    }
    const MigrationTask &t = m_tasks.at(row);
    switch (column) {
    case TaskName: return t.name;
    case TaskState: return t.state;
    case TaskSourceName: return t.sourceServer.name;
    case TaskSourceIp: return t.sourceServer.ip;
    case TaskCreated: return t.createDate.isValid() ? t.createDate.toLocalTime().toString(Qt::ISODate) : QString();
    case TaskId: return t.id;
    default: return {};
    }
}

QVariant AccountPickerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole: return text(row, index.column());
    case Qt::CheckStateRole:
        if (index.column() != 0)
            return {};
        return isAlreadyPresent(row) || m_checked.contains(row) ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        if (isAlreadyPresent(row))
            return tr("Already in the table.");
        if (m_rows.at(row).taskId.isEmpty())
            return tr("This server has no migration task, so it has no consistency results to export.");
        return {};
    case RowRole: return QVariant::fromValue(m_rows.at(row));
    case AlreadyPresentRole: return isAlreadyPresent(row);
    case AddableRole: return isAddable(row);
    default: return {};
    }
}

QVariant AccountPickerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (m_mode == Mode::Servers) {
        switch (section) {
        case ServerName: return tr("Name");
        case ServerIp: return tr("IP address");
        case ServerState: return tr("State");
        case ServerOs: return tr("OS");
        case ServerHasResults: return tr("Has results");
        case ServerTaskId: return tr("Task ID");
        default: return {};
        }
    }
    switch (section) {
    case TaskName: return tr("Task");
    case TaskState: return tr("State");
    case TaskSourceName: return tr("Source server");
    case TaskSourceIp: return tr("Source IP");
    case TaskCreated: return tr("Created");
    case TaskId: return tr("Task ID");
    default: return {};
    }
}

Qt::ItemFlags AccountPickerModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (isAddable(index.row())) {
        f |= Qt::ItemIsEnabled;
        if (index.column() == 0)
            f |= Qt::ItemIsUserCheckable;
    }
    return f;
}

bool AccountPickerModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != 0 || !isAddable(index.row()))
        return false;
    setChecked(index.row(), value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

void AccountPickerModel::setChecked(int row, bool checked)
{
    setCheckedRows({row}, checked);
}

void AccountPickerModel::setCheckedRows(const QList<int> &rows, bool checked)
{
    const int before = checkedCount();
    for (int row : rows) {
        if (!isAddable(row))
            continue;
        const bool changed = checked ? !m_checked.contains(row) : m_checked.contains(row);
        if (!changed)
            continue;
        if (checked)
            m_checked.insert(row);
        else
            m_checked.remove(row);
        emit dataChanged(index(row, 0), index(row, 0), {Qt::CheckStateRole});
    }
    if (before != checkedCount())
        emit checkedCountChanged(checkedCount());
}

QList<TaskRow> AccountPickerModel::checkedRows() const
{
    QList<int> rows(m_checked.cbegin(), m_checked.cend());
    std::sort(rows.begin(), rows.end());
    QList<TaskRow> out;
    for (int row : rows)
        out << m_rows.at(row);
    return out;
}

AddPlan AccountPickerModel::plan(int freeCapacity) const
{
    AddPlan plan;
    const QList<TaskRow> rows = checkedRows();
    const int fits = std::clamp(freeCapacity, 0, int(rows.size()));
    plan.rows = rows.mid(0, fits);
    plan.leftOut = int(rows.size()) - fits;
    if (plan.leftOut > 0)
        plan.message = tr("The table holds at most %1 rows: %2 of the %3 checked items were added and %4 were "
                          "left out. Export these first, then add the rest.")
                           .arg(kMaxRows).arg(fits).arg(rows.size()).arg(plan.leftOut);
    return plan;
}

} // namespace smsc
