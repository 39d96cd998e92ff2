#pragma once

#include "ApiError.h"
#include "ExportHistory.h"

#include <QAbstractTableModel>

namespace smsc {

//! The export history as a read-only table, newest first (issue 4 §6).
class HistoryTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, ProfileColumn, EndpointColumn, RowsColumn, RequestIdColumn, OutcomeColumn,
                  FileColumn, ColumnCount };

    explicit HistoryTableModel(QObject *parent = nullptr);

    //! `entries` oldest first, as ExportHistory keeps them.
    void setEntries(const QList<HistoryEntry> &entries);
    const HistoryEntry &entryAt(int row) const;   //!< row in display order (newest first)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

    //! Translated outcome: "Saved", "No file returned", or the error kind in words with its code.
    static QString outcomeText(const HistoryEntry &entry);
    //! The stored failure as an ApiError for the error dialog (kind None for a successful export).
    static ApiError errorOf(const HistoryEntry &entry);

private:
    QList<HistoryEntry> m_entries;   // newest first
};

} // namespace smsc
