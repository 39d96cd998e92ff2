// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/MainWindowActions.h"

#include "table/RowActions.h"
#include "window/AboutDialog.h"
#include "window/LanguageManager.h"
#include "window/ShortcutsDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace smsc {

MainWindowActions::MainWindowActions(QMainWindow *window, RowActions *rowActions, LanguageManager *languages)
    : QObject(window), m_window(window), m_rowActions(rowActions), m_languages(languages)
{
    createActions();
    createMenus();
}

QAction *MainWindowActions::action(Id id) const
{
    return m_actions.at(id);
}

void MainWindowActions::createActions()
{
    static constexpr std::array<const char *, Count> kNames = {"exportAction", "batchExportAction", "historyAction",
                                                                "manageProfilesAction", "addFromAccountAction",
                                                                "quitAction", "shortcutsAction", "checkConnectionAction",
                                                                "aboutAction"};
    for (int id = 0; id < Count; ++id) {
        m_actions[id] = new QAction(this);
        m_actions[id]->setObjectName(QString::fromLatin1(kNames[id]));
    }
    action(Export)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    action(Export)->setIcon(QIcon(u":/icons/actions/export.svg"_s));
    action(History)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    action(ManageProfiles)->setIcon(QIcon(u":/icons/actions/profile.svg"_s));
    action(AddFromAccount)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    action(Quit)->setShortcuts(QKeySequence::Quit);
    action(Quit)->setMenuRole(QAction::QuitRole);
    action(Shortcuts)->setShortcuts(QKeySequence::HelpContents);
    connect(action(Quit), &QAction::triggered, m_window, &QWidget::close);
    connect(action(Shortcuts), &QAction::triggered, this, &MainWindowActions::showShortcuts);
    action(About)->setMenuRole(QAction::AboutRole);
    connect(action(About), &QAction::triggered, this, &MainWindowActions::showAbout);
}

void MainWindowActions::createMenus()
{
    QMenuBar *menuBar = m_window->menuBar();
    m_fileMenu = menuBar->addMenu(QString());
    m_fileMenu->setObjectName(u"fileMenu"_s);
    m_fileMenu->addAction(action(Export));
    m_fileMenu->addAction(action(BatchExport));
    m_fileMenu->addAction(action(History));
    m_fileMenu->addAction(action(ManageProfiles));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_rowActions->action(RowActions::ImportRows));
    m_fileMenu->addAction(m_rowActions->action(RowActions::ExportCsv));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(action(Quit));

    m_editMenu = menuBar->addMenu(QString());
    m_editMenu->setObjectName(u"editMenu"_s);
    for (auto id : {RowActions::Undo, RowActions::Redo})
        m_editMenu->addAction(m_rowActions->action(id));
    m_editMenu->addSeparator();
    for (auto id : {RowActions::Copy, RowActions::Paste, RowActions::ClearCells})
        m_editMenu->addAction(m_rowActions->action(id));

    m_rowsMenu = menuBar->addMenu(QString());
    m_rowsMenu->setObjectName(u"rowsMenu"_s);
    m_rowsMenu->addAction(action(AddFromAccount));
    m_rowsMenu->addSeparator();
    for (auto id : {RowActions::AddRow, RowActions::InsertRow, RowActions::DuplicateRows, RowActions::DeleteRows})
        m_rowsMenu->addAction(m_rowActions->action(id));
    m_rowsMenu->addSeparator();
    m_rowsMenu->addAction(m_rowActions->action(RowActions::RemoveDuplicates));
    m_rowsMenu->addAction(m_rowActions->action(RowActions::ClearAll));

    m_viewMenu = menuBar->addMenu(QString());
    m_viewMenu->setObjectName(u"viewMenu"_s);
    createLanguageMenu();

    m_helpMenu = menuBar->addMenu(QString());
    m_helpMenu->setObjectName(u"helpMenu"_s);
    m_helpMenu->addAction(action(Shortcuts));
    m_helpMenu->addAction(action(CheckConnection));
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(action(About));
}

void MainWindowActions::createLanguageMenu()
{
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(u"languageMenu"_s);
    m_languageGroup = new QActionGroup(this);
    for (const QString &code : LanguageManager::availableLanguages()) {
        QAction *action = m_languageMenu->addAction(LanguageManager::nativeName(code));
        action->setObjectName(u"language_"_s + code);
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(code == m_languages->language());
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { m_languages->setLanguage(code); });
    }
    connect(m_languages, &LanguageManager::languageChanged, this, [this](const QString &code) {
        for (QAction *action : m_languageGroup->actions())
            action->setChecked(action->data().toString() == code);
    });
}

void MainWindowActions::addToToolBar(QToolBar *toolBar) const
{
    toolBar->addAction(action(ManageProfiles));
    toolBar->addSeparator();
    toolBar->addAction(action(Export));
    toolBar->addSeparator();
    for (auto id : {RowActions::AddRow, RowActions::DeleteRows, RowActions::Undo, RowActions::Redo})
        toolBar->addAction(m_rowActions->action(id));
}

void MainWindowActions::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_rowsMenu->setTitle(tr("&Rows"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    action(Shortcuts)->setText(tr("&Keyboard shortcuts"));
    action(About)->setText(tr("&About SMS Consistency Exporter"));
    action(CheckConnection)->setText(tr("&Check connection…"));
    action(CheckConnection)->setToolTip(tr("Find what stops the current profile from exporting: configuration, "
                                           "network, TLS, clock, keys, account and permissions"));
    action(Export)->setText(tr("E&xport…"));
    action(BatchExport)->setText(tr("&Batch export…"));
    action(BatchExport)->setToolTip(tr("Export a rows file of any size in batches of at most 200 rows, resumable"));
    action(ManageProfiles)->setText(tr("&Profiles…"));
    action(ManageProfiles)->setToolTip(tr("Add, edit or delete connection profiles"));
    action(Quit)->setText(tr("&Quit"));
    action(AddFromAccount)->setText(tr("Add from a&ccount…"));
    action(AddFromAccount)->setToolTip(tr("Pick source servers or migration tasks of the account"));
    action(History)->setText(tr("&History"));
    action(History)->setToolTip(tr("Earlier exports: load their rows again, open the file, show the error"));
}

void MainWindowActions::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindowActions::showAbout()
{
    auto *dialog = new AboutDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace smsc
