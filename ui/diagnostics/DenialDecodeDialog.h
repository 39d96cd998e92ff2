#pragma once

#include "account/StsClient.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace smsc {

/*!
 * "Decode": sends an encoded_authorization_message to STS with the profile's credentials and shows
 * the decision (allow or deny, action, resource, matching policy or reason), the raw JSON on demand,
 * or, when STS itself refuses, which permission the decode call needs.
 */
class DenialDecodeDialog final : public QDialog
{
    Q_OBJECT
public:
    DenialDecodeDialog(QNetworkAccessManager *network, Profile profile, Credentials credentials,
                       QString encodedMessage, QWidget *parent = nullptr);

    void setClock(std::function<QDateTime()> utcNow);   //!< signing clock (ClockOffset)
    //! Sends the decode request; the dialog shows "Decoding…" until STS answers.
    void start();
    bool isRunning() const;

signals:
    void finished(const smsc::DecodeResult &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onDecoded(const DecodeResult &result);
    void showDecision(const AuthorizationDecision &decision);
    void showProblem(const ApiError &error);
    QLineEdit *addField(const QString &objectName);
    void retranslateUi();

    StsClient *m_client;
    QString m_message;
    DecodeResult m_result;
    bool m_done = false;

    QLabel *m_verdict = nullptr;
    QList<QLabel *> m_labels;
    QLineEdit *m_action = nullptr;
    QLineEdit *m_resource = nullptr;
    QLineEdit *m_policy = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_problem = nullptr;
    QToolButton *m_rawToggle = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace smsc
