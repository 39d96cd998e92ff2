// SPDX-License-Identifier: GPL-3.0-or-later
#include "table/RowActions.h"

#include "prompts/UserPrompts.h"
#include "rows/PastePlan.h"
#include "rows/RowsFile.h"
#include "table/EditCellCommand.h"
#include "table/InsertRowsCommand.h"
#include "table/RemoveRowsCommand.h"
#include "table/RowPaster.h"
#include "table/RowTableView.h"
#include "table/RowWriter.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QItemSelectionModel>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

const QString kLastRowsFolderKey = u"rows/lastExportFolder"_s;
} // namespace

RowActions::RowActions(RowTableModel *model, RowTableView *view, UserPrompts *prompts, QObject *parent)
    : QObject(parent), m_model(model), m_view(view), m_prompts(prompts), m_undoStack(new QUndoStack(this)),
      m_writer(new RowWriter(model, view, prompts, m_undoStack, this)),
      m_paster(new RowPaster(model, view, prompts, m_undoStack, m_writer, this))
{
    connect(m_writer, &RowWriter::statusMessage, this, &RowActions::statusMessage);
    connect(m_paster, &RowPaster::statusMessage, this, &RowActions::statusMessage);
    connect(m_writer, &RowWriter::batchExportRequested, this, &RowActions::batchExportRequested);
    for (int id = 0; id < Count; ++id)
        m_actions[id] = new QAction(this);
    // Own actions rather than createUndoAction(): their "Undo %1" text must follow the UI language.
    connect(m_actions[Undo], &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(m_actions[Redo], &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::canUndoChanged, m_actions[Undo], &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::canRedoChanged, m_actions[Redo], &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &RowActions::updateUndoTexts);
    m_actions[Undo]->setEnabled(false);
    m_actions[Redo]->setEnabled(false);
    static constexpr std::array<const char *, Count> kNames{
        "undoAction", "redoAction", "copyAction", "pasteAction", "clearCellsAction", "addRowAction",
        "insertRowAction", "duplicateRowsAction", "deleteRowsAction", "removeDuplicatesAction", "clearAllAction",
        "importRowsAction", "exportCsvAction"};
    for (int id = 0; id < Count; ++id)
        m_actions[id]->setObjectName(QLatin1StringView(kNames[id]));

    const std::array<std::pair<Id, const char *>, 5> icons{{{AddRow, "row-add"}, {DeleteRows, "row-delete"},
                                                            {DuplicateRows, "row-duplicate"}, {ImportRows, "import"},
                                                            {ExportCsv, "export"}}};
    for (const auto &[id, icon] : icons)
        m_actions[id]->setIcon(QIcon(u":/icons/actions/%1.svg"_s.arg(QLatin1StringView(icon))));
    m_actions[Undo]->setShortcuts(QKeySequence::Undo);
    m_actions[Redo]->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_actions[Copy]->setShortcuts(QKeySequence::Copy);
    m_actions[Paste]->setShortcuts(QKeySequence::Paste);
    m_actions[ClearCells]->setShortcuts({QKeySequence(Qt::Key_Delete), QKeySequence(Qt::Key_Backspace)});
    m_actions[AddRow]->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_actions[InsertRow]->setShortcut(QKeySequence(Qt::Key_Insert));
    m_actions[DuplicateRows]->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_actions[DeleteRows]->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_actions[ClearAll]->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    m_actions[ImportRows]->setShortcuts(QKeySequence::Open);
    m_actions[ExportCsv]->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    // Delete and Backspace would steal keys from other widgets; they only mean "clear" inside the table.
    m_actions[ClearCells]->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_actions[ClearCells]);

    connect(m_actions[Copy], &QAction::triggered, this, &RowActions::copySelection);
    connect(m_actions[Paste], &QAction::triggered, this,
            [this] { pasteText(QGuiApplication::clipboard()->text()); });
    connect(m_actions[ClearCells], &QAction::triggered, this, &RowActions::clearSelectedCells);
    connect(m_actions[AddRow], &QAction::triggered, this, &RowActions::appendRow);
    connect(m_actions[InsertRow], &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        insertBlankRow(current.isValid() ? current.row() : 0);
    });
    connect(m_actions[DuplicateRows], &QAction::triggered, this, &RowActions::duplicateSelectedRows);
    connect(m_actions[DeleteRows], &QAction::triggered, this, &RowActions::deleteSelectedRows);
    connect(m_actions[RemoveDuplicates], &QAction::triggered, this, &RowActions::removeDuplicates);
    connect(m_actions[ClearAll], &QAction::triggered, this, &RowActions::clearAll);
    connect(m_actions[ImportRows], &QAction::triggered, this, &RowActions::importWithDialog);
    connect(m_actions[ExportCsv], &QAction::triggered, this, &RowActions::exportCsvWithDialog);
    connect(m_view, &RowTableView::appendRowRequested, this, &RowActions::appendRow);
    connect(m_view, &RowTableView::editableRowRequested, this, &RowActions::provideEditableRow);

    connect(m_model, &RowTableModel::validationChanged, this, &RowActions::updateEnabled);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RowActions::updateEnabled);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &RowActions::updateEnabled);
    retranslateUi();
    updateEnabled();
}

