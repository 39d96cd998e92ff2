// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rows/RowTableModel.h"
#include "rows/RowsFile.h"

#include <QObject>

#include <array>

class QAction;
class QUndoStack;

namespace smsc {

class RowPaster;
class RowTableView;
class RowWriter;
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

    //! Pastes clipboard-style text at the current row: one value fills the current cell, rows land
    //! from there. Asks before changing filled cells, and whether a first row that reads like
    //! titles it does not recognise is a header.
    void pasteText(const QString &text);
    //! Appends the rows of a CSV/TSV file after the last non-blank row.
    bool importFile(const QString &path);
    //! Replaces the whole table with `rows` as one undoable step ("Load these rows again"),
    //! asking first when the table has rows.
    void loadRows(const QList<TaskRow> &rows, const QString &label);
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
    //! All rows of a paste or file past the cap, to export in batches (RowWriter's offer).
    void batchExportRequested(const QList<smsc::TaskRow> &rows);

private:
    void insertBlankRow(int position);
    void provideEditableRow();
    void duplicateSelectedRows();
    void deleteSelectedRows();
    void clearSelectedCells();
    void clearAll();
    void removeDuplicates();
    void copySelection();
    void importWithDialog();
    void exportCsvWithDialog();
    int firstTrailingBlankRow() const;
    void updateEnabled();
    void updateUndoTexts();
    QWidget *dialogParent() const;

    RowTableModel *m_model;
    RowTableView *m_view;
    UserPrompts *m_prompts;
    QUndoStack *m_undoStack;
    RowWriter *m_writer;
    RowPaster *m_paster;
    std::array<QAction *, Count> m_actions{};
};

} // namespace smsc
