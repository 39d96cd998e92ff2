// SPDX-License-Identifier: GPL-3.0-or-later
#include "table/RowPaster.h"

#include "prompts/UserPrompts.h"
#include "rows/PastePlan.h"
#include "rows/RowTableModel.h"
#include "table/EditCellCommand.h"
#include "table/RowActions.h"
#include "table/RowTableView.h"
#include "table/RowWriter.h"

#include <QPointer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

// The first pasted row as it may be quoted: its cells, short, on one line.
QString rowPreview(const TaskRow &row)
{
    QStringList cells;
    for (int column = 0; column < RowTableModel::ColumnCount; ++column) {
        const QString cell = RowTableModel::field(row, column).simplified();
        if (!cell.isEmpty())
            cells << cell;
    }
    const QString text = cells.join(u" / "_s);
    return text.size() > 80 ? text.left(79) + u'…' : text;
}

// The undo step's text, translated where RowActions shows the undo texts.
QString pasteUndoLabel()
{
    return RowActions::undoLabel(QT_TRANSLATE_NOOP("smsc::RowActions", "Paste"));
}

} // namespace

RowPaster::RowPaster(RowTableModel *model, RowTableView *view, UserPrompts *prompts, QUndoStack *undoStack,
                     RowWriter *writer, QObject *parent)
    : QObject(parent), m_model(model), m_view(view), m_prompts(prompts), m_undoStack(undoStack), m_writer(writer)
{
}

void RowPaster::paste(const QString &text)
{
    QString content = text;
    while (content.endsWith(u'\n') || content.endsWith(u'\r'))
        content.chop(1);
    if (content.isEmpty())
        return;
    const QModelIndex current = m_view->currentIndex();
    // One plain value is a cell edit, commas and all; rows need a tab or a line break.
    if (!content.contains(u'\n') && !content.contains(u'\t') && current.isValid()) {
        m_undoStack->push(new EditCellCommand(m_model, current.row(), current.column(), content, pasteUndoLabel()));
        return;
    }
    const Outcome<ParsedRows> pasted = RowsFile::parseClipboard(text);
    if (!pasted.ok()) {
        m_prompts->warning(dialogParent(), tr("Cannot paste"), pasted.error());
        return;
    }
    const int row = current.isValid() ? current.row() : PastePlan::endOfFilledRows(m_model->rows());
    const int column = current.isValid() ? current.column() : 0;
    if (pasted.value().firstRow != RowsHeader::FirstRow::LooksLikeHeader) {
        pasteRows(pasted.value(), row, column);
        return;
    }
    QStringList titles;
    for (int section = 0; section < RowTableModel::ColumnCount; ++section)
        titles << m_model->headerData(section, Qt::Horizontal).toString();
    const QPointer<RowPaster> guard(this);
    m_prompts->choose(dialogParent(), tr("Is the first row a header?"),
                      tr("The first pasted row, \"%1\", reads like column titles, but it names none of the table's "
                         "columns (%2). Skip it as a header row (the other rows then fill the columns in this "
                         "order), or paste it as a row?")
                          .arg(rowPreview(pasted.value().rows.value(0)), titles.join(u", "_s)),
                      {tr("&Skip it (header row)"), tr("&Paste it as a row")}, [guard, text, row, column](int choice) {
                          if (!guard || choice < 0)
                              return;
                          const Outcome<ParsedRows> again = RowsFile::parseClipboard(
                              text, choice == 0 ? RowsFile::FirstRow::Header : RowsFile::FirstRow::Data);
                          if (again.ok())
                              guard->pasteRows(again.value(), row, column);
                          else
                              guard->m_prompts->warning(guard->dialogParent(), tr("Cannot paste"), again.error());
                      });
}

void RowPaster::pasteRows(const ParsedRows &parsed, int row, int column)
{
    if (parsed.rows.isEmpty())
        return;
    const RowWriter::Origin origin{tr("the pasted text"), parsed.lines, true};
    const PastePlan plan = PastePlan::at(m_model->rows(), parsed, row, column);
    if (plan.changedCells == 0) {
        m_writer->write(plan.first, plan.rows, pasteUndoLabel(), origin);
        return;
    }
    // A paste never changes filled cells without asking (they may have been typed a moment ago).
    const QPointer<RowPaster> guard(this);
    m_prompts->choose(dialogParent(), tr("Paste over filled cells?"),
                      tr("The paste would change %n filled cell(s), in table rows %1. Replace them, or add the "
                         "pasted rows after the last filled row?", "", plan.changedCells)
                          .arg(RowWriter::describeNumbers(plan.changedRows)),
                      {tr("&Replace them"), tr("&Add as new rows")}, [guard, parsed, row, column, origin](int choice) {
                          if (!guard || choice < 0)
                              return;
                          const QList<TaskRow> table = guard->m_model->rows();
                          const PastePlan chosen = choice == 0 ? PastePlan::at(table, parsed, row, column)
                                                               : PastePlan::appended(table, parsed, column);
                          guard->m_writer->write(chosen.first, chosen.rows, pasteUndoLabel(), origin);
                          if (choice == 0) {
                              emit guard->statusMessage(tr("Pasted over %n filled cell(s); Undo brings them back.",
                                                           "", chosen.changedCells));
                          }
                      });
}

QWidget *RowPaster::dialogParent() const
{
    return m_view->window();
}

} // namespace smsc
