// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/HistoryDialog.h"

#include "export/ExportHistoryModel.h"

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

using namespace Qt::StringLiterals;

namespace smsc {

HistoryDialog::HistoryDialog(QString historyPath, QWidget *parent)
    : QDialog(parent), m_path(std::move(historyPath)),
      m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); }),
      m_model(new ExportHistoryModel(this))
{
    setObjectName(u"historyDialog"_s);
    m_view = new QTableView;
    m_view->setObjectName(u"historyTable"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_details = new QLabel;
    m_details->setObjectName(u"historyDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_status = new QLabel;
    m_status->setObjectName(u"historyStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox;
    m_loadRows = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_loadRows->setObjectName(u"loadRowsButton"_s);
    m_openFile = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_openFile->setObjectName(u"openFileButton"_s);
    m_openRun = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_openRun->setObjectName(u"openBatchRunButton"_s);
    m_showError = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_showError->setObjectName(u"showErrorButton"_s);
    m_refresh = buttons->addButton(QString(), QDialogButtonBox::ResetRole);
    m_refresh->setObjectName(u"refreshButton"_s);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(u"closeButton"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryDialog::updateSelection);
    connect(m_view, &QTableView::activated, this, [this] {
        if (const auto entry = current(); entry && entry->isBatchRun())
            openBatchRun();
        else
            loadRows();
    });
    connect(m_openRun, &QPushButton::clicked, this, &HistoryDialog::openBatchRun);
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
    m_loadProblem = m_model->reload(history).error();
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    m_view->resizeColumnsToContents();
    m_status->setText(m_loadProblem);
    if (m_loadProblem.isEmpty() && m_model->rowCount() == 0)
        m_status->setText(tr("No exports yet. Each export is recorded here (profile, rows, request ID, outcome)."));
    updateSelection();
}

int HistoryDialog::entryCount() const
{
    return m_model->rowCount();
}

std::optional<HistoryEntry> HistoryDialog::current() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->entryAt(rows.first().row());
}

void HistoryDialog::updateSelection()
{
    const std::optional<HistoryEntry> entry = current();
    m_loadRows->setEnabled(entry && !entry->isBatchRun() && entry->rowCount() > 0);
    m_openFile->setEnabled(entry && (entry->ok() || entry->isBatchRun()) && !entry->filePath.isEmpty());
    m_openRun->setEnabled(entry && entry->isBatchRun());
    m_showError->setEnabled(entry && ExportHistoryModel::errorOf(*entry).isError());
    if (!entry) {
        m_details->clear();
        return;
    }
    QStringList lines;
    lines << tr("Endpoint: %1").arg(entry->endpoint)
          << tr("Request ID: %1").arg(entry->requestId.isEmpty() ? tr("none") : entry->requestId);
    if (!entry->filePath.isEmpty())
        lines << tr("File: %1").arg(QDir::toNativeSeparators(entry->filePath));
    if (!entry->errorMessage.isEmpty())
        lines << tr("Error: %1").arg(entry->errorMessage);
    m_details->setText(lines.join(u'\n'));
}

void HistoryDialog::loadRows()
{
    if (const auto entry = current(); entry && !entry->isBatchRun() && entry->rowCount() > 0)
        emit rowsRequested(entry->rows);
}

void HistoryDialog::openBatchRun()
{
    if (const auto entry = current(); entry && entry->isBatchRun())
        emit batchRunRequested(entry->manifestPath);
}

void HistoryDialog::openFile()
{
    const std::optional<HistoryEntry> entry = current();
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
    if (const auto entry = current()) {
        const ApiError error = ExportHistoryModel::errorOf(*entry);
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
    setWindowTitle(tr("Export history"));
    m_view->setAccessibleName(tr("Exports, newest first"));
    m_details->setAccessibleName(tr("Selected export"));
    m_status->setAccessibleName(tr("Status"));
    m_loadRows->setText(tr("&Load these rows again"));
    m_openFile->setText(tr("&Open file"));
    m_openRun->setText(tr("Open &batch run"));
    m_showError->setText(tr("Show &error"));
    m_refresh->setText(tr("&Refresh"));
    emit m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
    updateSelection();
    if (m_loadProblem.isEmpty() && m_model->rowCount() == 0)
        m_status->setText(tr("No exports yet. Each export is recorded here (profile, rows, request ID, outcome)."));
}

} // namespace smsc
