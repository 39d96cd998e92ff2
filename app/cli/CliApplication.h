// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/Command.h"

#include <QList>
#include <QObject>

namespace smsc::cli {

/*!
 * Dispatches `sms-consistency-cli <command> ...` to one Command and reports its exit code.
 * New commands (list-servers, list-tasks, decode, whoami) are one more entry in the constructor.
 */
class CliApplication final : public QObject
{
    Q_OBJECT
public:
    explicit CliApplication(const CommandContext &context, QObject *parent = nullptr);

    //! `arguments` as from QCoreApplication::arguments() (program name first).
    void start(const QStringList &arguments);

signals:
    void finished(int exitCode);

private:
    void printHelp();
    void finishLater(int exitCode);

    CommandContext m_context;
    QList<Command *> m_commands;
};

} // namespace smsc::cli
