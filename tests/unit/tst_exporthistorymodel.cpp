#include "ExportHistoryModel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace smsc;

namespace {

HistoryEntry entry(int minute, const QString &outcome, int status, const QString &code = {})
{
    HistoryEntry e;
    e.timeUtc = QDateTime(QDate(2026, 11, 27), QTime(19, minute), Qt::UTC);
    e.profile = u"prod"_qs;
    e.rows = {TaskRow{u"t%1"_qs.arg(minute), u"s"_qs, u"n"_qs}};
    e.outcome = outcome;
    e.httpStatus = status;
    e.errorCode = code;
    e.requestId = u"req-%1"_qs.arg(minute);
    if (outcome == u"ok")
        e.filePath = u"/data/out/consistency-%1.csv"_qs.arg(minute);
    return e;
}

} // namespace

class TestExportHistoryModel final : public QObject
{
    Q_OBJECT
private slots:
    void newestFirstWithOutcomeText()
    {
        ExportHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries({entry(1, u"ok"_qs, 200), entry(2, u"permission"_qs, 403, u"SMS.0204"_qs),
                          entry(3, u"no_file"_qs, 200)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.entryAt(0).requestId, u"req-3"_qs);
        QCOMPARE(model.index(1, ExportHistoryModel::OutcomeColumn).data().toString(),
                 u"Failed: SMS.0204 (HTTP 403)"_qs);
        QCOMPARE(model.index(2, ExportHistoryModel::OutcomeColumn).data().toString(), u"Saved"_qs);
        QCOMPARE(model.index(2, ExportHistoryModel::FileColumn).data().toString(), u"consistency-1.csv"_qs);
        QCOMPARE(model.index(2, ExportHistoryModel::RowsColumn).data().toInt(), 1);
        QCOMPARE(model.index(2, 0).data(ExportHistoryModel::OkRole).toBool(), true);
        QCOMPARE(model.index(0, 0).data(ExportHistoryModel::OkRole).toBool(), false);
        QCOMPARE(model.entryAt(1).rows.first().taskId, u"t2"_qs);  // "Load these rows again"
    }

    void reloadsFromDisk()
    {
        QTemporaryDir dir;
        ExportHistory writer(dir.filePath(u"h.json"_qs));
        QCOMPARE(writer.append(entry(5, u"ok"_qs, 200)), QString());
        ExportHistory reader(dir.filePath(u"h.json"_qs));
        ExportHistoryModel model;
        QCOMPARE(model.reload(reader), QString());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ExportHistoryModel::RequestIdColumn).data().toString(), u"req-5"_qs);
    }
};

QTEST_GUILESS_MAIN(TestExportHistoryModel)
#include "tst_exporthistorymodel.moc"
