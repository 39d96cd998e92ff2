// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rows/RowValidator.h"
#include "rows/TaskRow.h"

#include <QAbstractTableModel>
#include <QList>

namespace smsc {

//! The editable rows table (task_id, source_id, source_name), capped at kMaxRows, validated as the user types.
class RowTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TaskIdColumn, SourceIdColumn, SourceNameColumn, ColumnCount };
    enum Role {
        HasProblemRole = Qt::UserRole + 1,  //!< bool: the cell breaks a rule (the ui picks the icon)
        FromAccountRole,                    //!< bool: the row was added from the account
    };

    //! A table row plus where it came from; the unit that undo snapshots keep.
    struct Entry
    {
        TaskRow row;
        bool fromAccount = false;
        friend bool operator==(const Entry &, const Entry &) = default;
    };

    explicit RowTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    //! Inserts blank rows; refused (false) when the result would exceed kMaxRows.
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    //! All rows as typed (not trimmed, blank rows included).
    QList<TaskRow> rows() const;
    //! All rows with their origin markers.
    QList<Entry> entries() const;
    //! Entries [first, first + count).
    QList<Entry> entries(int first, int count) const;
    //! Replaces the whole table (truncated to kMaxRows); returns how many entries were left out.
    int setEntries(const QList<Entry> &entries);
    //! Inserts entries at `position` as far as the cap allows; returns how many were inserted.
    int insertEntries(int position, const QList<Entry> &entries);
    //! Overwrites the existing rows starting at `first` (must not run past the end).
    void replaceEntries(int first, const QList<Entry> &entries);
    //! Rows still free under kMaxRows.
    int remainingCapacity() const;
    //! The text of one field of a row.
    static QString field(const TaskRow &row, int column);
    //! Sets one field of a row.
    static void setField(TaskRow *row, int column, const QString &value);

    //! Problems of one cell: the row's own rule violations plus exact-duplicate flags.
    QList<RowProblem> cellProblems(int row, int column) const;
    //! Problems of the whole table as an export would see them (count, duplicates, every row).
    const RowValidation &validation() const;
    //! Re-emits header and problem texts after the UI language changed.
    void retranslateUi();

signals:
    //! The validation result may have changed (any edit, insert, removal or reset).
    void validationChanged();

private:
    void revalidate();
    static QList<QList<RowProblem>> computeProblems(const QList<Entry> &entries);

    QList<Entry> m_entries;
    QList<QList<RowProblem>> m_problems;  // per row; parallel to m_entries
    mutable RowValidation m_validation;
    mutable bool m_validationDirty = true;
};

} // namespace smsc