QAction *RowActions::action(Id id) const
{
    return m_actions.at(id);
}

QUndoStack *RowActions::undoStack() const
{
    return m_undoStack;
}

void RowActions::retranslateUi()
{
    updateUndoTexts();
    m_actions[Copy]->setText(tr("&Copy"));
    m_actions[Paste]->setText(tr("&Paste"));
    m_actions[ClearCells]->setText(tr("C&lear cells"));
    m_actions[AddRow]->setText(tr("&Add row"));
    m_actions[InsertRow]->setText(tr("&Insert row"));
    m_actions[DuplicateRows]->setText(tr("D&uplicate rows"));
    m_actions[DeleteRows]->setText(tr("&Delete rows"));
    m_actions[RemoveDuplicates]->setText(tr("Remove du&plicates"));
    m_actions[ClearAll]->setText(tr("Cl&ear all"));
    m_actions[ImportRows]->setText(tr("&Import CSV/TSV…"));
    m_actions[ExportCsv]->setText(tr("Export rows as &CSV…"));
    m_actions[AddRow]->setToolTip(tr("Add an empty row at the end"));
    m_actions[RemoveDuplicates]->setToolTip(tr("Remove rows that exactly repeat an earlier row"));
}

void RowActions::updateUndoTexts()
{
    // Commands keep their English source text (undoLabel): shown translated, so a language switch
    // retranslates the texts of edits already made.
    const QString undo = m_undoStack->undoText().isEmpty() ? QString() : tr(m_undoStack->undoText().toUtf8().constData());
    const QString redo = m_undoStack->redoText().isEmpty() ? QString() : tr(m_undoStack->redoText().toUtf8().constData());
    m_actions[Undo]->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_actions[Redo]->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
    // The toolbar shows a fixed word, so a long edit name never pushes Redo into the overflow menu.
    m_actions[Undo]->setIconText(tr("Undo"));
    m_actions[Redo]->setIconText(tr("Redo"));
}

void RowActions::appendRow()
{
    insertBlankRow(m_model->rowCount());
}

void RowActions::insertBlankRow(int position)
{
    if (m_model->remainingCapacity() < 1) {  // Tab or Down past the last row of a full table
        emit statusMessage(tr("The table is full: it holds at most %1 rows.").arg(kMaxRows));
        return;
    }
    m_undoStack->push(new InsertRowsCommand(m_model, position, {RowTableModel::Entry{}}, undoLabel(QT_TR_NOOP("Add row"))));
    m_view->setCurrentIndex(m_model->index(position, RowTableModel::TaskIdColumn));
}

void RowActions::provideEditableRow()
{
    const int row = firstTrailingBlankRow();
    if (row < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(row, RowTableModel::TaskIdColumn));
    else
        appendRow();
}

