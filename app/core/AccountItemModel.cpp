#include "AccountItemModel.h"

namespace smsc {

AccountItemModel::AccountItemModel(Kind kind, QObject *parent)
    : QAbstractTableModel(parent), m_kind(kind)
{
}

void AccountItemModel::setServers(const QList<SourceServer> &servers)
{
    Q_ASSERT(m_kind == Kind::Servers);
    beginResetModel();
    m_servers = servers;
    refreshMarks();
    endResetModel();
}

void AccountItemModel::setTasks(const QList<MigrationTask> &tasks)
{
    Q_ASSERT(m_kind == Kind::Tasks);
    beginResetModel();
    m_tasks = tasks;
    refreshMarks();
    endResetModel();
}

void AccountItemModel::clear()
{
    beginResetModel();
    m_servers.clear();
    m_tasks.clear();
    m_inTable.clear();
    endResetModel();
}

void AccountItemModel::setExisting(const QSet<QString> &sourceIds, const QSet<QString> &taskIds)
{
    m_existingSources = sourceIds;
    m_existingTasks = taskIds;
    refreshMarks();
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void AccountItemModel::refreshMarks()
{
    m_inTable.clear();
    for (int row = 0; row < rowCount(); ++row) {
        const TaskRow item = rowAt(row);
        // A server is "in the table" when its source is; a task when the task itself is.
        const bool present = m_kind == Kind::Servers ? m_existingSources.contains(item.sourceId)
                                                     : m_existingTasks.contains(item.taskId);
        m_inTable.append(present);
    }
}

int AccountItemModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_kind == Kind::Servers ? m_servers.size() : m_tasks.size());
}

int AccountItemModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_kind == Kind::Servers ? int(ServerColumnCount) : int(TaskColumnCount);
}

QVariant AccountItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case InTableRole:
        return m_inTable.value(row);
    case TaskRowRole:
        return QVariant::fromValue(rowAt(row));
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (index.column() == (m_kind == Kind::Servers ? int(ServerInTable) : int(TaskInTable)))
            return m_inTable.value(row) ? tr("In table") : QString();
        return m_kind == Kind::Servers ? serverData(m_servers.at(row), index.column())
                                       : taskData(m_tasks.at(row), index.column());
    default:
        return {};
    }
}

QVariant AccountItemModel::serverData(const SourceServer &server, int column) const
{
    switch (column) {
    case ServerName: return server.name;
    case ServerId: return server.id;
    case ServerIp: return server.ip;
    case ServerState: return server.state;
    case ServerTask:
        return server.currentTask ? server.currentTask->name : tr("(no migration task)");
    case ServerResults: return server.hasConsistencyResult ? tr("Yes") : tr("No");
    default: return {};
    }
}

QVariant AccountItemModel::taskData(const MigrationTask &task, int column) const
{
    switch (column) {
    case TaskName: return task.name;
    case TaskId: return task.id;
    case TaskState: return task.state;
    case TaskSource: return task.sourceServer.name;
    default: return {};
    }
}

QVariant AccountItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (m_kind == Kind::Servers) {
        switch (section) {
        case ServerName: return tr("Name");
        case ServerId: return tr("Source ID");
        case ServerIp: return tr("IP address");
        case ServerState: return tr("State");
        case ServerTask: return tr("Migration task");
        case ServerResults: return tr("Consistency results");
        case ServerInTable: return tr("Already added");
        default: return {};
        }
    }
    switch (section) {
    case TaskName: return tr("Name");
    case TaskId: return tr("Task ID");
    case TaskState: return tr("State");
    case TaskSource: return tr("Source server");
    case TaskInTable: return tr("Already added");
    default: return {};
    }
}

TaskRow AccountItemModel::rowAt(int row) const
{
    if (m_kind == Kind::Servers)
        return row >= 0 && row < m_servers.size() ? AccountListParser::rowFor(m_servers.at(row)) : TaskRow();
    return row >= 0 && row < m_tasks.size() ? AccountListParser::rowFor(m_tasks.at(row)) : TaskRow();
}

bool AccountItemModel::isInTable(int row) const
{
    return m_inTable.value(row);
}

AccountAddPlan AccountItemModel::plan(const QList<int> &selectedRows, int remainingCapacity) const
{
    AccountAddPlan plan;
    QSet<int> seen;
    for (const int row : selectedRows) {
        if (row < 0 || row >= rowCount() || seen.contains(row))
            continue;
        seen.insert(row);
        if (isInTable(row)) {
            ++plan.alreadyPresent;
        } else if (plan.rows.size() >= qMax(0, remainingCapacity)) {
            ++plan.overCapacity;
        } else {
            const TaskRow item = rowAt(row);
            if (item.taskId.isEmpty())
                ++plan.withoutTask;
            plan.rows.append(item);
        }
    }
    return plan;
}

void AccountItemModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

} // namespace smsc
