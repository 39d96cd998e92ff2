// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/BatchRun.h"

#include <QDialog>
#include <QPointer>
#include <functional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QUrl;

namespace smsc {

class BatchClockRetry;
class BatchController;
class ErrorDialog;
class UserPrompts;

/*!
 * "Batch export": a rows file of any size sent in batches of at most 200 (BatchRun through
 * BatchController), with the batches in a table, overall progress, Cancel, Resume of an earlier
 * run from its manifest, Open folder, and the error dialog for a failed batch. Non-modal; Escape
 * closes it only when no run is going on, and otherwise asks first.
 */
class BatchExportWindow final : public QDialog
{
    Q_OBJECT
public:
    BatchExportWindow(BatchController *controller, UserPrompts *prompts, QWidget *parent = nullptr);

    //! The profile the runs use: the main window's current one, asked for at each start.
    void setProfileSource(std::function<QString()> currentProfile);
    //! Opens folders with the desktop; tests replace it (default: QDesktopServices::openUrl).
    void setFolderOpener(std::function<bool(const QUrl &)> opener);
    //! Preselects `rowsFile`; `preparedFolder` is the run folder made for it (the run goes there).
    void setRowsFile(const QString &rowsFile, const QString &preparedFolder = {});
    void setOutputFolder(const QString &folder);
    QString outputFolder() const;
    //! Resumes the run `manifestPath` records (as Resume… does after the file is chosen).
    void resumeFrom(const QString &manifestPath);
    //! Shows the run `manifestPath` records (from the history) without sending anything.
    void openRun(const QString &manifestPath);
    BatchController *controller() const { return m_controller; }
    ErrorDialog *errorDialog() const;  //!< the open one, or null
    //! Escape: closes when no run is going on, else asks whether to stop the run first.
    void reject() override;

public slots:
    void start();
    //! Opens the error dialog for the failed batch in `row` of the table (the current row when -1).
    void showDetails(int row = -1);

signals:
    //! A run ended; the window's owner records it in the history.
    void runFinished(const QString &manifestPath);
    void errorDialogShown(smsc::ErrorDialog *dialog);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void chooseRowsFile();
    void chooseOutputFolder();
    void chooseManifest();
    void openFolder();
    void updateState();
    void showProgress(int done, int toSend, qint64 rowsSaved, qint64 rows, qint64 bytes);
    void showFinished(const BatchRunSummary &summary);
    void showMessage(const QString &text);
    BatchRunOptions options() const;

    BatchController *m_controller;
    UserPrompts *m_prompts;
    std::function<QString()> m_currentProfile;
    std::function<bool(const QUrl &)> m_openFolder;
    QString m_preparedFolder;
    BatchClockRetry *m_clockRetry;
    QPointer<ErrorDialog> m_errorDialog;
    bool m_closeWhenStopped = false;

    QLabel *m_rowsLabel = nullptr;
    QLineEdit *m_rowsFile = nullptr;
    QPushButton *m_browseRows = nullptr;
    QLabel *m_batchSizeLabel = nullptr;
    QSpinBox *m_batchSize = nullptr;
    QLabel *m_parallelLabel = nullptr;
    QSpinBox *m_parallel = nullptr;
    QLabel *m_retriesLabel = nullptr;
    QSpinBox *m_retries = nullptr;
    QLabel *m_folderLabel = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_browseFolder = nullptr;
    QTableView *m_table = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_progressText = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_openFolderButton = nullptr;
    QPushButton *m_details = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace smsc
