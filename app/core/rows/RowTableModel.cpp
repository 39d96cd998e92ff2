// SPDX-License-Identifier: GPL-3.0-or-later
#include "rows/RowTableModel.h"

#include <QHash>

#include <algorithm>
#include <utility>

namespace smsc {

namespace {

bool sameProblem(const RowProblem &a, const RowProblem &b)
{
    return a.row == b.row && a.field == b.field && a.rule == b.rule && a.length == b.length
        && a.limit == b.limit && a.duplicateOf == b.duplicateOf;
}

bool sameProblems(const QList<RowProblem> &a, const QList<RowProblem> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), sameProblem);
}

QString duplicateKey(const TaskRow &row)
{
    const TaskRow t = row.trimmed();
    return t.taskId + QChar(0x1f) + t.sourceId + QChar(0x1f) + t.sourceName;
}

const QList<int> kProblemRoles{Qt::ToolTipRole, Qt::AccessibleDescriptionRole, Qt::DecorationRole,
                               RowTableModel::HasProblemRole};

} // namespace

RowTableModel::RowTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int RowTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RowTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RowTableModel::field(const TaskRow &row, int column)
{
    switch (column) {
    case TaskIdColumn: return row.taskId;
    case SourceIdColumn: return row.sourceId;
    case SourceNameColumn: return row.sourceName;
    default: return {};
    }
}

void RowTableModel::setField(TaskRow *row, int column, const QString &value)
{
    switch (column) {
    case TaskIdColumn: row->taskId = value; break;
    case SourceIdColumn: row->sourceId = value; break;
    case SourceNameColumn: row->sourceName = value; break;
    default: break;
    }
}

QVariant RowTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return field(entry.row, index.column());
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        QStringList messages;
        for (const RowProblem &problem : cellProblems(index.row(), index.column()))
            messages << problem.message();
        if (entry.fromAccount)
            messages << tr("Added from the account.");
        return messages.isEmpty() ? QVariant() : QVariant(messages.join(u'\n'));
    }
    case HasProblemRole:
        return !cellProblems(index.row(), index.column()).isEmpty();
    case FromAccountRole:
        return entry.fromAccount;
    default:
        return {};
    }
}

QVariant RowTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TaskIdColumn: return tr("Task ID");
        case SourceIdColumn: return tr("Source ID");
        case SourceNameColumn: return tr("Source name");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TaskIdColumn: return tr("task_id: required, at most %1 characters").arg(kMaxTaskIdLength);
        case SourceIdColumn: return tr("source_id: optional, at most %1 characters").arg(kMaxSourceFieldLength);
        case SourceNameColumn: return tr("source_name: optional, at most %1 characters").arg(kMaxSourceFieldLength);
        default: return {};
        }
    }
    return {};
}

Qt::ItemFlags RowTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool RowTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    TaskRow &row = m_entries[index.row()].row;
    const QString text = value.toString();
    if (field(row, index.column()) == text)
        return true;
    setField(&row, index.column(), text);
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    revalidate();
    return true;
}

bool RowTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || count <= 0 || row < 0 || row > m_entries.size() || count > remainingCapacity())
        return false;
    return insertEntries(row, QList<Entry>(count)) == count;
}

bool RowTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || count <= 0 || row < 0 || row + count > m_entries.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_entries.remove(row, count);
    m_problems.remove(row, count);
    endRemoveRows();
    revalidate();
    return true;
}

QList<TaskRow> RowTableModel::rows() const
{
    QList<TaskRow> result;
    result.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        result.append(entry.row);
    return result;
}

QList<RowTableModel::Entry> RowTableModel::entries() const
{
    return m_entries;
}

QList<RowTableModel::Entry> RowTableModel::entries(int first, int count) const
{
    return m_entries.mid(first, count);
}

int RowTableModel::setEntries(const QList<Entry> &entries)
{
    const int kept = int(std::min<qsizetype>(entries.size(), kMaxRows));
    beginResetModel();
    m_entries = entries.mid(0, kept);
    m_problems = computeProblems(m_entries);
    m_validationDirty = true;
    endResetModel();
    emit validationChanged();
    return int(entries.size()) - kept;
}

int RowTableModel::insertEntries(int position, const QList<Entry> &entries)
{
    const int count = int(std::min<qsizetype>(entries.size(), remainingCapacity()));
    if (count <= 0 || position < 0 || position > m_entries.size())
        return 0;
    beginInsertRows({}, position, position + count - 1);
    for (int i = 0; i < count; ++i) {
        m_entries.insert(position + i, entries.at(i));
        m_problems.insert(position + i, QList<RowProblem>());
    }
    endInsertRows();
    revalidate();
    return count;
}

void RowTableModel::replaceEntries(int first, const QList<Entry> &entries)
{
    Q_ASSERT(first >= 0 && first + entries.size() <= m_entries.size());
    if (entries.isEmpty())
        return;
    std::copy(entries.cbegin(), entries.cend(), m_entries.begin() + first);
    emit dataChanged(index(first, 0), index(first + int(entries.size()) - 1, ColumnCount - 1),
                     {Qt::DisplayRole, Qt::EditRole, FromAccountRole});
    revalidate();
}

int RowTableModel::remainingCapacity() const
{
    return kMaxRows - int(m_entries.size());
}

QList<RowProblem> RowTableModel::cellProblems(int row, int column) const
{
    QList<RowProblem> result;
    if (row < 0 || row >= m_problems.size())
        return result;
    for (const RowProblem &problem : m_problems.at(row)) {
        if (int(problem.field) == column)
            result.append(problem);
    }
    return result;
}

const RowValidation &RowTableModel::validation() const
{
    if (m_validationDirty) {
        m_validation = RowValidator::validate(rows());
        m_validationDirty = false;
    }
    return m_validation;
}

void RowTableModel::retranslateUi()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), kProblemRoles);
    m_validationDirty = true;
    emit validationChanged();
}

QList<QList<RowProblem>> RowTableModel::computeProblems(const QList<Entry> &entries)
{
    QList<QList<RowProblem>> problems(entries.size());
    QHash<QString, int> firstSeen;
    for (int i = 0; i < entries.size(); ++i) {
        const TaskRow &row = entries.at(i).row;
        if (row.isBlank())
            continue;  // blank rows are dropped before sending, so they break no rule
        problems[i] = RowValidator::checkRow(row, i + 1);
        const QString key = duplicateKey(row);
        const auto it = firstSeen.constFind(key);
        if (it == firstSeen.cend()) {
            firstSeen.insert(key, i);
        } else {
            RowProblem duplicate;
            duplicate.row = i + 1;
            duplicate.field = RowField::TaskId;
            duplicate.rule = RowProblem::Rule::Duplicate;
            duplicate.duplicateOf = it.value() + 1;
            problems[i].append(duplicate);
        }
    }
    return problems;
}

void RowTableModel::revalidate()
{
    QList<QList<RowProblem>> fresh = computeProblems(m_entries);
    Q_ASSERT(fresh.size() == m_problems.size());
    QList<std::pair<int, int>> changed;  // [first, last] row ranges, emitted after the swap
    for (int i = 0; i < fresh.size(); ++i) {
        if (sameProblems(fresh.at(i), m_problems.at(i)))
            continue;
        if (!changed.isEmpty() && changed.last().second == i - 1)
            changed.last().second = i;
        else
            changed.append({i, i});
    }
    m_problems = std::move(fresh);
    m_validationDirty = true;
    for (const auto &[first, last] : std::as_const(changed))
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1), kProblemRoles);
    emit validationChanged();
}

} // namespace smsc
