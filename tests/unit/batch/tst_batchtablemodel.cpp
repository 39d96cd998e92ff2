// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/BatchPlan.h"
#include "batch/BatchTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smsc;

namespace {

BatchManifest manifestOf(int rows, int batchSize)
{
    QList<TaskRow> list;
    for (int i = 1; i <= rows; ++i)
        list << TaskRow{u"task-%1"_s.arg(i), {}, {}};
    return BatchManifest::fromPlan(BatchPlan::split(list, batchSize));
}

} // namespace

//! The batch window's table: one row per batch, updated in place as batches finish.
class TestBatchTableModel final : public QObject
{
    Q_OBJECT
private slots:
    void showsEveryBatchPending()
    {
        BatchTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setManifest(manifestOf(450, 200));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(BatchTableModel::ColumnCount));
        QCOMPARE(model.index(2, BatchTableModel::IndexColumn).data().toInt(), 3);
        QCOMPARE(model.index(2, BatchTableModel::RowsColumn).data().toString(), u"50 (from row 401)"_s);
        QCOMPARE(model.index(0, BatchTableModel::StatusColumn).data().toString(), u"Pending"_s);
        QVERIFY(model.index(0, BatchTableModel::StatusColumn).data(BatchTableModel::StatusIconRole).toString().isEmpty());
        QCOMPARE(model.count(BatchStatus::Pending), 3);
        QCOMPARE(model.headerData(BatchTableModel::RequestIdColumn, Qt::Horizontal).toString(), u"Request ID"_s);
    }

    void aFinishedBatchChangesOnlyItsRow()
    {
        BatchTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setManifest(manifestOf(450, 200));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        BatchRecord saved = model.recordAt(1);
        saved.status = BatchStatus::Saved;
        saved.file = u"batch-002-results.csv"_s;
        saved.requestId = u"req-2"_s;
        model.updateBatch(saved, ApiError{});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
        QCOMPARE(model.index(1, BatchTableModel::FileColumn).data().toString(), u"batch-002-results.csv"_s);
        QCOMPARE(model.index(1, BatchTableModel::RequestIdColumn).data().toString(), u"req-2"_s);
        QCOMPARE(model.index(1, BatchTableModel::StatusColumn).data(BatchTableModel::StatusIconRole).toString(),
                 u":/icons/actions/validation-ok.svg"_s);
        QCOMPARE(model.count(BatchStatus::Saved), 1);
        QVERIFY(!model.errorAt(1).isError());
    }

    void aFailedBatchKeepsItsWholeError()
    {
        BatchTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setManifest(manifestOf(10, 5));
        BatchRecord failed = model.recordAt(0);
        failed.status = BatchStatus::Failed;
        failed.httpStatus = 403;
        failed.errorKind = u"permission"_s;
        failed.errorCode = u"SMS.0204"_s;
        failed.errorMessage = u"Insufficient permissions."_s;
        ApiError error;
        error.kind = ErrorKind::Permission;
        error.httpStatus = 403;
        error.errorCode = u"SMS.0204"_s;
        error.headline = u"headline"_s;
        error.encodedAuthorizationMessage = u"encoded"_s;
        model.updateBatch(failed, error);
        QCOMPARE(model.index(0, BatchTableModel::ErrorColumn).data().toString(),
                 u"HTTP 403, SMS.0204: Insufficient permissions."_s);
        QCOMPARE(model.errorAt(0).encodedAuthorizationMessage, u"encoded"_s);  // more than the manifest keeps
        QCOMPARE(model.index(0, BatchTableModel::StatusColumn).data(BatchTableModel::StatusIconRole).toString(),
                 u":/icons/actions/validation-error.svg"_s);
    }

    void aBatchThatFailedInAnEarlierRunIsRebuiltFromTheManifest()
    {
        BatchManifest manifest = manifestOf(10, 5);
        manifest.batches[1].status = BatchStatus::Failed;
        manifest.batches[1].httpStatus = 503;
        manifest.batches[1].errorKind = u"server"_s;
        manifest.batches[1].errorMessage = u"Service unavailable"_s;
        manifest.batches[1].requestId = u"req-503"_s;
        BatchTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setManifest(manifest);
        const ApiError error = model.errorAt(1);
        QVERIFY(error.isError());
        QCOMPARE(error.kind, ErrorKind::Server);
        QCOMPARE(error.httpStatus, 503);
        QCOMPARE(error.requestId, u"req-503"_s);
        QCOMPARE(error.headline, u"Service unavailable"_s);
        QVERIFY(!model.errorAt(0).isError());
    }
};

QTEST_GUILESS_MAIN(TestBatchTableModel)
#include "tst_batchtablemodel.moc"
