// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/ListCommand.h"

#include "clock/ClockSkew.h"
#include "commands/AccountCommandSupport.h"
#include "output/AccountTable.h"
#include "output/Console.h"
#include "output/ExitCode.h"
#include "output/JsonReport.h"
#include "output/ProgressLine.h"
#include "rows/RowsFile.h"
#include "SignalWatcher.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace smsc::cli {

ListCommand::ListCommand(const CommandContext &context, Kind kind, QObject *parent)
    : SignedCommand(context, parent), m_kind(kind)
{
}

QString ListCommand::name() const
{
    return m_kind == Kind::Servers ? u"list-servers"_s : u"list-tasks"_s;
}

QString ListCommand::summary() const
{
    return m_kind == Kind::Servers ? tr("List the account's source servers (every page), or write them as rows.")
                                   : tr("List the account's migration tasks (every page), or write them as rows.");
}

void ListCommand::start(const QStringList &arguments)
{
    const bool servers = m_kind == Kind::Servers;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        servers ? tr("Sends GET /v3/sources page by page (IAM action sms:server:list).")
                : tr("Sends GET /v3/tasks page by page (IAM action sms:server:listTask)."));
    const CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption nameFilter(u"name"_s, tr("Only names containing TEXT."), u"TEXT"_s);
    const QCommandLineOption ipFilter(u"ip"_s, tr("Only IP addresses containing TEXT."), u"TEXT"_s);
    const QCommandLineOption stateFilter(u"state"_s, tr("Only this state."), u"STATE"_s);
    const QCommandLineOption withResults(u"with-results"_s, tr("Only servers that have consistency results."));
    const QCommandLineOption sourceServer(u"source-server-id"_s, tr("Only tasks of this source server."), u"ID"_s);
    const QCommandLineOption rowsOut(u"rows-out"_s, tr("Also write the rows (task_id, source_id, source_name) as a "
                                                        "CSV FILE that 'export --rows' reads."), u"FILE"_s);
    const QCommandLineOption json(u"json"_s, tr("Print one JSON object on stdout instead of a table."));
    const QCommandLineOption clock = AccountCommandSupport::clockOffsetOption();
    parser.addOptions({nameFilter, stateFilter, rowsOut, json, clock});
    addProgressOptions(parser);
    parser.addOption(servers ? ipFilter : sourceServer);
    if (servers)
        parser.addOption(withResults);
    const QString usage = servers
        ? u"sms-consistency-cli list-servers [common options] [--name TEXT] [--ip TEXT] [--state STATE] "
          "[--with-results] [--rows-out FILE] [--json] [--clock-offset auto|SECONDS] [--quiet | --progress]"_s
        : u"sms-consistency-cli list-tasks [common options] [--name TEXT] [--state STATE] [--source-server-id ID] "
          "[--rows-out FILE] [--json] [--clock-offset auto|SECONDS] [--quiet | --progress]"_s;
    if (!parse(parser, arguments, usage))
        return;
    m_json = parser.isSet(json);
    startProgress(parser, m_json);
    if (!parser.positionalArguments().isEmpty())
        return failUsage(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()), m_json);
    if (!readClockOffset(parser.value(clock)))
        return;
    m_sourceFilter = {parser.value(nameFilter), servers ? parser.value(ipFilter) : QString(),
                      parser.value(stateFilter), servers && parser.isSet(withResults)};
    m_taskFilter = {parser.value(nameFilter), parser.value(stateFilter), servers ? QString() : parser.value(sourceServer)};
    m_rowsOut = parser.value(rowsOut);

    if (!readConnection(parser, common))
        return;
    if (m_context.signalWatcher)
        connect(m_context.signalWatcher, &SignalWatcher::interruptRequested, this, &ListCommand::onInterrupt);
    progressStage(ProgressState::Stage::ReadingCredentials);
    loadCredentials(parser.value(common.tokenFile));
}

