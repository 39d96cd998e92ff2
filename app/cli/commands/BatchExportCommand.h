// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/BatchRun.h"
#include "batch/BatchSetup.h"
#include "commands/SignedCommand.h"

#include <QPointer>

namespace smsc::cli {

/*!
 * `export --batch` and `export --resume` (ExportCommand hands them over): any number of rows in
 * batches, checked locally before anything is sent, run by the core's BatchRun into a run folder
 * whose manifest.json records every batch (README.md "The command line": batch export).
 */
class BatchExportCommand final : public SignedCommand
{
    Q_OBJECT
public:
    using SignedCommand::SignedCommand;
    QString name() const override;
    QString summary() const override;
    void start(const QStringList &arguments) override;

    //! True when `arguments` ask for a batch run (--batch or --resume).
    static bool wants(const QStringList &arguments);

private:
    void send(const ClockOffset &offset) override;
    void onBatchFinished(const BatchRecord &record, const ApiError &error);
    void onFinished(const BatchRunSummary &summary);
    void onInterrupt();
    void showProgress();

    bool m_resume = false;
    QString m_outputDir;
    QString m_tokenFile;
    bool m_useKeychain = false;
    BatchRunOptions m_options;
    int m_batchSize = BatchPlan::kDefaultBatchSize;
    BatchSetup m_setup;  //!< the checked rows and manifest (fresh, or as recorded for a resume)
    QString m_runFolder;
    QPointer<BatchRun> m_run;
    int m_worstCode = 0;
    int m_done = 0;
    int m_toSend = 0;
    qint64 m_rowsSaved = 0;
    qint64 m_bytes = 0;
    bool m_interrupted = false;
};

} // namespace smsc::cli
