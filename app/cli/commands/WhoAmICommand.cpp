// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/WhoAmICommand.h"

#include "account/WhoAmIReport.h"
#include "clock/ClockSkew.h"
#include "commands/AccountCommandSupport.h"
#include "output/Console.h"
#include "output/ExitCode.h"
#include "output/JsonReport.h"
#include "profile/endpoints/EndpointCatalogue.h"
#include "SignalWatcher.h"

using namespace Qt::StringLiterals;

namespace smsc::cli {

QString WhoAmICommand::name() const
{
    return u"whoami"_s;
}

QString WhoAmICommand::summary() const
{
    return tr("Show whose credentials these are: account, user or agency, scope header, clock.");
}

void WhoAmICommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Sends GET /v5/caller-identity to STS and shows the account, the IAM user or agency, the scope header "
           "this app sends, the endpoint reached, the clock skew and the IAM actions the app needs."));
    const CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption json(u"json"_s, tr("Print one JSON object on stdout."));
    const QCommandLineOption clock = AccountCommandSupport::clockOffsetOption();
    parser.addOptions({json, clock});
    addProgressOptions(parser);
    if (!parse(parser, arguments,
               u"sms-consistency-cli whoami [common options] [--json] [--clock-offset auto|SECONDS] [--quiet | --progress]"_s))
        return;
    m_json = parser.isSet(json);
    startProgress(parser, m_json);
    if (!parser.positionalArguments().isEmpty())
        return failUsage(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()), m_json);
    if (!readClockOffset(parser.value(clock)))
        return;
    if (!readConnection(parser, common))
        return;
    if (m_context.signalWatcher)
        connect(m_context.signalWatcher, &SignalWatcher::interruptRequested, this, &WhoAmICommand::onInterrupt);
    progressStage(ProgressState::Stage::ReadingCredentials);
    loadCredentials(parser.value(common.tokenFile));
}

void WhoAmICommand::send(const ClockOffset &offset)
{
    m_offset = offset;
    m_client = new StsClient(m_context.network, m_profile, m_credentials, this);
    if (!offset.isZero())
        m_client->setClock(offset.clock());
    connect(m_client, &StsClient::callerIdentityFinished, this, &WhoAmICommand::onFinished);
    progressStage(ProgressState::Stage::Waiting);
    m_client->callerIdentity();
}

void WhoAmICommand::onFinished(const CallerIdentityResult &result)
{
    if (m_client)
        m_client->deleteLater();
    if (!result.ok()) {
        if (retryClock(result.error))
            return;
        int code = exitCodeFor(result.error);
        if (code == Interrupted && m_context.signalWatcher && m_context.signalWatcher->interrupted())
            code = m_context.signalWatcher->exitCode();
        return finishFailed(result.error, result.exchange, code);
    }
    if (ProjectIdResolver::needsProjectId(m_profile, m_credentials)) {
        // The scope header shown is the one an export would send: look the project id up as it would.
        m_projectResolver = new ProjectIdResolver(m_context.network, EndpointCatalogue::resolve(m_profile), m_credentials,
                                                  m_profile.transport, this);
        if (!m_offset.isZero())
            m_projectResolver->setClock(m_offset.clock());
        connect(m_projectResolver, &ProjectIdResolver::finished, this, [this, result](const ProjectIdResult &project) {
            m_projectResolver->deleteLater();
            if (project.ok())
                m_profile.projectId = project.projectId;
            else
                m_context.console->note(project.error.headline);
            report(result);
        });
        m_projectResolver->start();
        return;
    }
    report(result);
}

void WhoAmICommand::report(const CallerIdentityResult &result)
{
    const WhoAmIReport report = WhoAmIReport::from(result, m_profile, m_profile.domainId);
    if (m_json) {
        QJsonObject json = report.toJson();
        json.insert(u"ok"_s, true);
        json.insert(u"request_id"_s, result.exchange.requestId);
        m_context.console->outRaw(JsonReport::toBytes(json));
    } else {
        m_context.console->out(report.toText());
    }
    if (ClockSkew::shouldWarn(result.clockSkewSeconds))
        m_context.console->note(ClockSkew::warningText(*result.clockSkewSeconds));
    if (report.accountMismatch(m_profile))
        m_context.console->note(tr("The account id given (%1) is not the account these credentials belong to (%2).")
                                   .arg(m_profile.domainId, report.accountId));
    finish(Success);
}

void WhoAmICommand::onInterrupt()
{
    if (m_client) {
        m_client->cancel();  // reported as Cancelled through onFinished
        return;
    }
    if (m_projectResolver) {
        delete m_projectResolver;  // nothing more is reported
    }
    fail(m_context.signalWatcher->exitCode(), tr("Interrupted."), m_json);
}

} // namespace smsc::cli
