#pragma once

#include "account/AccountLister.h"
#include "commands/AccountCommandSupport.h"
#include "commands/Command.h"

#include <QPointer>

namespace smsc::cli {

/*!
 * `list-servers` / `list-tasks`: every page of GET /v3/sources or /v3/tasks with the picker's
 * filters, as an aligned table or --json, optionally written as a rows CSV for `export --rows`.
 */
class ListCommand final : public Command
{
    Q_OBJECT
public:
    enum class Kind { Servers, Tasks };
    ListCommand(const CommandContext &context, Kind kind, QObject *parent);

    QString name() const override;
    QString summary() const override;
    void start(const QStringList &arguments) override;

private:
    void run(const Credentials &credentials);
    void list(const ClockOffset &offset);
    void onFinished(const AccountListResult &result);
    void writeRows(const AccountListResult &result);
    void onInterrupt();

    Kind m_kind;
    Profile m_profile;
    Credentials m_credentials;
    SourceFilter m_sourceFilter;
    TaskFilter m_taskFilter;
    ClockOffsetChoice m_clock;
    QString m_rowsOut;
    bool m_json = false;
    bool m_retried = false;
    QPointer<AccountLister> m_lister;
};

} // namespace smsc::cli
