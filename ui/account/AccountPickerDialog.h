// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/AccountLister.h"
#include "errors/ApiError.h"
#include "rows/TaskRow.h"

#include <QDialog>
#include <QPointer>
#include <functional>

class QLabel;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace smsc {

class AccountListPage;

/*!
 * "Add from account...": lists the account's source servers and migration tasks (every page, with
 * filters), marks those already in the table and emits the chosen rows within the table's capacity.
 * Errors are emitted for the composition root to show in the error dialog.
 */
class AccountPickerDialog final : public QDialog
{
    Q_OBJECT
public:
    //! `accountId` goes into X-Domain-Id (resolved by the caller when the profile has none).
    AccountPickerDialog(QNetworkAccessManager *network, Profile profile, Credentials credentials,
                        QString accountId, QWidget *parent = nullptr);
    ~AccountPickerDialog() override;

    //! The rows already in the table: the items they come from are marked and cannot be checked.
    void setExistingRows(const QList<TaskRow> &rows);
    //! How many rows the table can still take (kMaxRows minus the rows present).
    void setRemainingCapacity(int rows);
    void setClock(std::function<QDateTime()> utcNow);   //!< signing clock (ClockOffset)
    void setPageSize(int limit);

    void loadServers();
    void loadTasks();
    //! Runs the last listing again (after a clock correction, say); nothing when none ran yet.
    void reloadLast();
    void cancelLoading();
    bool isLoading() const { return m_lister != nullptr; }

signals:
    //! Rows to append to the table, already within the remaining capacity; marked "from account".
    void rowsChosen(const QList<smsc::TaskRow> &rows);
    //! A listing failed; the composition root shows it in the error dialog.
    void errorOccurred(const smsc::ApiError &error, const smsc::ExchangeRecord &exchange);

protected:
    void changeEvent(QEvent *event) override;

private:
    void startLoading(AccountListPage *page);
    void onProgress(int loaded, int total);
    void onFinished(const AccountListResult &result);
    void addSelected();
    void updateAddButton();
    void setLoading(bool loading);
    AccountListPage *currentPage() const;
    void retranslateUi();

    QNetworkAccessManager *m_network;
    Profile m_profile;
    Credentials m_credentials;
    QString m_accountId;
    std::function<QDateTime()> m_clock;
    int m_pageSize = AccountListParser::kMaxLimit;
    int m_remaining = kMaxRows;
    QList<TaskRow> m_existing;
    QPointer<AccountLister> m_lister;
    AccountListPage *m_loadingPage = nullptr;
    AccountListPage *m_lastPage = nullptr;

    QTabWidget *m_tabs = nullptr;
    AccountListPage *m_servers = nullptr;
    AccountListPage *m_tasks = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace smsc
