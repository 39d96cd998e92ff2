#include "HistoryDialog.h"

#include "HistoryTableModel.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace smsc {

HistoryDialog::HistoryDialog(QString historyPath, QWidget *parent)
    : QDialog(parent), m_path(std::move(historyPath)),
      m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); }),
      m_model(new HistoryTableModel(this))
{
    setObjectName(u"historyDialog"_qs);
    m_view = new QTableView;
    m_view->setObjectName(u"historyTable"_qs);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_status = new QLabel;
    m_status->setObjectName(u"historyStatus"_qs);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *buttons = new QDialogButtonBox;
    m_loadRows = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_loadRows->setObjectName(u"loadRowsButton"_qs);
    m_openFile = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_openFile->setObjectName(u"openFileButton"_qs);
    m_showError = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_showError->setObjectName(u"showErrorButton"_qs);
    m_refresh = buttons->addButton(QString(), QDialogButtonBox::ResetRole);
    m_refresh->setObjectName(u"refreshButton"_qs);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(u"closeButton"_qs);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryDialog::updateButtons);
    connect(m_view, &QTableView::activated, this, &HistoryDialog::loadRows);
    connect(m_loadRows, &QPushButton::clicked, this, &HistoryDialog::loadRows);
    connect(m_openFile, &QPushButton::clicked, this, &HistoryDialog::openFile);
    connect(m_showError, &QPushButton::clicked, this, &HistoryDialog::showError);
    connect(m_refresh, &QPushButton::clicked, this, &HistoryDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslateUi();
    reload();
    resize(900, 420);
}

void HistoryDialog::setFileOpener(FileOpener opener)
{
    m_opener = std::move(opener);
}

void HistoryDialog::reload()
{
    ExportHistory history(m_path);
    m_loadProblem = history.load();
    m_model->setEntries(history.entries());
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    m_view->resizeColumnsToContents();
    m_status->setText(m_loadProblem);
    if (m_loadProblem.isEmpty() && m_model->rowCount() == 0)
        m_status->setText(tr("No exports yet. Each export is recorded here (profile, rows, request ID, outcome)."));
    updateButtons();
}

int HistoryDialog::entryCount() const
{
    return m_model->rowCount();
}

const HistoryEntry *HistoryDialog::current() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : &m_model->entryAt(rows.first().row());
}

void HistoryDialog::updateButtons()
{
    const HistoryEntry *entry = current();
    m_loadRows->setEnabled(entry && entry->rowCount() > 0);
    m_openFile->setEnabled(entry && entry->ok() && !entry->filePath.isEmpty());
    m_showError->setEnabled(entry && HistoryTableModel::errorOf(*entry).isError());
}

void HistoryDialog::loadRows()
{
    if (const HistoryEntry *entry = current(); entry && entry->rowCount() > 0)
        emit rowsRequested(entry->rows);
}

void HistoryDialog::openFile()
{
    const HistoryEntry *entry = current();
    if (!entry || entry->filePath.isEmpty())
        return;
    const QString shown = QDir::toNativeSeparators(entry->filePath);
    if (!QFileInfo::exists(entry->filePath))
        m_status->setText(tr("The file %1 no longer exists.").arg(shown));
    else if (!m_opener(QUrl::fromLocalFile(entry->filePath)))
        m_status->setText(tr("No application could open %1.").arg(shown));
    else
        m_status->setText(tr("Opened %1.").arg(shown));
}

void HistoryDialog::showError()
{
    if (const HistoryEntry *entry = current()) {
        const ApiError error = HistoryTableModel::errorOf(*entry);
        if (error.isError())
            emit errorRequested(error);
    }
}

void HistoryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void HistoryDialog::retranslateUi()
{
    setWindowTitle(tr("Export History"));
    m_view->setAccessibleName(tr("Exports, newest first"));
    m_status->setAccessibleName(tr("Status"));
    m_loadRows->setText(tr("&Load these rows again"));
    m_openFile->setText(tr("&Open file"));
    m_showError->setText(tr("Show &error"));
    m_refresh->setText(tr("&Refresh"));
    m_model->retranslate();
    if (m_loadProblem.isEmpty() && m_model->rowCount() == 0)
        m_status->setText(tr("No exports yet. Each export is recorded here (profile, rows, request ID, outcome)."));
}

} // namespace smsc
