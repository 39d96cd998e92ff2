// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/AccountListParser.h"
#include "rows/TaskRow.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QSet>

namespace smsc {

//! What "Add" would do with the checked items under the rows cap.
struct AddPlan
{
    QList<TaskRow> rows;      //!< rows to insert, in list order, at most the free capacity
    int leftOut = 0;          //!< checked items that did not fit under the cap
    QString message;          //!< translated; empty when everything fits
};

/*!
 * The items of the "Add from account" dialog: listed servers or tasks, checkable, with the ones
 * already in the rows table marked (and not checkable) and servers without a migration task
 * explained. Search is a QSortFilterProxyModel over it (all columns are plain text).
 */
class AccountPickerModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Mode { Servers, Tasks };
    enum ServerColumn { ServerName, ServerIp, ServerState, ServerOs, ServerHasResults, ServerTaskId, ServerColumnCount };
    enum TaskColumn { TaskName, TaskState, TaskSourceName, TaskSourceIp, TaskCreated, TaskId, TaskColumnCount };
    enum Role {
        RowRole = Qt::UserRole + 1,  //!< QVariant<TaskRow>: the row this item adds
        AlreadyPresentRole,          //!< bool: its row is already in the table
        AddableRole,                 //!< bool: it can be checked (has a task id, not present)
    };

    explicit AccountPickerModel(QObject *parent = nullptr);

    void setServers(const QList<SourceServer> &servers);
    void setTasks(const QList<MigrationTask> &tasks);
    //! The rows already in the table; items whose task id (or, without one, source id) matches are marked.
    void setExistingRows(const QList<TaskRow> &rows);
    Mode mode() const { return m_mode; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    TaskRow rowAt(int row) const;
    bool isAlreadyPresent(int row) const;
    bool isAddable(int row) const;
    void setChecked(int row, bool checked);
    //! Checks (or unchecks) the given source rows, e.g. those a search proxy shows; unaddable ones stay off.
    void setCheckedRows(const QList<int> &rows, bool checked);
    int checkedCount() const { return int(m_checked.size()); }
    //! Checked rows in list order.
    QList<TaskRow> checkedRows() const;
    //! The checked rows that fit in `freeCapacity` slots, and the message when some do not.
    AddPlan plan(int freeCapacity) const;

signals:
    void checkedCountChanged(int count);

private:
    QString text(int row, int column) const;
    void refreshPresence();

    Mode m_mode = Mode::Servers;
    QList<SourceServer> m_servers;
    QList<MigrationTask> m_tasks;
    QList<TaskRow> m_rows;
    QList<bool> m_present;
    QSet<int> m_checked;
    QSet<QString> m_existingTaskIds;
    QSet<QString> m_existingSourceIds;
};

} // namespace smsc
