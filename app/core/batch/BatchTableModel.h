// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/BatchManifest.h"
#include "errors/ApiError.h"

#include <QAbstractTableModel>
#include <QHash>

namespace smsc {

/*!
 * The batch window's table: one batch of a run per row, in index order, as its manifest records
 * it, updated as batches finish. Keeps the full error of each batch that failed in this session
 * (the manifest keeps only its kind, code and message) for the error dialog.
 */
class BatchTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IndexColumn, RowsColumn, StatusColumn, FileColumn, RequestIdColumn, ErrorColumn, ColumnCount };
    enum Role {
        StatusRole = Qt::UserRole + 1,  //!< int(BatchStatus)
        StatusIconRole,                 //!< resource path of the status icon (":/icons/…"), empty for pending
    };

    explicit BatchTableModel(QObject *parent = nullptr);

    //! Shows every batch of `manifest` (and forgets the errors kept so far).
    void setManifest(const BatchManifest &manifest);
    //! Replaces the batch with `record.index`; `error` is kept when the batch failed.
    void updateBatch(const BatchRecord &record, const ApiError &error);
    BatchRecord recordAt(int row) const;
    //! The failure of the batch in `row`: as it happened in this session, or rebuilt from the manifest.
    ApiError errorAt(int row) const;
    int count(BatchStatus status) const;
    //! Translated status words ("Saved", "Failed", "Pending").
    static QString statusText(BatchStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BatchRecord> m_records;
    QHash<int, ApiError> m_errors;  // batch index -> its failure in this session
};

} // namespace smsc
