// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/AccountPickerModel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace smsc {

/*!
 * One tab of the "Add from account" picker: the service-side filters, a Load button, a search box
 * over the loaded list and the table whose check boxes pick the items. Object names start with
 * "server" or "task".
 */
class AccountListPage final : public QWidget
{
    Q_OBJECT
public:
    explicit AccountListPage(AccountPickerModel::Mode mode, QWidget *parent = nullptr);

    AccountPickerModel::Mode mode() const { return m_mode; }
    AccountPickerModel *model() const { return m_model; }
    SourceFilter sourceFilter() const;
    TaskFilter taskFilter() const;
    //! Checks the addable items the search shows, or unchecks everything.
    void checkShown(bool checked);
    void setLoading(bool loading);
    void retranslateUi();

signals:
    void loadRequested();
    void checkedCountChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString prefixed(const char *name) const;
    void toggleCurrentCheck();

    AccountPickerModel::Mode m_mode;
    AccountPickerModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_ipLabel = nullptr;
    QLineEdit *m_ip = nullptr;
    QLabel *m_stateLabel = nullptr;
    QComboBox *m_state = nullptr;
    QCheckBox *m_withResults = nullptr;
    QPushButton *m_load = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_checkShown = nullptr;
    QPushButton *m_uncheckAll = nullptr;
};

} // namespace smsc
