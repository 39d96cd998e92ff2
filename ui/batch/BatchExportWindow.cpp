// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/BatchExportWindow.h"

#include "batch/BatchClockRetry.h"
#include "batch/BatchController.h"
#include "batch/BatchStatusIcons.h"
#include "batch/BatchTableModel.h"
#include "diagnostics/ErrorDialog.h"
#include "prompts/UserPrompts.h"
#include "rows/TaskRow.h"

#include <QCloseEvent>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smsc {

BatchExportWindow::BatchExportWindow(BatchController *controller, UserPrompts *prompts, QWidget *parent)
    : QDialog(parent), m_controller(controller), m_prompts(prompts),
      m_openFolder([](const QUrl &url) { return QDesktopServices::openUrl(url); }),
      m_clockRetry(new BatchClockRetry(controller, prompts, this))
{
    setObjectName(u"batchExportWindow"_s);
    setModal(false);
    buildUi();
    connect(m_controller, &BatchController::runningChanged, this, &BatchExportWindow::updateState);
    connect(m_controller, &BatchController::problem, this, &BatchExportWindow::showMessage);
    connect(m_controller, &BatchController::started, this, [this](const QString &folder) {
        showMessage(tr("Sending the batches into %1…").arg(QDir::toNativeSeparators(folder)));
        m_table->resizeColumnsToContents();
        updateState();  // Open folder works while the run goes on
    });
    connect(m_controller, &BatchController::progressChanged, this, &BatchExportWindow::showProgress);
    connect(m_controller, &BatchController::finished, this, &BatchExportWindow::showFinished);
    retranslateUi();
    updateState();
    setOutputFolder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    resize(900, 560);
}

void BatchExportWindow::buildUi()
{
    auto makeLabel = [](const char *name) {
        auto *label = new QLabel;
        label->setObjectName(QString::fromLatin1(name));
        return label;
    };
    auto makeButton = [](const char *name) {
        auto *button = new QPushButton;
        button->setObjectName(QString::fromLatin1(name));
        button->setAutoDefault(false);  // Enter in the table opens a batch's details, never Start
        return button;
    };
    auto makeSpin = [](const char *name, int min, int max, int value) {
        auto *spin = new QSpinBox;
        spin->setObjectName(QString::fromLatin1(name));
        spin->setRange(min, max);
        spin->setValue(value);
        return spin;
    };
    m_rowsLabel = makeLabel("rowsFileLabel");
    m_rowsFile = new QLineEdit;
    m_rowsFile->setObjectName(u"rowsFileEdit"_s);
    m_browseRows = makeButton("browseRowsButton");
    m_batchSizeLabel = makeLabel("batchSizeLabel");
    m_batchSize = makeSpin("batchSizeSpin", 1, kMaxRows, BatchPlan::kDefaultBatchSize);
    m_parallelLabel = makeLabel("parallelLabel");
    m_parallel = makeSpin("parallelSpin", 1, BatchRunOptions::kMaxParallel, 1);
    m_retriesLabel = makeLabel("retriesLabel");
    m_retries = makeSpin("retriesSpin", 0, BatchRunOptions::kMaxRetries, 0);
    m_folderLabel = makeLabel("outputFolderLabel");
    m_folder = new QLineEdit;
    m_folder->setObjectName(u"outputFolderEdit"_s);
    m_browseFolder = makeButton("browseFolderButton");
    m_rowsLabel->setBuddy(m_rowsFile);
    m_batchSizeLabel->setBuddy(m_batchSize);
    m_parallelLabel->setBuddy(m_parallel);
    m_retriesLabel->setBuddy(m_retries);
    m_folderLabel->setBuddy(m_folder);

    auto *form = new QGridLayout;
    form->addWidget(m_rowsLabel, 0, 0);
    form->addWidget(m_rowsFile, 0, 1, 1, 5);
    form->addWidget(m_browseRows, 0, 6);
    form->addWidget(m_folderLabel, 1, 0);
    form->addWidget(m_folder, 1, 1, 1, 5);
    form->addWidget(m_browseFolder, 1, 6);
    form->addWidget(m_batchSizeLabel, 2, 0);
    form->addWidget(m_batchSize, 2, 1);
    form->addWidget(m_parallelLabel, 2, 2);
    form->addWidget(m_parallel, 2, 3);
    form->addWidget(m_retriesLabel, 2, 4);
    form->addWidget(m_retries, 2, 5);
    form->setColumnStretch(1, 1);
    form->setColumnStretch(3, 1);
    form->setColumnStretch(5, 1);

    auto *icons = new BatchStatusIcons(this);
    icons->setSourceModel(m_controller->model());
    m_table = new QTableView;
    m_table->setObjectName(u"batchTable"_s);
    m_table->setModel(icons);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_progressBar = new QProgressBar;
    m_progressBar->setObjectName(u"batchProgressBar"_s);
    m_progressBar->setRange(0, 1);
    m_progressBar->setValue(0);
    m_progressText = makeLabel("batchProgressText");
    m_progressText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = makeLabel("batchMessage");
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_start = makeButton("startButton");
    m_cancel = makeButton("cancelButton");
    m_resume = makeButton("resumeButton");
    m_openFolderButton = makeButton("openFolderButton");
    m_details = makeButton("detailsButton");
    m_close = makeButton("closeButton");
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_start, m_cancel, m_resume, m_openFolderButton, m_details})
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_progressText);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_browseRows, &QPushButton::clicked, this, &BatchExportWindow::chooseRowsFile);
    connect(m_browseFolder, &QPushButton::clicked, this, &BatchExportWindow::chooseOutputFolder);
    connect(m_start, &QPushButton::clicked, this, &BatchExportWindow::start);
    connect(m_cancel, &QPushButton::clicked, m_controller, &BatchController::cancel);
    connect(m_resume, &QPushButton::clicked, this, &BatchExportWindow::chooseManifest);
    connect(m_openFolderButton, &QPushButton::clicked, this, &BatchExportWindow::openFolder);
    connect(m_details, &QPushButton::clicked, this, [this] { showDetails(); });
    connect(m_close, &QPushButton::clicked, this, &BatchExportWindow::reject);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) { showDetails(index.row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BatchExportWindow::updateState);
    connect(m_controller->model(), &QAbstractItemModel::dataChanged, this, &BatchExportWindow::updateState);
    connect(m_controller->model(), &QAbstractItemModel::modelReset, this, &BatchExportWindow::updateState);
}

