// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rows/TaskRow.h"

#include <QMainWindow>

#include <memory>

class QComboBox;
class QLabel;
class QToolBar;
class QUndoStack;

namespace smsc {

class FirstStepsPanel;
class LanguageManager;
class MainWindowActions;
class RowActions;
class RowTableModel;
class RowTableView;
class UserPrompts;

//! The main window: the rows table, the profile switcher and Export. Emits intents; runs no network code.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    //! `prompts` answers modal questions (null: real dialogs). Model and languages outlive the window.
    MainWindow(RowTableModel *model, LanguageManager *languages, UserPrompts *prompts = nullptr,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    RowTableModel *rowModel() const;
    QUndoStack *undoStack() const;
    RowActions *rowActions() const;
    LanguageManager *languages() const { return m_languages; }
    QString currentProfile() const;
    //! Why Export is disabled, in the UI language; empty when it is enabled.
    QString exportBlocker() const;

public slots:
    //! Fills the profile switcher; an empty or unknown `current` selects the first name.
    void setProfileNames(const QStringList &names, const QString &current);
    //! While an export runs: Export and the profile switcher are disabled.
    void setBusy(bool busy);
    void showStatusMessage(const QString &text, int timeoutMs = 0);

signals:
    //! The rows to send (trimmed, blank rows dropped), only when they pass validation.
    void exportRequested(const QList<smsc::TaskRow> &rows);
    void manageProfilesRequested();
    void addFromAccountRequested();
    void historyRequested();
    //! File > Batch export… (no rows), or the ">200 rows" offer of a paste or file (all of its rows).
    void batchExportRequested(const QList<smsc::TaskRow> &rows);
    void checkConnectionRequested();  //!< Help > Check connection, for the current profile
    void currentProfileChanged(const QString &name);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createToolBar();
    void createStatusBar();
    void retranslateUi();
    void updateRowState();
    void onProfileActivated();
    void restoreSettings();
    void saveSettings() const;

    RowTableModel *m_model;
    LanguageManager *m_languages;
    std::unique_ptr<UserPrompts> m_ownPrompts;
    RowTableView *m_view;
    RowActions *m_rowActions;
    MainWindowActions *m_actions;
    QToolBar *m_toolBar = nullptr;
    QComboBox *m_profileCombo = nullptr;
    QLabel *m_profileLabel = nullptr;
    QLabel *m_counterLabel = nullptr;
    FirstStepsPanel *m_firstSteps = nullptr;
    QLabel *m_exportStatusLabel = nullptr;
    QString m_lastProfile;
    bool m_busy = false;
};

} // namespace smsc
