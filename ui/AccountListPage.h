#pragma once

#include "AccountItemModel.h"

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
 * over the loaded list and the multi-select table. Object names start with "server" or "task".
 */
class AccountListPage final : public QWidget
{
    Q_OBJECT
public:
    explicit AccountListPage(AccountItemModel::Kind kind, QWidget *parent = nullptr);

    AccountItemModel::Kind kind() const { return m_model->kind(); }
    AccountItemModel *model() const { return m_model; }
    SourceFilter sourceFilter() const;
    TaskFilter taskFilter() const;
    //! Source-model rows of the selected table rows, in view order.
    QList<int> selectedRows() const;
    QTableView *view() const { return m_view; }
    void setLoading(bool loading);
    void retranslateUi();

signals:
    void loadRequested();
    void selectionChanged();

private:
    QString prefixed(const char *name) const;

    AccountItemModel *m_model;
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
};

} // namespace smsc
