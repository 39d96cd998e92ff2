// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/Command.h"

#include "input/CredentialSource.h"
#include "output/Console.h"
#include "output/ExitCode.h"
#include "output/HelpText.h"
#include "output/JsonReport.h"
#include "output/ProgressLine.h"
#include "SignalWatcher.h"

#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace smsc::cli {

Command::Command(const CommandContext &context, QObject *parent) : QObject(parent), m_context(context) {}

void Command::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_progress)
        m_progress->stop();
    QTimer::singleShot(0, this, [this, exitCode] { emit finished(exitCode); });
}

bool Command::parse(QCommandLineParser &parser, const QStringList &arguments, const QString &usage)
{
    const bool json = arguments.contains(u"--json"_s);
    for (const QString &argument : arguments) {
        if (argument == u"--"_s)
            break;
        if (!argument.startsWith(u"--"_s))
            continue;
        const QString option = argument.mid(2).section(QLatin1Char('='), 0, 0);
        if (CredentialSource::forbiddenOptions().contains(option)) {
            failUsage(CredentialSource::refusal(option), json);
            return false;
        }
    }
    const QCommandLineOption help(QStringList{u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption version(QStringList{u"v"_s, u"version"_s}, tr("Show the version."));
    parser.addOptions({help, version});
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{u"sms-consistency-cli"_s} + arguments)) {
        failUsage(tr("%1 (see 'sms-consistency-cli %2 --help')").arg(parser.errorText(), name()), json);
        return false;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text = text.section(QLatin1Char('\n'), 1);  // replace Qt's generic usage line
        QString localUsage = usage;
        localUsage.replace(u"[common options]"_s, tr("[common options]"));
        m_context.console->out(HelpText::paragraph(tr("Usage: %1").arg(localUsage), HelpText::kColumns, 4)
                               + QLatin1Char('\n') + HelpText::rewrap(text.trimmed()));
        finish(Success);
        return false;
    }
    if (parser.isSet(version)) {
        m_context.console->out(versionLine());
        finish(Success);
        return false;
    }
    return true;
}

QString Command::versionLine()
{
    return u"sms-consistency-cli "_s + QCoreApplication::applicationVersion();
}

void Command::failUsage(const QString &message, bool json)
{
    fail(Usage, message, json);
}

void Command::fail(int exitCode, const QString &message, bool json)
{
    m_context.console->err(message);
    if (json)
        m_context.console->outRaw(JsonReport::toBytes(JsonReport::failure(message)));
    finish(exitCode);
}

void Command::addProgressOptions(QCommandLineParser &parser)
{
    parser.addOptions({ProgressLine::quietOption(), ProgressLine::progressOption()});
}

void Command::startProgress(const QCommandLineParser &parser, bool json)
{
    const bool quiet = parser.isSet(ProgressLine::quietOption());
    m_context.console->setQuiet(quiet);
    const ProgressLine::Mode mode = ProgressLine::modeFor(quiet, json, parser.isSet(ProgressLine::progressOption()),
                                                          m_context.console->stderrIsTerminal(), m_context.environment);
    if (mode == ProgressLine::Mode::Off)
        return;
    m_progress = new ProgressLine(mode, ProgressLine::colourFor(m_context.environment), stderr, this);
    const QPointer<ProgressLine> line = m_progress;
    m_context.console->setBeforeOutput([line] {
        if (line)
            line->clear();
    });
    if (m_context.signalWatcher)
        connect(m_context.signalWatcher, &SignalWatcher::interruptRequested, m_progress, &ProgressLine::stop);
}

void Command::progressStage(ProgressState::Stage stage)
{
    if (m_progress)
        m_progress->setStage(stage);
}

} // namespace smsc::cli
