// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApplication.h"

#include "commands/DecodeCommand.h"
#include "commands/DoctorCommand.h"
#include "commands/ExportCommand.h"
#include "commands/ListCommand.h"
#include "commands/ProfileCommand.h"
#include "commands/SignCommand.h"
#include "commands/WhoAmICommand.h"
#include "input/CredentialSource.h"
#include "output/Console.h"
#include "output/ExitCode.h"
#include "output/HelpText.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace smsc::cli {

CliApplication::CliApplication(const CommandContext &context, QObject *parent)
    : QObject(parent), m_context(context)
{
    m_commands = {new ExportCommand(context, this), new SignCommand(context, this), new ProfileCommand(context, this)};
    m_commands += {new ListCommand(context, ListCommand::Kind::Servers, this),
                   new ListCommand(context, ListCommand::Kind::Tasks, this), new DecodeCommand(context, this),
                   new WhoAmICommand(context, this), new DoctorCommand(context, this)};
    for (Command *command : std::as_const(m_commands))
        connect(command, &Command::finished, this, &CliApplication::finished);
}

void CliApplication::start(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first.isEmpty() || first == u"--help"_s || first == u"-h"_s || first == u"help"_s) {
        printHelp();
        return finishLater(first.isEmpty() ? Usage : Success);
    }
    if (first == u"--version"_s || first == u"-v"_s) {
        m_context.console->out(Command::versionLine());
        return finishLater(Success);
    }
    for (Command *command : std::as_const(m_commands)) {
        if (command->name() == first)
            return command->start(arguments.mid(2));
    }
    const QString option = first.mid(2).section(QLatin1Char('='), 0, 0);
    if (first.startsWith(u"--"_s) && CredentialSource::forbiddenOptions().contains(option))
        m_context.console->err(CredentialSource::refusal(option));
    else
        m_context.console->err(tr("Unknown command \"%1\"; run 'sms-consistency-cli --help'.").arg(first));
    finishLater(Usage);
}

void CliApplication::printHelp()
{
    QString text = tr("Usage: sms-consistency-cli COMMAND [options]\n\n"
                      "Exports Huawei Cloud SMS consistency verification results.\n\nCommands:\n");
    for (const Command *command : std::as_const(m_commands))
        text += u"  "_s + command->name().leftJustified(14) + HelpText::paragraph(command->summary(), HelpText::kColumns, 16)
            + QLatin1Char('\n');
    text += tr("\nOptions:\n"
               "  -h, --help     Show this help.\n"
               "  -v, --version  Show the version.\n");
    const QStringList paragraphs = {
        tr("Run 'sms-consistency-cli COMMAND --help' for the options of a command."),
        tr("Secrets are never accepted as arguments: use the environment (CLOUD_SDK_AK, CLOUD_SDK_SK), "
           "--token-file, or a stored --profile."),
        tr("The commands that talk to the service take --timeout SECONDS (the longest wait for the next byte) and "
           "--max-time SECONDS (the longest one whole exchange may take, retries included)."),
        tr("--debug (on every command that talks to the service) traces each request and answer on stderr: "
           "method, URL, status, time taken, request id, headers with every secret and signature redacted, body "
           "sizes (never bodies), the proxy in use and the TLS protocol; retries and redirects get their own lines."),
        tr("Progress: while export, list-servers, list-tasks, decode and whoami work, one status line on stderr "
           "shows the stage, and while receiving the bytes, rate, elapsed and remaining time; it is erased when "
           "the command ends. It is shown only when stderr is a terminal, never with --json. --quiet prints only "
           "errors on stderr; --progress prints plain progress lines every few seconds instead (for CI logs). "
           "NO_COLOR and TERM=dumb are respected."),
        tr("Exit codes: 0 ok, 2 invalid input or usage, 3 rejected by the service, 4 service error, "
           "5 network/TLS/timeout, 6 credentials unavailable, 7 answer not saved (disk, name, folder, permission, "
           "link), 8 a doctor check failed, 130 interrupted, 143 terminated.")};
    text += u"\n"_s;
    for (const QString &paragraph : paragraphs)
        text += HelpText::paragraph(paragraph) + QLatin1Char('\n');
    text.chop(1);
    m_context.console->out(text);
}

void CliApplication::finishLater(int exitCode)
{
    QTimer::singleShot(0, this, [this, exitCode] { emit finished(exitCode); });
}

} // namespace smsc::cli
