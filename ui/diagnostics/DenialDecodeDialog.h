// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostics/StsResultDialog.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace smsc {

/*!
 * "Decode": sends an encoded_authorization_message to STS with the profile's credentials and shows
 * the decision (allow or deny, action, resource, matching policy or reason), the raw JSON on demand,
 * or, when STS itself refuses, which permission the decode call needs.
 */
class DenialDecodeDialog final : public StsResultDialog
{
    Q_OBJECT
public:
    DenialDecodeDialog(QNetworkAccessManager *network, Profile profile, Credentials credentials,
                       QString encodedMessage, QWidget *parent = nullptr);

signals:
    void finished(const smsc::DecodeResult &result);

private:
    void send() override;
    void onDecoded(const DecodeResult &result);
    void showDecision(const AuthorizationDecision &decision);
    void showProblem(const ApiError &error);
    void retranslateUi() override;

    QString m_message;
    DecodeResult m_result;

    QLineEdit *m_action = nullptr;
    QLineEdit *m_resource = nullptr;
    QLineEdit *m_policy = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_problem = nullptr;
    QToolButton *m_rawToggle = nullptr;
    QPlainTextEdit *m_raw = nullptr;
};

} // namespace smsc
