// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/AccountPickerDialog.h"

#include "account/AccountListPage.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smsc {

AccountPickerDialog::AccountPickerDialog(QNetworkAccessManager *network, Profile profile, Credentials credentials,
                                         QString accountId, QWidget *parent)
    : QDialog(parent), m_network(network), m_profile(std::move(profile)),
      m_credentials(std::move(credentials)), m_accountId(std::move(accountId))
{
    setObjectName(u"accountPickerDialog"_s);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"accountTabs"_s);
    m_servers = new AccountListPage(AccountPickerModel::Mode::Servers);
    m_tasks = new AccountListPage(AccountPickerModel::Mode::Tasks);
    m_tabs->addTab(m_servers, QString());
    m_tabs->addTab(m_tasks, QString());

    m_progress = new QProgressBar;
    m_progress->setObjectName(u"loadProgress"_s);
    m_progress->setTextVisible(true);
    m_cancel = new QPushButton;
    m_cancel->setObjectName(u"cancelLoading"_s);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    m_status = new QLabel;
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox;
    m_add = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_add->setObjectName(u"addRows"_s);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(u"closeButton"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    // Enter adds what is checked; a reload (which drops the checks) is only ever asked for.
    m_add->setDefault(true);

    for (AccountListPage *page : {m_servers, m_tasks}) {
        connect(page, &AccountListPage::loadRequested, this, [this, page] { startLoading(page); });
        connect(page, &AccountListPage::checkedCountChanged, this, &AccountPickerDialog::updateAddButton);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &AccountPickerDialog::updateAddButton);
    connect(m_cancel, &QPushButton::clicked, this, &AccountPickerDialog::cancelLoading);
    connect(m_add, &QPushButton::clicked, this, &AccountPickerDialog::addSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::rejected, this, &AccountPickerDialog::cancelLoading);

    setLoading(false);
    retranslateUi();
    resize(900, 600);
}

AccountPickerDialog::~AccountPickerDialog()
{
    if (m_lister)
        m_lister->disconnect(this);
}

void AccountPickerDialog::setExistingRows(const QList<TaskRow> &rows)
{
    m_existing = rows;
    m_servers->model()->setExistingRows(rows);
    m_tasks->model()->setExistingRows(rows);
}

void AccountPickerDialog::setRemainingCapacity(int rows)
{
    m_remaining = qMax(0, rows);
    updateAddButton();
}

void AccountPickerDialog::setClock(std::function<QDateTime()> utcNow)
{
    m_clock = std::move(utcNow);
}

void AccountPickerDialog::setPageSize(int limit)
{
    m_pageSize = limit;
}

void AccountPickerDialog::loadServers()
{
    m_tabs->setCurrentWidget(m_servers);
    startLoading(m_servers);
}

void AccountPickerDialog::loadTasks()
{
    m_tabs->setCurrentWidget(m_tasks);
    startLoading(m_tasks);
}

void AccountPickerDialog::reloadLast()
{
    if (m_lastPage)
        startLoading(m_lastPage);
}

void AccountPickerDialog::startLoading(AccountListPage *page)
{
    if (m_lister)
        return;
    m_loadingPage = page;
    m_lastPage = page;
    auto *lister = new AccountLister(m_network, m_profile, m_credentials, m_accountId, this);
    lister->setPageSize(m_pageSize);
    if (m_clock)
        lister->setClock(m_clock);
    m_lister = lister;
    connect(lister, &AccountLister::progress, this, &AccountPickerDialog::onProgress);
    connect(lister, &AccountLister::finished, this, &AccountPickerDialog::onFinished);
    setLoading(true);
    m_status->setText(page == m_servers ? tr("Loading source servers…") : tr("Loading migration tasks…"));
    if (page == m_servers)
        lister->listServers(page->sourceFilter());
    else
        lister->listTasks(page->taskFilter());
}

void AccountPickerDialog::cancelLoading()
{
    if (m_lister)
        m_lister->cancel();
}

void AccountPickerDialog::onProgress(int loaded, int total)
{
    if (total < 0) {
        m_progress->setRange(0, 0);
        return;
    }
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(loaded);
    m_progress->setFormat(tr("%1 of %2 loaded").arg(loaded).arg(total));
}

void AccountPickerDialog::onFinished(const AccountListResult &result)
{
    AccountListPage *page = m_loadingPage;
    m_loadingPage = nullptr;
    if (m_lister)
        m_lister->deleteLater();
    m_lister = nullptr;
    setLoading(false);

    const bool servers = page == m_servers;
    if (servers)
        page->model()->setServers(result.servers);
    else
        page->model()->setTasks(result.tasks);
    const int loaded = page->model()->rowCount();

    if (result.error.kind == ErrorKind::Cancelled) {
        m_status->setText(tr("Loading cancelled: %1 of %2 items were loaded.").arg(loaded).arg(qMax(result.count, loaded)));
    } else if (result.error.isError()) {
        m_status->setText(tr("Loading failed: %1").arg(result.error.headline));
        emit errorOccurred(result.error, result.lastExchange);
    } else {
        QString text = servers ? tr("%n source server(s) loaded.", nullptr, loaded)
                               : tr("%n migration task(s) loaded.", nullptr, loaded);
        if (result.truncated)
            text = tr("%1 The service stops listing at offset %2: narrow the filters to see the rest.")
                       .arg(text).arg(AccountListParser::kMaxOffset);
        m_status->setText(text);
    }
    m_progress->setRange(0, qMax(loaded, 1));
    m_progress->setValue(loaded);
    m_progress->setFormat(tr("%1 loaded").arg(loaded));
    updateAddButton();
}

void AccountPickerDialog::addSelected()
{
    const AddPlan plan = currentPage()->model()->plan(m_remaining);
    QStringList parts;
    parts << tr("%n row(s) added.", nullptr, int(plan.rows.size()));
    if (!plan.message.isEmpty())
        parts << plan.message;
    m_status->setText(parts.join(u' '));
    if (plan.rows.isEmpty())
        return;
    m_remaining -= int(plan.rows.size());
    // Marks what was just added (on both tabs) and unchecks it, so a second click adds nothing twice.
    setExistingRows(m_existing + plan.rows);
    updateAddButton();
    emit rowsChosen(plan.rows);
}

void AccountPickerDialog::updateAddButton()
{
    const int checked = currentPage()->model()->checkedCount();
    m_add->setText(tr("&Add %n row(s)", nullptr, checked));
    m_add->setEnabled(checked > 0 && !m_lister);
}

void AccountPickerDialog::setLoading(bool loading)
{
    m_cancel->setEnabled(loading);
    m_servers->setLoading(loading);
    m_tasks->setLoading(loading);
    if (loading) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Loading…"));
    }
    updateAddButton();
}

AccountListPage *AccountPickerDialog::currentPage() const
{
    return m_tabs->currentWidget() == m_tasks ? m_tasks : m_servers;
}

void AccountPickerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AccountPickerDialog::retranslateUi()
{
    setWindowTitle(tr("Add from account"));
    m_tabs->setTabText(0, tr("&Source servers"));
    m_tabs->setTabText(1, tr("&Migration tasks"));
    m_tabs->setAccessibleName(tr("Lists"));
    m_progress->setAccessibleName(tr("Loading progress"));
    m_cancel->setText(tr("&Cancel loading"));
    m_status->setAccessibleName(tr("Status"));
    m_servers->retranslateUi();
    m_tasks->retranslateUi();
    updateAddButton();
}

} // namespace smsc
