// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/AccountTable.h"

#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smsc::cli {

namespace {

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

QString yesNo(bool value)
{
    return value ? AccountTable::tr("yes") : AccountTable::tr("no");
}

} // namespace

int AccountTable::displayWidth(const QString &text)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QString AccountTable::aligned(const QStringList &header, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &title : header)
        widths << displayWidth(title);
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths.at(i), displayWidth(row.at(i)));
    }
    auto line = [&widths](const QStringList &cells) {
        QString out;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            out += cells.at(i);
            if (i + 1 < cells.size())
                out += QString(widths.at(i) - displayWidth(cells.at(i)) + 2, u' ');
        }
        return out;
    };
    QStringList lines{line(header)};
    for (const QStringList &row : rows)
        lines << line(row);
    return lines.join(u'\n');
}

QString AccountTable::servers(const QList<SourceServer> &servers)
{
    QList<QStringList> rows;
    for (const SourceServer &s : servers)
        rows << QStringList{s.id, s.name, s.ip, s.osType, s.state, yesNo(s.connected), yesNo(s.hasConsistencyResult),
                            s.currentTask ? s.currentTask->id : u"-"_s};
    return aligned({tr("ID"), tr("NAME"), tr("IP"), tr("OS"), tr("STATE"), tr("CONNECTED"), tr("RESULTS"), tr("TASK ID")},
                   rows);
}

QString AccountTable::tasks(const QList<MigrationTask> &tasks)
{
    QList<QStringList> rows;
    for (const MigrationTask &t : tasks)
        rows << QStringList{t.id, t.name, t.state, t.type,
                            t.createDate.isValid() ? t.createDate.toString(u"yyyy-MM-dd HH:mm'Z'") : u"-"_s,
                            t.sourceServer.id, t.sourceServer.name};
    return aligned({tr("ID"), tr("NAME"), tr("STATE"), tr("TYPE"), tr("CREATED (UTC)"), tr("SOURCE ID"),
                    tr("SOURCE NAME")}, rows);
}

QJsonArray AccountTable::serversJson(const QList<SourceServer> &servers)
{
    QJsonArray array;
    for (const SourceServer &s : servers) {
        QJsonObject o{{u"id"_s, s.id}, {u"name"_s, s.name}, {u"ip"_s, s.ip}, {u"os_type"_s, s.osType},
                      {u"state"_s, s.state}, {u"connected"_s, s.connected},
                      {u"is_consistency_result_exist"_s, s.hasConsistencyResult}};
        o.insert(u"current_task"_s, s.currentTask ? QJsonValue(QJsonObject{{u"id"_s, s.currentTask->id},
                                                                             {u"name"_s, s.currentTask->name},
                                                                             {u"state"_s, s.currentTask->state}})
                                                   : QJsonValue());
        array << o;
    }
    return array;
}

QJsonArray AccountTable::tasksJson(const QList<MigrationTask> &tasks)
{
    QJsonArray array;
    for (const MigrationTask &t : tasks)
        array << QJsonObject{{u"id"_s, t.id}, {u"name"_s, t.name}, {u"type"_s, t.type}, {u"state"_s, t.state},
                             {u"create_date"_s, t.createDate.isValid() ? QJsonValue(t.createDate.toString(Qt::ISODate))
                                                                        : QJsonValue()},
                             {u"source_server"_s, QJsonObject{{u"id"_s, t.sourceServer.id},
                                                               {u"name"_s, t.sourceServer.name},
                                                               {u"ip"_s, t.sourceServer.ip}}}};
    return array;
}

} // namespace smsc::cli
