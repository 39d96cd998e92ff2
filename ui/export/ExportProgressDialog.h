// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace smsc {

/*!
 * A non-modal window that follows one export: stage, bytes received (of the total when known)
 * and Cancel; then the saved file (name, size, request id, Open folder), "no file", or the failure.
 * Renders only; the ExportController drives it.
 */
class ExportProgressDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ExportProgressDialog(QWidget *parent = nullptr);

    void showWorking(const QString &stage);
    void showProgress(qint64 received, qint64 total);
    //! The saved file; `headline` replaces the usual "Saved …" when there is more to say.
    void showSuccess(const QString &filePath, qint64 bytes, const QString &requestId,
                     const QString &headline = QString());
    void showNoFile(const QByteArray &returned, const QString &requestId);
    //! A failure: headline, detail (verbatim, selectable) and hint; `details` offers the error dialog,
    //! `changeFolder` offers another export folder (only when the folder or saving was the problem).
    void showFailure(const QString &headline, const QString &detail, const QString &hint, bool details,
                     bool changeFolder);
    //! Shows the "file name exists" choice: ask, or keep both without asking.
    void setAsksWhenNameExists(bool ask);

    QString headline() const;

signals:
    void cancelRequested();
    void openFolderRequested();
    void openFileRequested();
    void asksWhenNameExistsChanged(bool ask);
    void detailsRequested();
    void changeFolderRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Mode { Working, Success, NoFile, Failure };
    void setMode(Mode mode);
    void retranslateUi();

    Mode m_mode = Mode::Working;
    qint64 m_received = 0;
    qint64 m_total = -1;
    QLabel *m_headline;
    QProgressBar *m_progress;
    QLabel *m_bytes;
    QLabel *m_fileLabel;
    QLineEdit *m_file;
    QLabel *m_sizeLabel;
    QLineEdit *m_size;
    QLabel *m_requestIdLabel;
    QLineEdit *m_requestId;
    QPlainTextEdit *m_detail;
    QLabel *m_hint;
    QPushButton *m_cancel;
    QPushButton *m_openFolder;
    QPushButton *m_openFile;
    QLabel *m_sameNameLabel;
    QComboBox *m_sameName;
    bool m_offerChangeFolder = false;
    QPushButton *m_details;
    QPushButton *m_changeFolder;
    QPushButton *m_close;
};

} // namespace smsc
