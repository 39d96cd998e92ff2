// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/MainWindow.h"

#include "prompts/WidgetPrompts.h"
#include "rows/RowTableModel.h"
#include "table/RowActions.h"
#include "table/RowItemDelegate.h"
#include "table/RowTableView.h"
#include "window/FirstStepsPanel.h"
#include "window/LanguageManager.h"
#include "window/MainWindowActions.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

const auto kGeometryKey = u"mainWindow/geometry"_s;
const auto kStateKey = u"mainWindow/state"_s;
const auto kHeaderKey = u"mainWindow/tableHeader"_s;

QString firstLocalFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            return url.toLocalFile();
    }
    return {};
}

} // namespace

MainWindow::MainWindow(RowTableModel *model, LanguageManager *languages, UserPrompts *prompts, QWidget *parent)
    : QMainWindow(parent), m_model(model), m_languages(languages), m_view(new RowTableView(this))
{
    setObjectName(u"mainWindow"_s);
    if (!prompts) {
        m_ownPrompts = std::make_unique<WidgetPrompts>();
        prompts = m_ownPrompts.get();
    }
    m_view->setModel(m_model);
    m_rowActions = new RowActions(m_model, m_view, prompts, this);
    m_view->setItemDelegate(new RowItemDelegate(m_rowActions->undoStack(), m_view));
    setCentralWidget(m_view);
    setAcceptDrops(true);

    m_actions = new MainWindowActions(this, m_rowActions, m_languages);
    createToolBar();
    createStatusBar();
    connect(m_model, &RowTableModel::validationChanged, this, &MainWindow::updateRowState);
    connect(m_rowActions, &RowActions::statusMessage, this, [this](const QString &text) { showStatusMessage(text, 8000); });
    connect(m_actions->action(MainWindowActions::Export), &QAction::triggered, this, [this] {
        if (exportBlocker().isEmpty())
            emit exportRequested(m_model->validation().rows);
    });
    connect(m_actions->action(MainWindowActions::History), &QAction::triggered, this, &MainWindow::historyRequested);
    connect(m_actions->action(MainWindowActions::BatchExport), &QAction::triggered, this,
            [this] { emit batchExportRequested({}); });
    connect(m_rowActions, &RowActions::batchExportRequested, this, &MainWindow::batchExportRequested);
    connect(m_actions->action(MainWindowActions::CheckConnection), &QAction::triggered, this,
            &MainWindow::checkConnectionRequested);
    connect(m_actions->action(MainWindowActions::ManageProfiles), &QAction::triggered, this,
            &MainWindow::manageProfilesRequested);
    connect(m_actions->action(MainWindowActions::AddFromAccount), &QAction::triggered, this,
            &MainWindow::addFromAccountRequested);
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, &MainWindow::onProfileActivated);
    connect(m_profileCombo, &QComboBox::activated, this, [this] {
        showStatusMessage(tr("Export now uses the profile \"%1\".").arg(m_profileCombo->currentText()), 8000);
    });
    m_firstSteps = new FirstStepsPanel(
        m_view, m_profileCombo, {m_actions->action(MainWindowActions::ManageProfiles), m_rowActions->action(RowActions::AddRow),
                 m_rowActions->action(RowActions::Paste), m_rowActions->action(RowActions::ImportRows),
                 m_actions->action(MainWindowActions::AddFromAccount)});
    retranslateUi();
    restoreSettings();
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

MainWindow::~MainWindow() = default;

RowTableModel *MainWindow::rowModel() const
{
    return m_model;
}

QUndoStack *MainWindow::undoStack() const
{
    return m_rowActions->undoStack();
}

RowActions *MainWindow::rowActions() const
{
    return m_rowActions;
}

QString MainWindow::currentProfile() const
{
    return m_profileCombo->currentText();
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(u"mainToolBar"_s);
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_profileLabel = new QLabel(m_toolBar);
    m_profileCombo = new QComboBox(m_toolBar);
    m_profileCombo->setObjectName(u"profileCombo"_s);
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileCombo->setMinimumContentsLength(12);
    // The profile decides whose keys Export signs with: it changes only when the user means it.
    // Not in the Tab chain (its label's mnemonic reaches it), and the wheel turns it only once
    // it has focus, so neither a stray Tab nor a scroll switches accounts.
    m_profileCombo->setFocusPolicy(Qt::ClickFocus);
    m_profileCombo->installEventFilter(this);
    m_profileLabel->setBuddy(m_profileCombo);
    m_profileLabel->setContentsMargins(4, 0, 4, 0);
    m_toolBar->addWidget(m_profileLabel);
    m_toolBar->addWidget(m_profileCombo);
    m_actions->addToToolBar(m_toolBar);
}

