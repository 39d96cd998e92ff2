// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rows/RowTableModel.h"

#include <QUndoCommand>

namespace smsc {

//! Rows written from `first` on, overwriting what is there and appending the rest (paste, import).
class ReplaceRowsCommand final : public QUndoCommand
{
public:
    ReplaceRowsCommand(RowTableModel *model, int first, QList<RowTableModel::Entry> entries, const QString &label,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    RowTableModel *m_model;
    int m_first;
    QList<RowTableModel::Entry> m_after;
    QList<RowTableModel::Entry> m_before;  // the overwritten rows
    int m_appended = 0;
};

} // namespace smsc
