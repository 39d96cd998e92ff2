// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rows/RowsFile.h"

#include <QObject>

class QUndoStack;

namespace smsc {

class RowTableModel;
class RowTableView;
class RowWriter;
class UserPrompts;

//! Pastes clipboard-style text into the rows table: one value is a cell edit, rows land from the
//! current cell on through RowWriter. Asks before changing filled cells, and about a first row
//! that reads like titles naming none of the columns.
class RowPaster final : public QObject
{
    Q_OBJECT
public:
    RowPaster(RowTableModel *model, RowTableView *view, UserPrompts *prompts, QUndoStack *undoStack,
              RowWriter *writer, QObject *parent = nullptr);

    void paste(const QString &text);

signals:
    void statusMessage(const QString &text);

private:
    void pasteRows(const ParsedRows &parsed, int row, int column);
    QWidget *dialogParent() const;

    RowTableModel *m_model;
    RowTableView *m_view;
    UserPrompts *m_prompts;
    QUndoStack *m_undoStack;
    RowWriter *m_writer;
};

} // namespace smsc
