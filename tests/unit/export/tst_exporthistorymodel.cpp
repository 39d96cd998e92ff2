// SPDX-License-Identifier: GPL-3.0-or-later
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

    void storedFailureBecomesAnApiError()
    {
        HistoryEntry denied = entry(4, u"permission"_s, 403, u"SMS.0204"_s);
        denied.errorMessage = u"Insufficient permissions."_s;
        const ApiError error = ExportHistoryModel::errorOf(denied);
        QCOMPARE(error.kind, ErrorKind::Permission);
        QCOMPARE(error.httpStatus, 403);
        QCOMPARE(error.errorCode, u"SMS.0204"_s);
        QCOMPARE(error.errorMsg, denied.errorMessage);
        QCOMPARE(error.errorMsgRaw, denied.errorMessage);
        QCOMPARE(error.requestId, u"req-4"_s);
        QCOMPARE(error.headline, denied.errorMessage);

        // Without a message the headline is the outcome text; a kind of a later version is still a failure.
        denied.errorMessage.clear();
        denied.outcome = u"kind_of_a_later_version"_s;
        QCOMPARE(ExportHistoryModel::errorOf(denied).kind, ErrorKind::Server);
        QCOMPARE(ExportHistoryModel::errorOf(denied).headline, u"Failed: SMS.0204 (HTTP 403)"_s);

        QVERIFY(!ExportHistoryModel::errorOf(entry(5, u"ok"_s, 200)).isError());
        QVERIFY(!ExportHistoryModel::errorOf(entry(6, u"no_file"_s, 200)).isError());
    }
};

QTEST_GUILESS_MAIN(TestExportHistoryModel)
#include "tst_exporthistorymodel.moc"