void BatchExportWindow::retranslateUi()
{
    setWindowTitle(tr("Batch export"));
    m_table->setAccessibleName(tr("Batches of the run"));
    m_progressBar->setAccessibleName(tr("Batches done"));
    m_progressText->setAccessibleName(tr("Progress"));
    m_message->setAccessibleName(tr("Status"));
    m_rowsLabel->setText(tr("&Rows file:"));
    m_rowsFile->setPlaceholderText(tr("A CSV or TSV file with task_id, source_id and source_name, any number of rows"));
    m_browseRows->setText(tr("&Browse…"));
    m_folderLabel->setText(tr("&Output folder:"));
    m_folder->setToolTip(tr("Each run makes a new folder sms-export-YYYYMMDD-HHMMSS here, with one file per batch "
                            "and manifest.json"));
    m_browseFolder->setText(tr("C&hoose…"));
    m_batchSizeLabel->setText(tr("Batch si&ze:"));
    m_batchSize->setToolTip(tr("Rows per request, 1 to %1").arg(kMaxRows));
    m_parallelLabel->setText(tr("&Parallel requests:"));
    m_retriesLabel->setText(tr("Re&tries:"));
    m_retries->setToolTip(tr("Repeats of a batch after 429, 5xx or a network error; never after 401 or 403"));
    m_start->setText(tr("&Start"));
    m_cancel->setText(tr("&Cancel"));
    m_resume->setText(tr("Res&ume…"));
    m_resume->setToolTip(tr("Continue an earlier run from its manifest.json: only the batches not saved are sent"));
    m_openFolderButton->setText(tr("Open &folder"));
    m_details->setText(tr("&Details…"));
    m_close->setText(tr("C&lose"));
    if (m_controller->model()->rowCount() == 0 && m_message->text().isEmpty())
        m_progressText->setText(tr("No run yet."));
}

void BatchExportWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

ErrorDialog *BatchExportWindow::errorDialog() const
{
    return m_errorDialog;
}

void BatchExportWindow::setProfileSource(std::function<QString()> currentProfile)
{
    m_currentProfile = std::move(currentProfile);
}

void BatchExportWindow::setFolderOpener(std::function<bool(const QUrl &)> opener)
{
    m_openFolder = std::move(opener);
}

