// SPDX-License-Identifier: GPL-3.0-or-later
#include "table/RowWriter.h"

#include "prompts/UserPrompts.h"
#include "rows/RowsFile.h"
#include "table/InsertRowsCommand.h"
#include "table/RemoveRowsCommand.h"
#include "table/ReplaceRowsCommand.h"
#include "table/RowTableView.h"

#include <QItemSelectionModel>
#include <QPointer>
#include <QUndoStack>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

QList<RowTableModel::Entry> toEntries(const QList<TaskRow> &rows, bool fromAccount)
{
    QList<RowTableModel::Entry> entries;
    entries.reserve(rows.size());
    for (const TaskRow &row : rows)
        entries.append({row, fromAccount});
    return entries;
}

} // namespace

RowWriter::RowWriter(RowTableModel *model, RowTableView *view, UserPrompts *prompts, QUndoStack *undoStack,
                     QObject *parent)
    : QObject(parent), m_model(model), m_view(view), m_prompts(prompts), m_undoStack(undoStack)
{
}

QString RowWriter::describeNumbers(const QList<int> &numbers)
{
    QStringList ranges;
    for (qsizetype i = 0; i < numbers.size();) {
        qsizetype last = i;
        while (last + 1 < numbers.size() && numbers.at(last + 1) == numbers.at(last) + 1)
            ++last;
        if (ranges.size() == 12) {
            ranges << u"…"_s;
            break;
        }
        ranges << (last == i ? QString::number(numbers.at(i))
                             : u"%1–%2"_s.arg(numbers.at(i)).arg(numbers.at(last)));
        i = last + 1;
    }
    return ranges.join(u", "_s);
}

void RowWriter::saveRows(const QString &path, const QList<TaskRow> &rows)
{
    if (const Outcome<void> written = RowsFile::write(path, rows); !written.ok()) {
        m_prompts->warning(dialogParent(), tr("Cannot export rows"), written.error());
        return;
    }
    emit statusMessage(tr("Saved %n row(s) to %1.", "", int(rows.size())).arg(path));
}

void RowWriter::replaceAll(const QList<TaskRow> &rows, const QString &label, const Origin &origin)
{
    QList<int> all(m_model->rowCount());
    std::iota(all.begin(), all.end(), 0);
    const int fit = int(std::min<qsizetype>(rows.size(), kMaxRows));
    m_undoStack->beginMacro(label);
    if (!all.isEmpty())
        m_undoStack->push(new RemoveRowsCommand(m_model, all, label));
    QList<RowTableModel::Entry> entries = toEntries(rows.mid(0, fit), false);
    if (entries.isEmpty())
        entries.append(RowTableModel::Entry{});
    m_undoStack->push(new InsertRowsCommand(m_model, 0, entries, label));
    m_undoStack->endMacro();
    selectRows(0, int(entries.size()));
    if (fit < rows.size())
        reportLeftOut(rows, fit, origin);
}

void RowWriter::write(int first, const QList<TaskRow> &rows, const QString &label, const Origin &origin,
                      bool fromAccount)
{
    if (rows.isEmpty())
        return;
    const int fit = std::clamp(kMaxRows - first, 0, int(rows.size()));
    if (fit > 0) {
        m_undoStack->push(new ReplaceRowsCommand(m_model, first, toEntries(rows.mid(0, fit), fromAccount), label));
        selectRows(first, fit);
    }
    if (fit < rows.size())
        reportLeftOut(rows, fit, origin);
}

void RowWriter::reportLeftOut(const QList<TaskRow> &rows, int firstLeftOut, const Origin &origin)
{
    QList<TaskRow> leftOut;
    QList<int> numbers;
    for (int i = firstLeftOut; i < rows.size(); ++i) {
        if (rows.at(i).isBlank())
            continue;
        leftOut.append(rows.at(i));
        numbers.append(origin.numbers.isEmpty() ? i + 1 : origin.numbers.value(i));
    }
    if (leftOut.isEmpty())
        return;
    const int count = int(leftOut.size());
    const QString text =
        origin.lines ? tr("%n row(s) left out: the table holds at most %1 rows. Not added: line(s) %2 of %3.", "", count)
                           .arg(QString::number(kMaxRows), describeNumbers(numbers), origin.name)
                     : tr("%n row(s) left out: the table holds at most %1 rows. Not added: row(s) %2 of %3.", "", count)
                           .arg(QString::number(kMaxRows), describeNumbers(numbers), origin.name);
    emit statusMessage(text);
    const QPointer<RowWriter> guard(this);
    auto saveLeftOut = [guard, leftOut] {
        guard->m_prompts->saveFileName(guard->dialogParent(), tr("Save the rows left out"), u"rows-left-out.csv"_s,
                                       tr("CSV files (*.csv);;All files (*)"), [guard, leftOut](const QString &path) {
                                           if (guard && !path.isEmpty())
                                               guard->saveRows(path, leftOut);
                                       });
    };
    if (!origin.lines) {
        m_prompts->confirm(dialogParent(), tr("Row limit reached"),
                           tr("%1 Save the rows left out to a rows file, to add them later?").arg(text),
                           tr("&Save them…"), [guard, saveLeftOut](bool yes) {
                               if (guard && yes)
                                   saveLeftOut();
                           });
        return;
    }
    // A paste or a file past the cap: all of its rows can go out as a batch run instead.
    QList<TaskRow> all;
    for (const TaskRow &row : rows) {
        if (!row.isBlank())
            all.append(row);
    }
    const int total = int(all.size());
    m_prompts->choose(dialogParent(), tr("Row limit reached"),
                      tr("%1 Export all %2 rows in batches of at most %3 instead (a batch export window opens with "
                         "them), or save the rows left out to a rows file, to add them later?")
                          .arg(text).arg(total).arg(kMaxRows),
                      {tr("&Export all %1 rows in batches…").arg(total), tr("&Save them…")},
                      [guard, saveLeftOut, all](int choice) {
                          if (!guard)
                              return;
                          if (choice == 0)
                              emit guard->batchExportRequested(all);
                          else if (choice == 1)
                              saveLeftOut();
                      });
}

void RowWriter::selectRows(int first, int count)
{
    const QItemSelection range(m_model->index(first, 0), m_model->index(first + count - 1, RowTableModel::ColumnCount - 1));
    m_view->selectionModel()->setCurrentIndex(m_model->index(first, 0), QItemSelectionModel::NoUpdate);
    m_view->selectionModel()->select(range, QItemSelectionModel::ClearAndSelect);
}

QWidget *RowWriter::dialogParent() const
{
    return m_view->window();
}

} // namespace smsc
