// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/ApiError.h"
#include "export/ExportHistory.h"

#include <QAbstractTableModel>

namespace smsc {

/*!
 * The history view's table: one export per row, newest first. The view's actions use entryAt():
 * "Load these rows again" (rows), "Open file" (filePath), "Show error" (outcome, code, message).
 */
class ExportHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, ProfileColumn, RowsColumn, OutcomeColumn, RequestIdColumn, FileColumn, ColumnCount };
    enum Role { OkRole = Qt::UserRole + 1 };  //!< bool: the export saved a file

    explicit ExportHistoryModel(QObject *parent = nullptr);

    //! Replaces the shown entries (oldest first, as ExportHistory keeps them).
    void setEntries(const QList<HistoryEntry> &entries);
    //! Loads `history` from disk and shows it (what could be read, also when loading failed).
    Outcome<void> reload(ExportHistory &history);
    HistoryEntry entryAt(int row) const;
    //! Translated words for an outcome id ("ok", "no_file", "permission", …) with its HTTP status.
    static QString outcomeText(const HistoryEntry &entry);
    //! The stored failure as the error dialog shows it (kind None for a success or no file).
    static ApiError errorOf(const HistoryEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<HistoryEntry> m_entries;  // newest first
};

} // namespace smsc
