#include "export/ExportHistoryModel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace smsc;

namespace {

HistoryEntry entry(int minute, const QString &outcome, int status, const QString &code = {})
{
    HistoryEntry e;
    e.timeUtc = QDateTime(QDate(2026, 11, 27), QTime(19, minute), Qt::UTC);
    e.profile = u"prod"_s;
    e.rows = {TaskRow{u"t%1"_s.arg(minute), u"s"_s, u"n"_s}};
    e.outcome = outcome;
    e.httpStatus = status;
    e.errorCode = code;
    e.requestId = u"req-%1"_s.arg(minute);
    if (outcome == u"ok")
        e.filePath = u"/data/out/consistency-%1.csv"_s.arg(minute);
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
        model.setEntries({entry(1, u"ok"_s, 200), entry(2, u"permission"_s, 403, u"SMS.0204"_s),
                          entry(3, u"no_file"_s, 200)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.entryAt(0).requestId, u"req-3"_s);
        QCOMPARE(model.index(1, ExportHistoryModel::OutcomeColumn).data().toString(),
                 u"Failed: SMS.0204 (HTTP 403)"_s);
        QCOMPARE(model.index(2, ExportHistoryModel::OutcomeColumn).data().toString(), u"Saved"_s);
        QCOMPARE(model.index(2, ExportHistoryModel::FileColumn).data().toString(), u"consistency-1.csv"_s);
        QCOMPARE(model.index(2, ExportHistoryModel::RowsColumn).data().toInt(), 1);
        QCOMPARE(model.index(2, 0).data(ExportHistoryModel::OkRole).toBool(), true);
        QCOMPARE(model.index(0, 0).data(ExportHistoryModel::OkRole).toBool(), false);
        QCOMPARE(model.entryAt(1).rows.first().taskId, u"t2"_s);  // "Load these rows again"
    }

    void reloadsFromDisk()
    {
        QTemporaryDir dir;
        ExportHistory writer(dir.filePath(u"h.json"_s));
        QCOMPARE(writer.append(entry(5, u"ok"_s, 200)).error(), QString());
        ExportHistory reader(dir.filePath(u"h.json"_s));
        ExportHistoryModel model;
        QCOMPARE(model.reload(reader).error(), QString());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ExportHistoryModel::RequestIdColumn).data().toString(), u"req-5"_s);
    }
};

QTEST_GUILESS_MAIN(TestExportHistoryModel)
#include "tst_exporthistorymodel.moc"
