// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/WhoAmIReport.h"
#include "diagnostics/StsResultDialog.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace smsc {

/*!
 * "Check profile": asks STS who the profile's credentials belong to and shows the account, the
 * user or agency, the scope header the app sends, the endpoint reached, the clock skew (warned over
 * 5 minutes) and the IAM actions the app needs.
 */
class WhoAmIDialog final : public StsResultDialog
{
    Q_OBJECT
public:
    //! `accountId`: the id the app would send (the profile's, else the resolved one; may be empty).
    WhoAmIDialog(QNetworkAccessManager *network, Profile profile, Credentials credentials,
                 QString accountId, QWidget *parent = nullptr);

    const WhoAmIReport &report() const { return m_report; }

signals:
    void finished(const smsc::CallerIdentityResult &result);
    //! "Details…" after a failure: the owner shows the error dialog of this exchange.
    void detailsRequested(const smsc::CallerIdentityResult &result);

private:
    void send() override;
    void onIdentity(const CallerIdentityResult &result);
    void showReport();
    void copyFailure();
    QString principalText() const;
    QString clockText() const;
    void retranslateUi() override;

    Profile m_profile;
    QString m_accountId;
    CallerIdentityResult m_result;
    WhoAmIReport m_report;

    QLineEdit *m_account = nullptr;
    QLineEdit *m_principal = nullptr;
    QLineEdit *m_urn = nullptr;
    QLineEdit *m_scope = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QLineEdit *m_clock = nullptr;
    QLabel *m_warning = nullptr;
    QWidget *m_failureButtons = nullptr;
    QPushButton *m_details = nullptr;
    QPushButton *m_copy = nullptr;
    Credentials m_credentials;  // only to scrub them out of the copied failure
    QLabel *m_checklistLabel = nullptr;
    QTreeWidget *m_checklist = nullptr;
};

} // namespace smsc
