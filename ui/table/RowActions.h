#pragma once

#include "rows/RowTableModel.h"

#include <QObject>

#include <array>

class QAction;
class QUndoStack;

namespace smsc {

class RowTableView;
class UserPrompts;

//! Every edit of the rows table as an action with a shortcut, each one undoable.
class RowActions final : public QObject
{
    Q_OBJECT
public:
    enum Id {
        Undo, Redo, Copy, Paste, ClearCells, AddRow, InsertRow, DuplicateRows, DeleteRows,
        RemoveDuplicates, ClearAll, ImportRows, ExportCsv, Count
    };

    RowActions(RowTableModel *model, RowTableView *view, UserPrompts *prompts, QObject *parent = nullptr);

    QAction *action(Id id) const;
    QUndoStack *undoStack() const;

    //! Pastes clipboard-style text at the current row: one value fills the current cell, rows overwrite from there.
    void pasteText(const QString &text);
    //! Appends the rows of a CSV/TSV file after the last non-blank row.
    bool importFile(const QString &path);
    //! Appends rows after the last non-blank row as one undoable step, telling the user what the cap left out.
    //! `fromAccount` marks rows picked from the account; `label` names the undo step.
    //! `label`: an undoLabel().
    void appendRows(const QList<TaskRow> &rows, bool fromAccount, const QString &label);
    //! An undo command's text: `source`, marked QT_TRANSLATE_NOOP("smsc::RowActions", …), stays the
    //! command's text and is translated whenever it is shown, so it follows language switches.
    static QString undoLabel(const char *source) { return QString::fromUtf8(source); }
    //! Appends one blank row at the end (refused with a message when the table is full).
    void appendRow();
    //! Sets action texts in the current language.
    void retranslateUi();

signals:
    void statusMessage(const QString &text);

private:
    void insertBlankRow(int position);
    void duplicateSelectedRows();
    void deleteSelectedRows();
    void clearSelectedCells();
    void clearAll();
    void removeDuplicates();
    void copySelection();
    void importWithDialog();
    void exportCsvWithDialog();
    void exportCsv(const QString &path);
    void writeRows(int first, const QList<TaskRow> &rows, const QString &label, bool fromAccount = false);
    void reportLeftOut(int leftOut);
    int firstTrailingBlankRow() const;
    void selectRows(int first, int count);
    void updateEnabled();
    void updateUndoTexts();
    QWidget *dialogParent() const;

    RowTableModel *m_model;
    RowTableView *m_view;
    UserPrompts *m_prompts;
    QUndoStack *m_undoStack;
    std::array<QAction *, Count> m_actions{};
};

} // namespace smsc
