// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rows/RowTableModel.h"

#include <QList>
#include <QObject>

class QUndoStack;

namespace smsc {

class RowTableView;
class UserPrompts;

/*!
 * Writes rows into the table as undoable steps within the cap of kMaxRows, and names the rows the
 * cap leaves out by where they came from (file lines, pasted lines, positions), offering to save
 * them to a rows file or, for a paste or a file, to export all of its rows in batches.
 */
class RowWriter final : public QObject
{
    Q_OBJECT
public:
    //! Where rows being written come from, to name those the cap leaves out.
    struct Origin
    {
        QString name;        //!< "rows.csv", "the pasted text", …
        QList<int> numbers;  //!< the number of each row there (empty: its position, from 1)
        bool lines = false;  //!< the numbers are lines (of a file or of the pasted text)
    };

    RowWriter(RowTableModel *model, RowTableView *view, UserPrompts *prompts, QUndoStack *undoStack,
              QObject *parent = nullptr);

    //! Overwrites rows from `first` on (appending past the end) as one step, selecting them.
    void write(int first, const QList<TaskRow> &rows, const QString &label, const Origin &origin,
               bool fromAccount = false);
    //! Replaces the whole table as one step (one blank row when `rows` is empty).
    void replaceAll(const QList<TaskRow> &rows, const QString &label, const Origin &origin);
    //! Says which non-blank rows from `firstLeftOut` on the cap left out, and offers to save them.
    void reportLeftOut(const QList<TaskRow> &rows, int firstLeftOut, const Origin &origin);
    //! Writes `rows` to a rows file, saying where (or why not).
    void saveRows(const QString &path, const QList<TaskRow> &rows);
    void selectRows(int first, int count);
    //! "3, 5–7, 9" (at most 12 ranges, then "…"), for naming rows in a message.
    static QString describeNumbers(const QList<int> &numbers);

signals:
    void statusMessage(const QString &text);
    //! "Export all N rows in batches…" was chosen for a paste or file past the cap: all of its rows.
    void batchExportRequested(const QList<smsc::TaskRow> &rows);

private:
    QWidget *dialogParent() const;

    RowTableModel *m_model;
    RowTableView *m_view;
    UserPrompts *m_prompts;
    QUndoStack *m_undoStack;
};

} // namespace smsc