void RowActions::duplicateSelectedRows()
{
    const QList<int> rows = m_view->selectedRowNumbers();
    if (rows.isEmpty())
        return;
    QList<RowTableModel::Entry> copies;
    for (int row : rows)
        copies.append(m_model->entries(row, 1));
    const int fit = std::min(int(copies.size()), m_model->remainingCapacity());
    if (fit > 0) {
        m_undoStack->push(new InsertRowsCommand(m_model, rows.last() + 1, copies.mid(0, fit), undoLabel(QT_TR_NOOP("Duplicate rows"))));
        m_writer->selectRows(rows.last() + 1, fit);
    }
    if (fit < copies.size()) {
        QList<TaskRow> rowsCopied;
        QList<int> numbers;
        for (int i = 0; i < copies.size(); ++i) {
            rowsCopied.append(copies.at(i).row);
            numbers.append(rows.at(i) + 1);
        }
        m_writer->reportLeftOut(rowsCopied, fit, RowWriter::Origin{tr("the table"), numbers, false});
    }
}

void RowActions::deleteSelectedRows()
{
    const QList<int> rows = m_view->selectedRowNumbers();
    if (!rows.isEmpty())
        m_undoStack->push(new RemoveRowsCommand(m_model, rows, undoLabel(QT_TR_NOOP("Delete rows"))));
}

void RowActions::clearSelectedCells()
{
    QModelIndexList cells = m_view->selectionModel()->selectedIndexes();
    if (cells.isEmpty() && m_view->currentIndex().isValid())
        cells.append(m_view->currentIndex());
    cells.erase(std::remove_if(cells.begin(), cells.end(),
                               [](const QModelIndex &cell) { return cell.data(Qt::EditRole).toString().isEmpty(); }),
                cells.end());
    if (cells.isEmpty())
        return;
    m_undoStack->beginMacro(undoLabel(QT_TR_NOOP("Clear cells")));
    for (const QModelIndex &cell : std::as_const(cells))
        m_undoStack->push(new EditCellCommand(m_model, cell.row(), cell.column(), {}, {}));
    m_undoStack->endMacro();
}

void RowActions::clearAll()
{
    QList<int> all(m_model->rowCount());
    std::iota(all.begin(), all.end(), 0);
    if (all.isEmpty())
        return;
    // One blank row stays, so that there is always a row to type into.
    m_undoStack->beginMacro(undoLabel(QT_TR_NOOP("Clear all")));
    m_undoStack->push(new RemoveRowsCommand(m_model, all, undoLabel(QT_TR_NOOP("Clear all"))));
    m_undoStack->push(new InsertRowsCommand(m_model, 0, {RowTableModel::Entry{}}, undoLabel(QT_TR_NOOP("Clear all"))));
    m_undoStack->endMacro();
    m_view->setCurrentIndex(m_model->index(0, RowTableModel::TaskIdColumn));
}

void RowActions::removeDuplicates()
{
    QList<int> duplicates;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QList<RowProblem> problems = m_model->cellProblems(row, RowTableModel::TaskIdColumn);
        if (std::any_of(problems.cbegin(), problems.cend(),
                        [](const RowProblem &p) { return p.rule == RowProblem::Rule::Duplicate; }))
            duplicates.append(row);
    }
    if (duplicates.isEmpty())
        return;
    m_undoStack->push(new RemoveRowsCommand(m_model, duplicates, undoLabel(QT_TR_NOOP("Remove duplicates"))));
    emit statusMessage(tr("Removed %n duplicate row(s).", "", int(duplicates.size())));
}

void RowActions::copySelection()
{
    QModelIndexList cells = m_view->selectionModel()->selectedIndexes();
    if (cells.isEmpty())
        return;
    std::sort(cells.begin(), cells.end());
    QStringList lines;
    int lastRow = -1;
    for (const QModelIndex &cell : std::as_const(cells)) {
        if (cell.row() != lastRow)
            lines.append(QString());
        else
            lines.last() += u'\t';
        lines.last() += cell.data(Qt::EditRole).toString();
        lastRow = cell.row();
    }
    QGuiApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
}

void RowActions::pasteText(const QString &text)
{
    m_paster->paste(text);
}