void BatchExportWindow::setRowsFile(const QString &rowsFile, const QString &preparedFolder)
{
    m_rowsFile->setText(QDir::toNativeSeparators(rowsFile));
    m_preparedFolder = preparedFolder;
}

void BatchExportWindow::setOutputFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
}

QString BatchExportWindow::outputFolder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

BatchRunOptions BatchExportWindow::options() const
{
    BatchRunOptions options;
    options.parallel = m_parallel->value();
    options.retries = m_retries->value();
    return options;
}

void BatchExportWindow::start()
{
    if (m_controller->isRunning())
        return;
    m_message->clear();
    m_clockRetry->reset();
    const QString rows = QDir::fromNativeSeparators(m_rowsFile->text().trimmed());
    m_controller->startNew(rows, m_batchSize->value(), options(), outputFolder(),
                           m_currentProfile ? m_currentProfile() : QString(), m_preparedFolder);
}

void BatchExportWindow::resumeFrom(const QString &manifestPath)
{
    if (m_controller->isRunning() || manifestPath.isEmpty())
        return;
    m_message->clear();
    m_clockRetry->reset();
    m_controller->resume(manifestPath, options(), m_currentProfile ? m_currentProfile() : QString());
}

void BatchExportWindow::openRun(const QString &manifestPath)
{
    if (m_controller->isRunning() || !m_controller->open(manifestPath))
        return;
    const BatchTableModel *model = m_controller->model();
    const int unsaved = model->rowCount() - model->count(BatchStatus::Saved);
    m_rowsFile->clear();
    showMessage(unsaved == 0
                    ? tr("Every batch of this run is saved, in %1.").arg(QDir::toNativeSeparators(m_controller->runFolder()))
                    : tr("%1 of %2 batches of this run are not saved. Resume… with its manifest.json sends only those.")
                          .arg(unsaved).arg(model->rowCount()));
    m_table->resizeColumnsToContents();
}

void BatchExportWindow::chooseRowsFile()
{
    const QString start = m_rowsFile->text().isEmpty() ? outputFolder() : QFileInfo(m_rowsFile->text()).absolutePath();
    m_prompts->openFileName(this, tr("Choose the rows file"), start,
                            tr("Rows files (*.csv *.tsv *.txt);;All files (*)"), [this](const QString &path) {
                                if (!path.isEmpty())
                                    setRowsFile(path);
                            });
}

void BatchExportWindow::chooseOutputFolder()
{
    m_prompts->directory(this, tr("Where should the run folders be created?"), outputFolder(),
                         [this](const QString &folder) {
                             if (!folder.isEmpty())
                                 setOutputFolder(folder);
                         });
}

void BatchExportWindow::chooseManifest()
{
    const QString start = m_controller->runFolder().isEmpty() ? outputFolder() : m_controller->runFolder();
    m_prompts->openFileName(this, tr("Resume a run: choose its manifest.json"), start,
                            tr("Run manifests (manifest.json);;JSON files (*.json)"),
                            [this](const QString &path) { resumeFrom(path); });
}

void BatchExportWindow::openFolder()
{
    const QString folder = m_controller->runFolder();
    if (folder.isEmpty() || m_openFolder(QUrl::fromLocalFile(folder)))
        return;
    m_prompts->warning(this, tr("Cannot open"),
                       tr("No application on this desktop opens folders. The run folder is %1.")
                           .arg(QDir::toNativeSeparators(folder)));
}

void BatchExportWindow::showDetails(int row)
{
    if (row < 0)
        row = m_table->currentIndex().row();
    BatchTableModel *model = m_controller->model();
    if (row < 0 || model->recordAt(row).status != BatchStatus::Failed)
        return;
    if (m_errorDialog)
        m_errorDialog->close();
    m_errorDialog = new ErrorDialog(m_controller->reportFor(row), m_prompts, this);
    m_errorDialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_controller->isRecordedOnly(row))
        m_errorDialog->setRecordedOnly();
    m_errorDialog->show();  // non-modal, over this window: closing it returns here
    emit errorDialogShown(m_errorDialog);
}

