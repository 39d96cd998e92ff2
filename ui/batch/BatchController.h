// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/BatchRun.h"
#include "batch/BatchSetup.h"
#include "clock/ClockOffset.h"
#include "errors/ErrorReport.h"
#include "profile/credentials/ProfileSecrets.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace smsc {

class BatchTableModel;
class ProfileStore;

/*!
 * Runs one batch run at a time for the batch window: checks the rows file (or the manifest of an
 * earlier run) with BatchSetup, loads the profile and its secrets as an export does, creates the
 * run folder and runs BatchRun, feeding the window's BatchTableModel. Holds the credentials only
 * while the run lasts. No nested event loops.
 */
class BatchController final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kProgressIntervalMs = 100;

    BatchController(ProfileStore *profiles, CredentialStore *secrets, QNetworkAccessManager *network,
                    QObject *parent = nullptr);
    ~BatchController() override;

    //! The UI's X-Language, for profiles that never chose one (LanguageManager::defaultRequestLanguage).
    void setUiRequestLanguage(std::function<RequestLanguage()> uiLanguage);
    //! First backoff step between retries (BatchRunOptions; tests shorten it).
    void setBaseRetryDelayMs(int ms) { m_baseRetryDelayMs = ms; }

    BatchTableModel *model() const { return m_model; }
    bool isRunning() const { return m_running; }
    QString runFolder() const { return m_runFolder; }
    QString manifestPath() const;
    //! The batches this run sends (those not saved when it started).
    int toSend() const { return m_toSend; }
    //! The redacted report of the failed batch in `row` of the model, for the error dialog.
    ErrorReport reportFor(int row) const;
    //! True when that batch failed in an earlier session: its report has only what the manifest recorded.
    bool isRecordedOnly(int row) const;

public slots:
    //! A new run of `rowsFile` into a new run folder in `outputFolder`; `preparedFolder`, when it is
    //! the rows file's folder and still holds no manifest, is used as the run folder instead.
    void startNew(const QString &rowsFile, int batchSize, const smsc::BatchRunOptions &options,
                  const QString &outputFolder, const QString &profileName, const QString &preparedFolder = {});
    //! Sends the batches of the run `manifestPath` records that are not saved, into its folder;
    //! signed with `clock` when given (the clock-corrected resume, BatchClockRetry).
    void resume(const QString &manifestPath, const smsc::BatchRunOptions &options, const QString &profileName,
                std::optional<smsc::ClockOffset> clock = std::nullopt);
    void cancel();
    //! Shows the run `manifestPath` records without sending anything; false (and problem()) when unreadable.
    bool open(const QString &manifestPath);

signals:
    void runningChanged(bool running);
    //! The run could not start (rows, manifest, profile, keys or folder); nothing was sent.
    void problem(const QString &text);
    //! The run folder exists and the first batches are being sent.
    void started(const QString &runFolder);
    //! `bytes`: the saved files' and what the batches in flight received so far. While a run goes
    //! on, at most kProgressIntervalMs apart (the CLI's progress line redraws as often).
    void progressChanged(int done, int toSend, qint64 rowsSaved, qint64 rows, qint64 bytes);
    void batchFailed(int row);
    void finished(const smsc::BatchRunSummary &summary);

private:
    //! `makeSetup` gets the endpoint the profile resolves to (a resume checks it against its manifest).
    void prepare(const std::function<Outcome<BatchSetup>(const QString &endpoint)> &makeSetup,
                 const BatchRunOptions &options, const QString &outputFolder, const QString &profileName,
                 const QString &preparedFolder);
    void run(const Credentials &credentials);
    void onBatchFinished(const BatchRecord &record, const ApiError &error, const RequestRecord &request,
                         const QString &curlCommand);
    void onFinished(const BatchRunSummary &summary);
    void fail(const QString &text);
    void setRunning(bool running);
    void emitProgress();
    //! emitProgress() now, or once the interval since the last one has passed.
    void throttledProgress();

    ProfileStore *m_profiles;
    ProfileSecrets m_secrets;
    QNetworkAccessManager *m_network;
    BatchTableModel *m_model;
    std::function<RequestLanguage()> m_uiLanguage;
    QPointer<BatchRun> m_run;
    BatchSetup m_setup;
    BatchRunOptions m_options;
    std::optional<ClockOffset> m_clock;    // the signing clock's correction for this run, if any
    Profile m_profile;
    QString m_outputFolder;
    QString m_preparedFolder;
    QString m_runFolder;
    QString m_endpoint;
    Credentials m_credentials;             // only while a run lasts
    QHash<int, ErrorReport> m_reports;     // batch index -> redacted report of its failure
    QHash<int, qint64> m_receiving;        // batch index -> bytes received, while it is in flight
    QTimer m_progressTimer;
    bool m_progressDirty = false;
    int m_baseRetryDelayMs = 1000;
    int m_toSend = 0;
    int m_done = 0;
    qint64 m_rowsSaved = 0;
    qint64 m_bytes = 0;
    bool m_running = false;
    int m_attempt = 0;  // ignores the keychain's late answer for a run cancelled before it started
};

} // namespace smsc