void ListCommand::send(const ClockOffset &offset)
{
    // An empty domain id is resolved through IAM / STS by the lister.
    m_pages = 0;
    m_lister = new AccountLister(m_context.network, m_profile, m_credentials, m_profile.domainId, this);
    if (!offset.isZero())
        m_lister->setClock(offset.clock());
    connect(m_lister, &AccountLister::finished, this, &ListCommand::onFinished);
    if (m_progress) {
        connect(m_lister, &AccountLister::resolvingAccount, m_progress,
                [this] { progressStage(ProgressState::Stage::ResolvingAccount); });
        connect(m_lister, &AccountLister::requestingPage, m_progress, [this](int offset) {
            if (offset == 0)
                progressStage(ProgressState::Stage::Waiting);
        });
        connect(m_lister, &AccountLister::progress, m_progress, [this](int loaded, int total) {
            m_progress->setItems(++m_pages, loaded, total);
        });
    }
    if (m_kind == Kind::Servers)
        m_lister->listServers(m_sourceFilter);
    else
        m_lister->listTasks(m_taskFilter);
}

void ListCommand::onFinished(const AccountListResult &result)
{
    if (m_lister)
        m_lister->deleteLater();
    if (!result.ok()) {
        if (retryClock(result.error))
            return;
        int code = exitCodeFor(result.error);
        if (code == Interrupted && m_context.signalWatcher && m_context.signalWatcher->interrupted())
            code = m_context.signalWatcher->exitCode();
        return finishFailed(result.error, result.lastExchange, code);
    }
    if (ClockSkew::shouldWarn(result.lastExchange.clockSkewSeconds))
        m_context.console->note(ClockSkew::warningText(*result.lastExchange.clockSkewSeconds));
    const bool servers = m_kind == Kind::Servers;
    if (m_json) {
        QJsonObject report{{u"ok"_s, true}, {u"count"_s, result.count},
                           {u"request_id"_s, result.lastExchange.requestId},
                           {u"rows_file"_s, m_rowsOut.isEmpty() ? QJsonValue() : QJsonValue(m_rowsOut)}};
        if (servers)
            report.insert(u"servers"_s, AccountTable::serversJson(result.servers));
        else
            report.insert(u"tasks"_s, AccountTable::tasksJson(result.tasks));
        m_context.console->outRaw(JsonReport::toBytes(report));
    } else {
        m_context.console->out(servers ? AccountTable::servers(result.servers) : AccountTable::tasks(result.tasks));
        m_context.console->note(servers ? tr("%1 source servers.").arg(result.servers.size())
                                       : tr("%1 migration tasks.").arg(result.tasks.size()));
    }
    writeRows(result);
}

void ListCommand::writeRows(const AccountListResult &result)
{
    if (m_rowsOut.isEmpty())
        return finish(Success);
    QList<TaskRow> rows;
    int withoutTask = 0;
    const QList<TaskRow> all = m_kind == Kind::Servers ? AccountListParser::rowsFor(result.servers)
                                                       : AccountListParser::rowsFor(result.tasks);
    for (const TaskRow &row : all) {
        if (row.taskId.isEmpty())
            ++withoutTask;  // the export needs a task id; such servers have no migration task
        else
            rows << row;
    }
    if (const Outcome<void> written = RowsFile::write(m_rowsOut, rows); !written.ok()) {
        m_context.console->err(written.error());
        return finish(Usage);
    }
    if (withoutTask > 0)
        m_context.console->note(tr("%1 servers have no migration task and were left out of %2.")
                                   .arg(withoutTask).arg(m_rowsOut));
    if (rows.size() > kMaxRows)
        m_context.console->note(tr("%1 holds %2 rows; one export takes at most %3, so split it or filter further.")
                                   .arg(m_rowsOut).arg(rows.size()).arg(kMaxRows));
    m_context.console->note(tr("Wrote %1 rows to %2.").arg(rows.size()).arg(m_rowsOut));
    finish(Success);
}

void ListCommand::onInterrupt()
{
    if (m_lister) {
        m_lister->cancel();
        return;
    }
    fail(m_context.signalWatcher->exitCode(), tr("Interrupted."), m_json);
}

} // namespace smsc::cli