void MainWindow::createStatusBar()
{
    m_exportStatusLabel = new QLabel(this);
    m_exportStatusLabel->setObjectName(u"exportStatusLabel"_s);
    m_exportStatusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counterLabel = new QLabel(this);
    m_counterLabel->setObjectName(u"rowCounterLabel"_s);
    statusBar()->addPermanentWidget(m_exportStatusLabel, 1);
    statusBar()->addPermanentWidget(m_counterLabel);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("SMS Consistency Exporter"));
    m_actions->retranslateUi();
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    m_profileLabel->setText(tr("Pr&ofile:"));
    m_profileCombo->setAccessibleName(tr("Profile"));
    m_profileCombo->setToolTip(tr("The connection profile used for Export"));
    m_view->setAccessibleName(tr("Rows to export"));
    // Qt's overflow buttons appear when the window is narrow (large fonts, 200% scaling); name them too.
    if (auto *more = menuBar()->findChild<QWidget *>(u"qt_menubar_ext_button"_s))
        more->setAccessibleName(tr("More menus"));
    if (auto *more = m_toolBar->findChild<QWidget *>(u"qt_toolbar_ext_button"_s))
        more->setAccessibleName(tr("More tools"));
    m_counterLabel->setToolTip(tr("Rows in the table; at most %1 can be exported at once").arg(kMaxRows));
    m_rowActions->retranslateUi();
    m_model->retranslateUi();
    updateRowState();
}

QString MainWindow::exportBlocker() const
{
    if (m_busy)
        return tr("An export is running.");
    const RowValidation &validation = m_model->validation();
    if (!validation.ok()) {
        const QString first = validation.problems.first().message();
        const int more = int(validation.problems.size()) - 1;
        return more == 0 ? first : tr("%1 (and %n more problem(s))", "", more).arg(first);
    }
    if (m_profileCombo->count() == 0)
        return tr("No profile yet: add one under Profiles…");
    return {};
}

void MainWindow::updateRowState()
{
    // Blank rows are not sent, so they are not counted: the counter agrees with "Ready to export".
    const int filled = int(m_model->validation().rows.size());
    if (m_firstSteps)
        m_firstSteps->update(filled == 0, m_profileCombo->count() > 0);  // blank rows only
    m_counterLabel->setText(tr("%1 / %2").arg(filled).arg(kMaxRows));
    m_counterLabel->setAccessibleName(tr("%1 of %2 rows").arg(filled).arg(kMaxRows));
    QAction *exportAction = m_actions->action(MainWindowActions::Export);
    const QString blocker = exportBlocker();
    exportAction->setEnabled(blocker.isEmpty());
    if (blocker.isEmpty()) {
        const int count = int(m_model->validation().rows.size());
        exportAction->setToolTip(tr("Export the consistency results of %n row(s)", "", count));
        m_exportStatusLabel->setText(tr("Ready to export %n row(s).", "", count));
    } else {
        exportAction->setToolTip(tr("Export is disabled: %1").arg(blocker));
        m_exportStatusLabel->setText(tr("Export is disabled: %1").arg(blocker));
    }
    exportAction->setStatusTip(exportAction->toolTip());
}

void MainWindow::setProfileNames(const QStringList &names, const QString &current)
{
    const QSignalBlocker blocker(m_profileCombo);
    m_profileCombo->clear();
    m_profileCombo->addItems(names);
    m_profileCombo->setCurrentIndex(names.contains(current) ? int(names.indexOf(current)) : 0);
    onProfileActivated();
}

void MainWindow::onProfileActivated()
{
    updateRowState();
    const QString name = m_profileCombo->currentText();
    if (name == m_lastProfile)
        return;
    m_lastProfile = name;
    emit currentProfileChanged(name);
}

void MainWindow::setBusy(bool busy)
{
    m_busy = busy;
    m_profileCombo->setEnabled(!busy);
    m_actions->action(MainWindowActions::ManageProfiles)->setEnabled(!busy);
    updateRowState();
}

void MainWindow::showStatusMessage(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_profileCombo && event->type() == QEvent::Wheel && !m_profileCombo->hasFocus())
        return true;
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!firstLocalFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = firstLocalFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    m_rowActions->importFile(path);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(960, 600);
    restoreState(settings.value(kStateKey).toByteArray());
    if (!m_view->horizontalHeader()->restoreState(settings.value(kHeaderKey).toByteArray())) {
        m_view->setColumnWidth(RowTableModel::TaskIdColumn, 320);
        m_view->setColumnWidth(RowTableModel::SourceIdColumn, 320);
    }
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kHeaderKey, m_view->horizontalHeader()->saveState());
}

} // namespace smsc
