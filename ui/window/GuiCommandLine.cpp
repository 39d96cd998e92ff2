// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/GuiCommandLine.h"

#include "profile/AppIdentity.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

QStringList toArguments(int argc, char **argv)
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

} // namespace

GuiCommandLine::GuiCommandLine(int argc, char **argv) : GuiCommandLine(toArguments(argc, argv)) {}

GuiCommandLine::GuiCommandLine(const QStringList &arguments)
{
    const QString program = arguments.isEmpty() ? u"sms-consistency"_s
                                                : QFileInfo(arguments.first()).fileName();
    QCommandLineParser parser;
    // Qt's single-dash words (-platformtheme, -stylesheet) must not read as bundles of -h, -v...
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(
        tr("Export Huawei Cloud SMS consistency verification results in batches."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help and exit."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, tr("Show the version and exit."));
    QCommandLineOption quitAfterShow(u"quit-after-show"_s,
                                     tr("Quit as soon as the main window is shown."));
    quitAfterShow.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({help, version, quitAfterShow});
    // Unknown options belong to QApplication, which consumes or ignores them: no error here.
    static_cast<void>(parser.parse(arguments));

    m_quitAfterShow = parser.isSet(quitAfterShow);
    if (parser.isSet(help)) {
        // Without a QCoreApplication the parser cannot name the program in its usage line.
        const QString text = parser.helpText();
        m_output = tr("Usage: %1 [options]").arg(program) + text.mid(text.indexOf(u'\n'));
    } else if (parser.isSet(version)) {
        m_output = u"%1 %2\n"_s.arg(program, appVersionText());
    }
}

int GuiCommandLine::printOutput() const
{
    QTextStream(stdout) << m_output;
    return 0;
}

} // namespace smsc
