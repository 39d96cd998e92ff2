// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/AccountListPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smsc {
namespace {

// Service states (docs/SERVICE.md "Picking servers and tasks"): sent verbatim, so not translated.
const QStringList kServerStates = {u"waiting"_s, u"replicate"_s, u"syncing"_s, u"finished"_s,
                                   u"stopped"_s, u"unavailable"_s};
const QStringList kTaskStates = {u"READY"_s, u"RUNNING"_s, u"SYNCING"_s, u"FINISHED"_s,
                                 u"ERROR"_s, u"PAUSED"_s};

} // namespace

AccountListPage::AccountListPage(AccountPickerModel::Mode mode, QWidget *parent)
    : QWidget(parent), m_mode(mode), m_model(new AccountPickerModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    const bool servers = mode == AccountPickerModel::Mode::Servers;
    if (!servers)
        m_model->setTasks({});   // the model's columns follow what it lists
    auto *form = new QFormLayout;
    m_name = new QLineEdit;
    m_name->setObjectName(prefixed("NameFilter"));
    m_nameLabel = new QLabel;
    m_nameLabel->setBuddy(m_name);
    form->addRow(m_nameLabel, m_name);
    if (servers) {
        m_ip = new QLineEdit;
        m_ip->setObjectName(prefixed("IpFilter"));
        m_ipLabel = new QLabel;
        m_ipLabel->setBuddy(m_ip);
        form->addRow(m_ipLabel, m_ip);
    }
    m_state = new QComboBox;
    m_state->setObjectName(prefixed("StateFilter"));
    m_state->addItem(QString());
    m_state->addItems(servers ? kServerStates : kTaskStates);
    m_stateLabel = new QLabel;
    m_stateLabel->setBuddy(m_state);
    form->addRow(m_stateLabel, m_state);
    if (servers) {
        m_withResults = new QCheckBox;
        m_withResults->setObjectName(prefixed("ResultsFilter"));
        form->addRow(m_withResults);
    }
    m_load = new QPushButton;
    m_load->setObjectName(prefixed("Load"));
    auto *loadRow = new QHBoxLayout;
    loadRow->addStretch();
    loadRow->addWidget(m_load);

    m_search = new QLineEdit;
    m_search->setObjectName(prefixed("Search"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel = new QLabel;
    m_searchLabel->setBuddy(m_search);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTableView;
    m_view->setObjectName(prefixed("Table"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);   // Space toggles the check box
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->setTabKeyNavigation(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();

    m_checkShown = new QPushButton;
    m_checkShown->setObjectName(prefixed("CheckShown"));
    m_uncheckAll = new QPushButton;
    m_uncheckAll->setObjectName(prefixed("UncheckAll"));
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_checkShown);
    checkRow->addWidget(m_uncheckAll);
    checkRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(loadRow);
    layout->addLayout(searchRow);
    layout->addWidget(m_view, 1);
    layout->addLayout(checkRow);

    connect(m_load, &QPushButton::clicked, this, &AccountListPage::loadRequested);
    // Enter in a filter loads with it, and only that: the dialog's default button (Add) must not
    // fire as well. Elsewhere on the page Enter reaches the default button; nothing else reloads.
    for (QWidget *filter : std::initializer_list<QWidget *>{m_name, m_ip, m_state, m_withResults}) {
        if (filter)
            filter->installEventFilter(this);
    }
    m_view->installEventFilter(this);
    // After a (re)load the view has no current row, and Space would tick nothing: start at the first.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->selectionModel()->setCurrentIndex(m_proxy->index(0, 0), QItemSelectionModel::NoUpdate);
    });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_model, &AccountPickerModel::checkedCountChanged, this, &AccountListPage::checkedCountChanged);
    connect(m_checkShown, &QPushButton::clicked, this, [this] { checkShown(true); });
    connect(m_uncheckAll, &QPushButton::clicked, this, [this] { checkShown(false); });
    retranslateUi();
}

QString AccountListPage::prefixed(const char *name) const
{
    const QString prefix = m_mode == AccountPickerModel::Mode::Servers ? u"server"_s : u"task"_s;
    return prefix + QLatin1String(name);
}

SourceFilter AccountListPage::sourceFilter() const
{
    SourceFilter filter;
    filter.name = m_name->text().trimmed();
    filter.ip = m_ip ? m_ip->text().trimmed() : QString();
    filter.state = m_state->currentIndex() > 0 ? m_state->currentText() : QString();
    filter.onlyWithResults = m_withResults && m_withResults->isChecked();
    return filter;
}

TaskFilter AccountListPage::taskFilter() const
{
    TaskFilter filter;
    filter.name = m_name->text().trimmed();
    filter.state = m_state->currentIndex() > 0 ? m_state->currentText() : QString();
    return filter;
}

void AccountListPage::checkShown(bool checked)
{
    QList<int> rows;
    if (checked) {
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            rows << m_proxy->mapToSource(m_proxy->index(row, 0)).row();
    } else {
        for (int row = 0; row < m_model->rowCount(); ++row)
            rows << row;
    }
    m_model->setCheckedRows(rows, checked);
}

bool AccountListPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (watched == m_view) {
        // The check box is in the first column, but the current cell may be any cell of the row.
        if (key->key() == Qt::Key_Space && plain) {
            toggleCurrentCheck();
            return true;
        }
        return QWidget::eventFilter(watched, event);
    }
    if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && plain) {
        if (m_load->isEnabled())
            emit loadRequested();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void AccountListPage::toggleCurrentCheck()
{
    QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        if (m_proxy->rowCount() == 0)
            return;
        current = m_proxy->index(0, 0);
        m_view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    const QModelIndex box = current.siblingAtColumn(0);
    const bool checked = box.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    m_proxy->setData(box, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

void AccountListPage::setLoading(bool loading)
{
    m_load->setEnabled(!loading);
    m_checkShown->setEnabled(!loading);
    m_uncheckAll->setEnabled(!loading);
}

void AccountListPage::retranslateUi()
{
    const bool servers = m_mode == AccountPickerModel::Mode::Servers;
    m_nameLabel->setText(tr("&Name contains:"));
    if (m_ipLabel)
        m_ipLabel->setText(tr("&IP address contains:"));
    m_stateLabel->setText(tr("S&tate:"));
    m_state->setItemText(0, tr("Any state"));
    if (m_withResults)
        m_withResults->setText(tr("Only servers with consistency &results"));
    m_load->setText(servers ? tr("&Load servers") : tr("&Load tasks"));
    m_searchLabel->setText(tr("Searc&h the loaded list:"));
    m_search->setPlaceholderText(tr("Name, ID, IP or state"));
    m_view->setAccessibleName(servers ? tr("Source servers") : tr("Migration tasks"));
    m_checkShown->setText(tr("Chec&k all shown"));
    m_uncheckAll->setText(tr("&Uncheck all"));
    // The model's header and cell texts are translated when asked for: repaint them.
    emit m_model->headerDataChanged(Qt::Horizontal, 0, qMax(0, m_model->columnCount() - 1));
    m_view->viewport()->update();
}

} // namespace smsc