bool RowActions::importFile(const QString &path)
{
    const Outcome<ParsedRows> parsed = RowsFile::read(path);
    if (!parsed.ok()) {
        m_prompts->warning(dialogParent(), tr("Cannot import rows"), parsed.error());
        return false;
    }
    // Blank lines of a file are not rows: they would only take places under the cap.
    QList<TaskRow> rows;
    QList<int> lines;
    for (qsizetype i = 0; i < parsed.value().rows.size(); ++i) {
        if (!parsed.value().rows.at(i).isBlank()) {
            rows.append(parsed.value().rows.at(i));
            lines.append(parsed.value().lines.value(i));
        }
    }
    const QString name = QFileInfo(path).fileName();
    emit statusMessage(tr("Read %n row(s) from %1.", "", int(rows.size())).arg(name));
    m_writer->write(firstTrailingBlankRow(), rows, undoLabel(QT_TR_NOOP("Import")), RowWriter::Origin{name, lines, true});
    return true;
}

void RowActions::importWithDialog()
{
    m_prompts->openFileName(dialogParent(), tr("Import rows"), QString(),
                            tr("Rows files (*.csv *.tsv *.txt);;All files (*)"), [this](const QString &path) {
                                if (!path.isEmpty())
                                    importFile(path);
                            });
}

void RowActions::exportCsvWithDialog()
{
    // Where the last rows file went, else Documents: never the process's working directory.
    QString folder = QSettings().value(kLastRowsFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_prompts->saveFileName(dialogParent(), tr("Export rows as CSV"), QDir(folder).filePath(u"rows.csv"_s),
                            tr("CSV files (*.csv);;All files (*)"), [this](const QString &path) {
                                if (path.isEmpty())
                                    return;
                                QList<TaskRow> rows;
                                for (const TaskRow &row : m_model->rows()) {
                                    if (!row.isBlank())
                                        rows.append(row.trimmed());
                                }
                                QSettings().setValue(kLastRowsFolderKey, QFileInfo(path).absolutePath());
                                m_writer->saveRows(path, rows);
                            });
}

void RowActions::appendRows(const QList<TaskRow> &rows, bool fromAccount, const QString &label)
{
    m_writer->write(firstTrailingBlankRow(), rows, label, RowWriter::Origin{tr("those added"), {}, false},
                    fromAccount);
}

void RowActions::loadRows(const QList<TaskRow> &rows, const QString &label)
{
    const int filled = int(m_model->validation().rows.size());
    if (filled == 0) {
        m_writer->replaceAll(rows, label, RowWriter::Origin{tr("this export"), {}, false});
        return;
    }
    const QPointer<RowActions> guard(this);
    m_prompts->confirm(dialogParent(), tr("Replace the rows in the table?"),
                       tr("The table has %n row(s). Replace them with the rows of this export (%1)? Undo brings "
                          "them back.", "", filled).arg(rows.size()),
                       tr("&Replace"), [guard, rows, label](bool yes) {
                           if (guard && yes)
                               guard->m_writer->replaceAll(rows, label,
                                                           RowWriter::Origin{tr("this export"), {}, false});
                       });
}

int RowActions::firstTrailingBlankRow() const
{
    return PastePlan::endOfFilledRows(m_model->rows());
}

void RowActions::updateEnabled()
{
    const bool hasRows = m_model->rowCount() > 0;
    const bool hasTarget = hasRows && (m_view->currentIndex().isValid() || m_view->selectionModel()->hasSelection());
    const bool room = m_model->remainingCapacity() > 0;
    m_actions[AddRow]->setEnabled(room);
    m_actions[InsertRow]->setEnabled(room);
    m_actions[DeleteRows]->setEnabled(hasTarget);
    m_actions[DuplicateRows]->setEnabled(hasTarget && room);
    m_actions[ClearCells]->setEnabled(hasTarget);
    m_actions[Copy]->setEnabled(hasTarget);
    m_actions[ClearAll]->setEnabled(hasRows);
    m_actions[ExportCsv]->setEnabled(hasRows);
    const QList<RowProblem> &problems = m_model->validation().problems;
    m_actions[RemoveDuplicates]->setEnabled(std::any_of(problems.cbegin(), problems.cend(), [](const RowProblem &p) {
        return p.rule == RowProblem::Rule::Duplicate;
    }));
}

QWidget *RowActions::dialogParent() const
{
    return m_view->window();
}

} // namespace smsc
