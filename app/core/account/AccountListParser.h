// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HttpRequest.h"
#include "rows/TaskRow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace smsc {

//! `current_task` of a source server: the task its consistency results belong to.
struct TaskRef
{
    QString id;
    QString name;
    QString state;
};

//! One item of GET /v3/sources.
struct SourceServer
{
    QString id;
    QString name;
    QString ip;
    QString osType;
    QString state;
    bool connected = false;
    bool hasConsistencyResult = false;   //!< is_consistency_result_exist
    std::optional<TaskRef> currentTask;  //!< absent for servers without a migration task
};

//! `source_server` of a migration task.
struct ServerRef
{
    QString id;
    QString name;
    QString ip;
};

//! One item of GET /v3/tasks.
struct MigrationTask
{
    QString id;
    QString name;
    QString type;
    QString state;
    QDateTime createDate;   //!< UTC; invalid when missing or unreadable
    ServerRef sourceServer;
};

//! Filters of GET /v3/sources (empty fields are not sent).
struct SourceFilter
{
    QString name;
    QString ip;
    QString state;
    bool onlyWithResults = false;  //!< is_consistency_result_exist=true
};

//! Filters of GET /v3/tasks (empty fields are not sent).
struct TaskFilter
{
    QString name;
    QString state;
    QString sourceServerId;
};

//! One parsed page; `problem` (translated) is set when the body is not a list answer at all.
template <typename Item>
struct ListPage
{
    int count = -1;       //!< the filtered total; -1 when the body did not say
    QList<Item> items;
    int skipped = 0;      //!< list entries that were not objects or had no id
    QString problem;
};

//! Query building and defensive parsing for the list calls (docs/SERVICE.md "Picking servers and tasks"). Pure.
class AccountListParser final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::AccountListParser)
public:
    static constexpr int kMaxLimit = 200;
    static constexpr int kMaxOffset = 65535;

    static QueryList serverQuery(const SourceFilter &filter, int limit, int offset);
    static QueryList taskQuery(const TaskFilter &filter, int limit, int offset);
    //! `{count, source_servers:[…]}`; wrong types become empty values, never a crash.
    static ListPage<SourceServer> parseServers(const QByteArray &body);
    //! `{count, tasks:[…]}`; create_date as epoch milliseconds (number or text) or ISO text.
    static ListPage<MigrationTask> parseTasks(const QByteArray &body);
    static SourceServer serverFrom(const QJsonObject &object);
    static MigrationTask taskFrom(const QJsonObject &object);

    //! Rows for the export: task_id = current_task.id (empty when the server has no task).
    static TaskRow rowFor(const SourceServer &server);
    //! Rows for the export: task_id = the task id, source = its source server.
    static TaskRow rowFor(const MigrationTask &task);
    static QList<TaskRow> rowsFor(const QList<SourceServer> &servers);
    static QList<TaskRow> rowsFor(const QList<MigrationTask> &tasks);
};

} // namespace smsc
