// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/AccountLister.h"
#include "commands/SignedCommand.h"

#include <QPointer>

namespace smsc::cli {

/*!
 * `list-servers` / `list-tasks`: every page of GET /v3/sources or /v3/tasks with the picker's
 * filters, as an aligned table or --json, optionally written as a rows CSV for `export --rows`.
 */
class ListCommand final : public SignedCommand
{
    Q_OBJECT
public:
    enum class Kind { Servers, Tasks };
    ListCommand(const CommandContext &context, Kind kind, QObject *parent);

    QString name() const override;
    QString summary() const override;
    void start(const QStringList &arguments) override;

private:
    void send(const ClockOffset &offset) override;
    void onFinished(const AccountListResult &result);
    void writeRows(const AccountListResult &result);
    void onInterrupt();

    Kind m_kind;
    SourceFilter m_sourceFilter;
    TaskFilter m_taskFilter;
    QString m_rowsOut;
    int m_pages = 0;
    QPointer<AccountLister> m_lister;
};

} // namespace smsc::cli
