#pragma once

#include "AccountListParser.h"
#include "TaskRow.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace smsc {

//! What "Add N rows" will do with a selection: the rows to add and why others were left out.
struct AccountAddPlan
{
    QList<TaskRow> rows;      //!< to insert, in selection order
    int alreadyPresent = 0;   //!< selected but already in the table (skipped)
    int overCapacity = 0;     //!< left out because the table would exceed kMaxRows
    int withoutTask = 0;      //!< servers without a migration task among `rows` (task_id empty)
};

/*!
 * The listed source servers or migration tasks of the "Add from account" picker, read-only, with
 * the items whose source or task is already in the rows table marked (issue 4 §1).
 */
class AccountItemModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind { Servers, Tasks };
    enum ServerColumn { ServerName, ServerId, ServerIp, ServerState, ServerTask, ServerResults, ServerInTable, ServerColumnCount };
    enum TaskColumn { TaskName, TaskId, TaskState, TaskSource, TaskInTable, TaskColumnCount };
    enum Role {
        InTableRole = Qt::UserRole + 1,  //!< bool: the item's source or task is already a row
        TaskRowRole,                     //!< TaskRow: the row "Add" would insert
    };

    explicit AccountItemModel(Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    void setServers(const QList<SourceServer> &servers);   //!< Servers models only
    void setTasks(const QList<MigrationTask> &tasks);      //!< Tasks models only
    void clear();
    //! Source ids and task ids of the rows already in the table.
    void setExisting(const QSet<QString> &sourceIds, const QSet<QString> &taskIds);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    TaskRow rowAt(int row) const;
    bool isInTable(int row) const;
    //! Rows for the selected model rows, skipping those already present, capped at `remainingCapacity`.
    AccountAddPlan plan(const QList<int> &selectedRows, int remainingCapacity) const;
    //! Re-emits the header texts after the UI language changed.
    void retranslate();

private:
    QVariant serverData(const SourceServer &server, int column) const;
    QVariant taskData(const MigrationTask &task, int column) const;
    void refreshMarks();

    Kind m_kind;
    QList<SourceServer> m_servers;
    QList<MigrationTask> m_tasks;
    QSet<QString> m_existingSources;
    QSet<QString> m_existingTasks;
    QList<bool> m_inTable;   // parallel to the items
};

} // namespace smsc
