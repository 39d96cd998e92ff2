// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/ApiError.h"
#include "export/ExportHistory.h"

#include <QDialog>
#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;
class QUrl;

namespace smsc {

class ExportHistoryModel;

/*!
 * "History": the exports recorded by ExportHistory, newest first, with Load these rows again,
 * Open file and Show error. Emits intents; the composition root acts on them.
 */
class HistoryDialog final : public QDialog
{
    Q_OBJECT
public:
    using FileOpener = std::function<bool(const QUrl &)>;

    explicit HistoryDialog(QString historyPath = ExportHistory::defaultPath(), QWidget *parent = nullptr);

    //! How "Open file" opens a file; default QDesktopServices::openUrl (tests pass a recorder).
    void setFileOpener(FileOpener opener);
    //! Re-reads the history file.
    void reload();
    int entryCount() const;

signals:
    void rowsRequested(const QList<smsc::TaskRow> &rows);
    void errorRequested(const smsc::ApiError &error);
    //! "Open batch run" on a batch run's entry: the batch window on its manifest.
    void batchRunRequested(const QString &manifestPath);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::optional<HistoryEntry> current() const;
    void updateSelection();
    void loadRows();
    void openBatchRun();
    void openFile();
    void showError();
    void retranslateUi();

    QString m_path;
    QString m_loadProblem;
    FileOpener m_opener;
    ExportHistoryModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_loadRows = nullptr;
    QPushButton *m_openFile = nullptr;
    QPushButton *m_openRun = nullptr;
    QPushButton *m_showError = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace smsc
