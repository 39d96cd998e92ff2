// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/SignedCommand.h"
#include "export/ExportJob.h"
#include "input/InputReader.h"
#include "input/RowsInput.h"

#include <QPointer>

namespace smsc::cli {

/*!
 * `export`: checks everything locally (usage, endpoint, rows, output, credentials) before one
 * byte is sent, then runs one ExportJob and reports its outcome as text or one JSON object.
 */
class ExportCommand final : public SignedCommand
{
    Q_OBJECT
public:
    using SignedCommand::SignedCommand;
    QString name() const override;
    QString summary() const override;
    void start(const QStringList &arguments) override;

private:
    void continueWithRows(const RowsInputResult &input);
    void send(const ClockOffset &offset) override;
    void recordHistory(const ExportOutcome &outcome);
    void onFinished(const ExportOutcome &outcome);
    void onInterrupt();

    QList<TaskRow> m_rows;
    OutputOptions m_output;
    bool m_dryRun = false;
    QPointer<ExportJob> m_job;
    QPointer<InputReader> m_reader;
    QString m_outputPath;
    QString m_outputDir;
    QString m_tokenFile;
    bool m_force = false;
    bool m_useKeychain = false;
    bool m_interrupted = false;
};

} // namespace smsc::cli
