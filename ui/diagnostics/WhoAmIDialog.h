#pragma once

#include "account/StsClient.h"
#include "account/WhoAmIReport.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QTreeWidget;

namespace smsc {

/*!
 * "Check profile": asks STS who the profile's credentials belong to and shows the account, the
 * user or agency, the scope header the app sends, the endpoint reached, the clock skew (warned over
 * 5 minutes) and the IAM actions the app needs.
 */
class WhoAmIDialog final : public QDialog
{
    Q_OBJECT
public:
    //! `accountId`: the id the app would send (the profile's, else the resolved one; may be empty).
    WhoAmIDialog(QNetworkAccessManager *network, Profile profile, Credentials credentials,
                 QString accountId, QWidget *parent = nullptr);

    void setClock(std::function<QDateTime()> utcNow);   //!< signing clock (ClockOffset)
    void start();
    bool isRunning() const;
    const WhoAmIReport &report() const { return m_report; }

signals:
    void finished(const smsc::CallerIdentityResult &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onIdentity(const CallerIdentityResult &result);
    void showReport();
    QString principalText() const;
    QString clockText() const;
    void retranslateUi();

    StsClient *m_client;
    Profile m_profile;
    QString m_accountId;
    CallerIdentityResult m_result;
    WhoAmIReport m_report;
    bool m_done = false;

    QLabel *m_summary = nullptr;
    QList<QLabel *> m_labels;
    QLineEdit *m_account = nullptr;
    QLineEdit *m_principal = nullptr;
    QLineEdit *m_urn = nullptr;
    QLineEdit *m_scope = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QLineEdit *m_clock = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_checklistLabel = nullptr;
    QTreeWidget *m_checklist = nullptr;
    QPushButton *m_again = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace smsc
