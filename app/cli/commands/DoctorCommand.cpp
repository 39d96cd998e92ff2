// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/DoctorCommand.h"

#include "commands/AccountCommandSupport.h"
#include "output/Console.h"
#include "output/ExitCode.h"
#include "output/JsonReport.h"
#include "output/TerminalText.h"
#include "SignalWatcher.h"

using namespace Qt::StringLiterals;

namespace smsc::cli {

QString DoctorCommand::name() const
{
    return u"doctor"_s;
}

QString DoctorCommand::summary() const
{
    return tr("Check the set-up step by step: configuration, names, connection, TLS, clock, keys, account id, "
              "permissions.");
}

void DoctorCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs eight checks in order and prints one line for each: its mark (ok, warning, failed, skipped), "
           "what it measured and, when it failed, what to do. 1 configuration (endpoints, auth mode, keys, "
           "scope header); 2 name resolution of the SMS, IAM and STS hosts; 3 a TCP connection to each, through "
           "the proxy in use; 4 TLS: protocol, cipher, certificate chain and trust; 5 the clock against the "
           "service's Date header; 6 the keys, by a signed STS caller-identity call (a rejected key is never sent "
           "again); 7 the account id configured against the one the keys resolve to; 8 permissions, by a signed "
           "GET /v3/sources?limit=1, then the two IAM actions the export needs and a custom policy granting "
           "them. Exit codes: 0 nothing failed, 8 a check failed, 6 credentials unavailable, 2 usage."));
    const CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption json(u"json"_s, tr("Print one JSON object on stdout: ok, checks (id, name, verdict, "
                                                "figure, detail, fix) and the policy."));
    const QCommandLineOption verbose(u"verbose"_s, tr("Also print each check's detail and the policy to paste."));
    const QCommandLineOption clock = AccountCommandSupport::clockOffsetOption();
    parser.addOptions({json, verbose, clock});
    addProgressOptions(parser);
    if (!parse(parser, arguments,
               u"sms-consistency-cli doctor [common options] [--json] [--verbose] [--clock-offset SECONDS]"_s))
        return;
    m_json = parser.isSet(json);
    m_verbose = parser.isSet(verbose);
    m_marks = TerminalText::unicodeAllowed(m_context.environment) ? DoctorReport::Marks::Unicode
                                                                  : DoctorReport::Marks::Ascii;
    startProgress(parser, true);  // the lines themselves show the progress
    if (!parser.positionalArguments().isEmpty())
        return failUsage(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()), m_json);
    if (!readClockOffset(parser.value(clock)))
        return;
    if (!readConnection(parser, common))
        return;
    if (m_context.signalWatcher)
        connect(m_context.signalWatcher, &SignalWatcher::interruptRequested, this, &DoctorCommand::onInterrupt);
    loadCredentials(parser.value(common.tokenFile));
}

void DoctorCommand::send(const ClockOffset &offset)
{
    if (m_run)
        return;  // the doctor never retries: it reports the clock instead
    m_run = new DoctorRun(m_context.network, m_profile, m_credentials, this);
    m_run->setClockOffset(offset);
    connect(m_run, &DoctorRun::checkFinished, this, &DoctorCommand::onCheckFinished);
    connect(m_run, &DoctorRun::finished, this, &DoctorCommand::onFinished);
    m_run->start();
}

void DoctorCommand::onCheckFinished(const DoctorCheck &check)
{
    if (m_json)
        return;
    m_context.console->out(DoctorReport::toText({check}, m_marks, m_verbose ? DoctorReport::Detail::With
                                                                           : DoctorReport::Detail::Without)
                               .chopped(1));
    // The fix of a denial points to the policy; --verbose shows it in the detail already.
    if (check.id == DoctorCheckId::Permissions && check.failed() && !m_verbose) {
        QStringList lines = DoctorReport::policyText().split(u'\n');
        for (QString &line : lines)
            line.prepend(u"    "_s);
        m_context.console->out(lines.join(u'\n'));
    }
}

void DoctorCommand::onFinished(const QList<DoctorCheck> &checks)
{
    m_run->deleteLater();
    const bool failed = DoctorReport::anyFailed(checks);
    if (m_json) {
        m_context.console->outRaw(JsonReport::toBytes(DoctorReport::toJson(checks)));
    } else {
        const qsizetype n = std::count_if(checks.cbegin(), checks.cend(), [](const DoctorCheck &c) { return c.failed(); });
        m_context.console->out(failed ? tr("%n check(s) failed.", nullptr, int(n)) : tr("No check failed."));
    }
    if (m_context.signalWatcher && m_context.signalWatcher->interrupted())
        return finish(m_context.signalWatcher->exitCode());
    finish(failed ? DoctorFailed : Success);
}

void DoctorCommand::onInterrupt()
{
    if (m_run && m_run->isRunning()) {
        m_run->cancel();  // finished() follows with the rest skipped
        return;
    }
    fail(m_context.signalWatcher->exitCode(), tr("Interrupted."), m_json);
}

} // namespace smsc::cli