void BatchExportWindow::updateState()
{
    const bool running = m_controller->isRunning();
    for (QWidget *input : std::initializer_list<QWidget *>{m_rowsFile, m_browseRows, m_batchSize, m_parallel, m_retries,
                                                           m_folder, m_browseFolder, m_start, m_resume})
        input->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_openFolderButton->setEnabled(!m_controller->runFolder().isEmpty());
    const int row = m_table->currentIndex().row();
    m_details->setEnabled(row >= 0 && m_controller->model()->recordAt(row).status == BatchStatus::Failed);
}

void BatchExportWindow::showProgress(int done, int toSend, qint64 rowsSaved, qint64 rows, qint64 bytes)
{
    m_progressBar->setRange(0, std::max(toSend, 1));
    m_progressBar->setValue(toSend > 0 ? done : 1);
    m_progressText->setText(tr("Batches: %1 of %2 done. Rows saved: %3 of %4. Received: %5.")
                                .arg(done).arg(toSend).arg(rowsSaved).arg(rows)
                                .arg(QLocale().formattedDataSize(bytes)));
}

void BatchExportWindow::showFinished(const BatchRunSummary &summary)
{
    const BatchTableModel *model = m_controller->model();
    const int total = model->rowCount();
    QString text;
    if (summary.stoppedByRejection) {
        int failedRow = -1;
        for (int row = 0; row < total; ++row) {
            if (model->recordAt(row).status == BatchStatus::Failed && model->errorAt(row).httpStatus / 100 == 4)
                failedRow = row;
        }
        const BatchRecord record = model->recordAt(failedRow);
        text = tr("The run stopped: the service refused batch %1 (HTTP %2), so nothing more was sent; a key is "
                  "locked after repeated refusals. %3 batch(es) are pending. Fix the profile's keys or its IAM "
                  "permission (the error window says which), then use Resume… with this run's manifest.json.")
                   .arg(record.index).arg(record.httpStatus).arg(summary.pending);
        if (failedRow >= 0) {
            m_table->selectRow(failedRow);
            // "Signature expired" with a measured skew: first the one resume with the clock corrected.
            const QString profile = m_currentProfile ? m_currentProfile() : QString();
            const auto declined = [this, failedRow] { showDetails(failedRow); };  // m_clockRetry is our child
            if (m_closeWhenStopped || !m_clockRetry->offer(model->errorAt(failedRow), options(), profile, declined))
                showDetails(failedRow);
        }
    } else if (summary.cancelled) {
        text = tr("Cancelled: %1 of %2 batches saved, %3 pending, nothing half-written kept. Resume… sends the rest.")
                   .arg(summary.saved).arg(total).arg(summary.pending);
    } else if (summary.failed + summary.pending == 0) {
        text = tr("All %1 batches saved (%2 rows, %3) in %4.")
                   .arg(summary.saved).arg(summary.rowsSaved)
                   .arg(QLocale().formattedDataSize(summary.bytes), QDir::toNativeSeparators(m_controller->runFolder()));
    } else {
        text = tr("%1 of %2 batches saved, %3 failed, %4 pending. Details… shows why a batch failed; Resume… sends "
                  "the batches not saved.")
                   .arg(summary.saved).arg(total).arg(summary.failed).arg(summary.pending);
    }
    if (!summary.manifestError.isEmpty())
        text = summary.manifestError + u' ' + text;
    showMessage(text);
    updateState();
    if (!m_controller->manifestPath().isEmpty())
        emit runFinished(m_controller->manifestPath());
    if (m_closeWhenStopped) {
        m_closeWhenStopped = false;
        QDialog::reject();
    }
}

void BatchExportWindow::showMessage(const QString &text)
{
    m_message->setText(text);
}

void BatchExportWindow::reject()
{
    if (!m_controller->isRunning()) {
        QDialog::reject();
        return;
    }
    const QPointer<BatchExportWindow> guard(this);
    m_prompts->confirm(this, tr("Stop the batch export?"),
                       tr("A run is going on. Stop it and close? The batches not finished stay pending and can be "
                          "sent later with Resume…."),
                       tr("&Stop and close"), [guard](bool stop) {
                           if (!guard || !stop)
                               return;
                           if (!guard->m_controller->isRunning()) {
                               guard->QDialog::reject();
                               return;
                           }
                           guard->m_closeWhenStopped = true;
                           guard->m_controller->cancel();
                       });
}

void BatchExportWindow::closeEvent(QCloseEvent *event)
{
    if (m_controller->isRunning()) {
        event->ignore();
        reject();
        return;
    }
    QDialog::closeEvent(event);
}

} // namespace smsc
