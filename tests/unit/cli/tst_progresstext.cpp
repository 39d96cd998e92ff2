// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/ProgressText.h"

#include <QTest>

using namespace Qt::StringLiterals;
using smsc::cli::ProgressState;
using smsc::cli::ProgressText;
using Stage = ProgressState::Stage;

Q_DECLARE_METATYPE(ProgressState)

class TestProgressText final : public QObject
{
    Q_OBJECT

private slots:
    void line_data()
    {
        QTest::addColumn<ProgressState>("state");
        QTest::addColumn<qint64>("elapsedMs");
        QTest::addColumn<double>("rate");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a stage without numbers") << ProgressState{Stage::Waiting} << qint64(3500) << -1.0
                                                 << u"Waiting for the service… 0:03 elapsed"_s;
        QTest::newRow("resolving the account") << ProgressState{Stage::ResolvingAccount} << qint64(0) << -1.0
                                               << u"Resolving the account… 0:00 elapsed"_s;
        QTest::newRow("receiving, size known")
            << ProgressState{Stage::Receiving, 50 * 1024 * 1024, 200 * 1024 * 1024} << qint64(65000)
            << 10.0 * 1024 * 1024
            << u"Receiving: 50.0 MiB of 200.0 MiB (25%), 10.0 MiB/s, 1:05 elapsed, 0:15 left"_s;
        QTest::newRow("receiving, rate not measured yet")
            << ProgressState{Stage::Receiving, 1024, 4096} << qint64(100) << -1.0
            << u"Receiving: 1.0 KiB of 4.0 KiB (25%), –, 0:00 elapsed, – left"_s;
        QTest::newRow("receiving, size unknown (chunked)")
            << ProgressState{Stage::Receiving, 3 * 1024 * 1024, -1} << qint64(2000) << 1.5 * 1024 * 1024
            << u"Receiving: 3.0 MiB, 1.5 MiB/s, 0:02 elapsed"_s;
        QTest::newRow("saving") << ProgressState{Stage::Saving, 4096, 4096} << qint64(2000) << 2048.0
                                << u"Saving: 4.0 KiB of 4.0 KiB (100%), 2.0 KiB/s, 0:02 elapsed, 0:00 left"_s;
        QTest::newRow("listing, total known") << ProgressState{Stage::Listing, 0, -1, 2, 400, 450} << qint64(1000)
                                              << -1.0 << u"Listing: 400 of 450 items, pages received: 2, 0:01 elapsed"_s;
        auto batches = [](int done, int total, qint64 rows, qint64 bytes) {
            ProgressState state{Stage::Batches, bytes};
            state.batchesDone = done;
            state.batchesTotal = total;
            state.rowsDone = rows;
            state.rowsTotal = 10000;
            return state;
        };
        QTest::newRow("batches, time left from those done") << batches(10, 50, 2000, 1024 * 1024) << qint64(20000) << -1.0
            << u"Batches: 10 of 50 done, 2000 of 10000 rows, 1.0 MiB, 0:20 elapsed, 1:20 left"_s;
        QTest::newRow("batches, none done yet") << batches(0, 50, 0, 0) << qint64(1000) << -1.0
            << u"Batches: 0 of 50 done, 0 of 10000 rows, 0 bytes, 0:01 elapsed, – left"_s;
        QTest::newRow("an hour") << ProgressState{Stage::Connecting} << qint64(3723000) << -1.0
                                 << u"Connecting… 1:02:03 elapsed"_s;
    }
    void line()
    {
        QFETCH(ProgressState, state);
        QFETCH(qint64, elapsedMs);
        QFETCH(double, rate);
        QFETCH(QString, expected);
        QCOMPARE(ProgressText::line(state, elapsedMs, rate), expected);
    }
};

QTEST_GUILESS_MAIN(TestProgressText)
#include "tst_progresstext.moc"
