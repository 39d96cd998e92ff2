// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/AccountListParser.h"

#include "http/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

bool flag(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString())
        return value.toString().compare(u"true", Qt::CaseInsensitive) == 0;
    if (value.isDouble())
        return value.toDouble() != 0;
    return false;
}

QDateTime dateFrom(const QJsonValue &value)
{
    const std::optional<qint64> number = JsonText::integer(value);
    bool isNumber = number.has_value();
    qint64 ms = number.value_or(0);
    if (value.isString()) {
        ms = value.toString().toLongLong(&isNumber);
        if (!isNumber) {
            QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
            return parsed.isValid() ? parsed.toUTC() : QDateTime();
        }
    }
    return isNumber ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

template <typename Item>
ListPage<Item> parsePage(const QByteArray &body, QLatin1StringView key, Item (*from)(const QJsonObject &))
{
    ListPage<Item> page;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (!doc.isObject()) {
        page.problem = AccountListParser::tr("The service answered with something that is not a list (%1).")
                           .arg(error.error == QJsonParseError::NoError ? AccountListParser::tr("not a JSON object")
                                                                        : error.errorString());
        return page;
    }
    const QJsonObject object = doc.object();
    const QJsonValue list = object.value(key);
    if (!list.isArray() && !list.isUndefined() && !list.isNull()) {
        page.problem = AccountListParser::tr("The service's answer has no \"%1\" list.").arg(key);
        return page;
    }
    const QJsonValue count = object.value(u"count");
    if (count.isDouble())
        page.count = count.toInt(-1);
    else if (count.isString())
        page.count = count.toString().toInt();
    for (const QJsonValue &entry : list.toArray()) {
        const Item item = entry.isObject() ? from(entry.toObject()) : Item();
        if (item.id.isEmpty()) {
            ++page.skipped;
            continue;
        }
        page.items << item;
    }
    return page;
}

void addIfSet(QueryList &query, const QString &key, const QString &value)
{
    if (!value.trimmed().isEmpty())
        query.append({key, value.trimmed()});
}

} // namespace

QueryList AccountListParser::serverQuery(const SourceFilter &filter, int limit, int offset)
{
    QueryList query{{u"limit"_s, QString::number(limit)}, {u"offset"_s, QString::number(offset)}};
    addIfSet(query, u"name"_s, filter.name);
    addIfSet(query, u"ip"_s, filter.ip);
    addIfSet(query, u"state"_s, filter.state);
    if (filter.onlyWithResults)
        query.append({u"is_consistency_result_exist"_s, u"true"_s});
    return query;
}

QueryList AccountListParser::taskQuery(const TaskFilter &filter, int limit, int offset)
{
    QueryList query{{u"limit"_s, QString::number(limit)}, {u"offset"_s, QString::number(offset)}};
    addIfSet(query, u"name"_s, filter.name);
    addIfSet(query, u"state"_s, filter.state);
    addIfSet(query, u"source_server_id"_s, filter.sourceServerId);
    return query;
}

SourceServer AccountListParser::serverFrom(const QJsonObject &object)
{
    SourceServer server;
    server.id = JsonText::scalar(object.value(u"id"));
    server.name = JsonText::scalar(object.value(u"name"));
    server.ip = JsonText::scalar(object.value(u"ip"));
    server.osType = JsonText::scalar(object.value(u"os_type"));
    server.state = JsonText::scalar(object.value(u"state"));
    server.connected = flag(object.value(u"connected"));
    server.hasConsistencyResult = flag(object.value(u"is_consistency_result_exist"));
    const QJsonValue task = object.value(u"current_task");
    if (task.isObject() && !JsonText::scalar(task.toObject().value(u"id")).isEmpty()) {
        const QJsonObject t = task.toObject();
        server.currentTask = TaskRef{JsonText::scalar(t.value(u"id")), JsonText::scalar(t.value(u"name")),
                                     JsonText::scalar(t.value(u"state"))};
    }
    return server;
}

MigrationTask AccountListParser::taskFrom(const QJsonObject &object)
{
    MigrationTask task;
    task.id = JsonText::scalar(object.value(u"id"));
    task.name = JsonText::scalar(object.value(u"name"));
    task.type = JsonText::scalar(object.value(u"type"));
    task.state = JsonText::scalar(object.value(u"state"));
    task.createDate = dateFrom(object.value(u"create_date"));
    const QJsonObject source = object.value(u"source_server").toObject();
    task.sourceServer = ServerRef{JsonText::scalar(source.value(u"id")), JsonText::scalar(source.value(u"name")),
                                  JsonText::scalar(source.value(u"ip"))};
    return task;
}

ListPage<SourceServer> AccountListParser::parseServers(const QByteArray &body)
{
    return parsePage<SourceServer>(body, QLatin1StringView("source_servers"), &serverFrom);
}

ListPage<MigrationTask> AccountListParser::parseTasks(const QByteArray &body)
{
    return parsePage<MigrationTask>(body, QLatin1StringView("tasks"), &taskFrom);
}

TaskRow AccountListParser::rowFor(const SourceServer &server)
{
    return TaskRow{server.currentTask ? server.currentTask->id : QString(), server.id, server.name};
}

TaskRow AccountListParser::rowFor(const MigrationTask &task)
{
    return TaskRow{task.id, task.sourceServer.id, task.sourceServer.name};
}

QList<TaskRow> AccountListParser::rowsFor(const QList<SourceServer> &servers)
{
    QList<TaskRow> rows;
    rows.reserve(servers.size());
    for (const SourceServer &server : servers)
        rows << rowFor(server);
    return rows;
}

QList<TaskRow> AccountListParser::rowsFor(const QList<MigrationTask> &tasks)
{
    QList<TaskRow> rows;
    rows.reserve(tasks.size());
    for (const MigrationTask &task : tasks)
        rows << rowFor(task);
    return rows;
}

} // namespace smsc
