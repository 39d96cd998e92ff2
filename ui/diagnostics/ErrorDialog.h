// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/ErrorReport.h"

#include <QDialog>
#include <QList>
#include <QPair>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTableWidget;
class QToolButton;
class QFormLayout;
class QVBoxLayout;

namespace smsc {

class UserPrompts;

/*!
 * Shows one ErrorReport: a plain-words headline and hint, then every field, each selectable,
 * copyable and reachable by keyboard; copy summary / cURL, save the redacted report.
 */
class ErrorDialog final : public QDialog
{
    Q_OBJECT
public:
    //! `prompts` asks for the report file name; it must outlive the dialog.
    ErrorDialog(const ErrorReport &report, UserPrompts *prompts, QWidget *parent = nullptr);

    const ErrorReport &report() const { return m_report; }

    //! What failed, as the window title; `sourceTitle` is marked with
    //! QT_TRANSLATE_NOOP("smsc::ErrorDialog", …) so it follows language changes. Default "Export failed".
    void setContext(const char *sourceTitle);

    //! Writes the report to `path`: JSON when it ends in .json, else text. False + message on error.
    bool saveReport(const QString &path, QString *errorMessage = nullptr) const;

    //! STS's decoded authorization message, once "Decode…" read it: part of the saved report from then on.
    void setDecodedMessage(const QString &decodedJson);
    //! Shows "Try again" (off by default): only the user's click runs the request again, never a timer.
    void setRetryAvailable(bool available);
    //! The report holds only an error recorded in an earlier session (a batch run's manifest): says so
    //! plainly, and hides what would be empty or made up (the request times, cURL, the support bundle).
    void setRecordedOnly();

signals:
    //! "Decode…": the composition root decodes the message with the report's profile.
    void decodeRequested(const QString &encodedMessage);
    //! "Try again": the owner runs the failed request once more.
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    QLineEdit *addLineRow(const char *label, const QString &value, const QString &objectName);
    void addRow(const char *label, QWidget *field);
    void retranslateUi();
    void copySummary();
    void copyCurl();
    void saveReportAs();
    void addSignatureDiagnosis(QVBoxLayout *fieldsColumn);
    void saveSupportBundle();
    void showStatus(const QString &text);

    ErrorReport m_report;
    UserPrompts *m_prompts;
    const char *m_title;
    QFormLayout *m_form = nullptr;
    QScrollArea *m_fieldsScroll = nullptr;
    QList<QPair<QLabel *, const char *>> m_rowLabels;
    QLabel *m_headline = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_recordedOnly = nullptr;
    QPlainTextEdit *m_message = nullptr;
    QToolButton *m_showRaw = nullptr;
    QTableWidget *m_details = nullptr;
    QLineEdit *m_authMode = nullptr;
    QLineEdit *m_clockSkew = nullptr;
    QToolButton *m_encodedToggle = nullptr;
    QWidget *m_encodedBox = nullptr;
    QPlainTextEdit *m_encoded = nullptr;
    QPushButton *m_copyEncoded = nullptr;
    QPushButton *m_copySummary = nullptr;
    QPushButton *m_copyCurl = nullptr;
    QPushButton *m_saveReport = nullptr;
    QPushButton *m_decode = nullptr;
    QPushButton *m_saveBundle = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace smsc
