#pragma once

#include "commands/AccountCommandSupport.h"
#include "commands/Command.h"
#include "export/ExportJob.h"

#include <QPointer>

namespace smsc::cli {

/*!
 * `export`: checks everything locally (usage, endpoint, rows, output, credentials) before one
 * byte is sent, then runs one ExportJob and reports its outcome as text or one JSON object.
 */
class ExportCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override;
    QString summary() const override;
    void start(const QStringList &arguments) override;

private:
    void run(const Credentials &credentials);
    void startJob(const ClockOffset &offset);
    void recordHistory(const ExportOutcome &outcome);
    void onFinished(const ExportOutcome &outcome);
    void onInterrupt();

    Profile m_profile;
    QList<TaskRow> m_rows;
    OutputOptions m_output;
    bool m_json = false;
    bool m_dryRun = false;
    bool m_retried = false;         // --clock-offset auto retries once
    ClockOffsetChoice m_clock;
    Credentials m_credentials;
    QPointer<ExportJob> m_job;
};

} // namespace smsc::cli
