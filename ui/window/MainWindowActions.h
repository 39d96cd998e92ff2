// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <array>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QToolBar;

namespace smsc {

class LanguageManager;
class RowActions;

//! The main window's own actions with their shortcuts and texts, its menus, and the actions of its toolbar.
class MainWindowActions final : public QObject
{
    Q_OBJECT
public:
    enum Id { Export, BatchExport, History, ManageProfiles, AddFromAccount, Quit, Shortcuts, CheckConnection, About, Count };

    //! Fills `window`'s menu bar; Quit closes the window. Row actions and languages outlive the window.
    MainWindowActions(QMainWindow *window, RowActions *rowActions, LanguageManager *languages);

    QAction *action(Id id) const;
    //! Appends Profiles, Export and the row actions the toolbar shows.
    void addToToolBar(QToolBar *toolBar) const;
    //! Sets menu and action texts in the current language.
    void retranslateUi();

private:
    void createActions();
    void createMenus();
    void createLanguageMenu();
    void showShortcuts();
    void showAbout();

    QMainWindow *m_window;
    RowActions *m_rowActions;
    LanguageManager *m_languages;
    std::array<QAction *, Count> m_actions{};
    QActionGroup *m_languageGroup = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_rowsMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
};

} // namespace smsc
