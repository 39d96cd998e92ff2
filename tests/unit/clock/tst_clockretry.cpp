// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock/ClockRetry.h"

#include <QTest>

using namespace Qt::StringLiterals;

using smsc::ApiError;
using smsc::ClockRetry;

class TestClockRetry final : public QObject
{
    Q_OBJECT
private:
    static ApiError error(const QString &code, const QString &message, std::optional<qint64> skew)
    {
        ApiError e;
        e.kind = smsc::ErrorKind::Authentication;
        e.errorCode = code;
        e.errorMsgRaw = message;
        e.clockSkewSeconds = skew;
        return e;
    }

private slots:
    void retriesOnceWithTheMeasuredOffset_data()
    {
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<bool>("usedBefore");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<std::optional<qint64>>("skew");
        QTest::addColumn<std::optional<qint64>>("offset");  // what take() gives; none: no retry
        const QString expired = u"signature expired, signature time:20261127T190000Z, server time:20261127T192000Z"_s;
        const auto none = std::optional<qint64>();
        QTest::newRow("clock behind: sign later") << true << false << u"APIGW.0303"_s << expired
                                                  << std::optional<qint64>(-1200) << std::optional<qint64>(1200);
        QTest::newRow("clock ahead: sign earlier") << true << false << u"APIGW.0303"_s << expired
                                                   << std::optional<qint64>(1500) << std::optional<qint64>(-1500);
        QTest::newRow("SMS.0205 wrong clock") << true << false << u"SMS.0205"_s << QString()
                                              << std::optional<qint64>(-90) << std::optional<qint64>(90);
        QTest::newRow("expiry without a measured skew") << true << false << u"SMS.0205"_s << QString() << none << none;
        QTest::newRow("canonical echo is not a clock problem") << true << false << u"APIGW.0303"_s
            << u"verify signature fail, canonicalRequest:GET|/|"_s << std::optional<qint64>(-1200) << none;
        QTest::newRow("bad key") << true << false << u"APIGW.0301"_s << u"verify aksk signature fail"_s
                                 << std::optional<qint64>(-1200) << none;
        QTest::newRow("already retried") << true << true << u"APIGW.0303"_s << expired
                                         << std::optional<qint64>(-1200) << none;
        QTest::newRow("not allowed (no --clock-offset auto)") << false << false << u"APIGW.0303"_s << expired
                                                              << std::optional<qint64>(-1200) << none;
    }
    void retriesOnceWithTheMeasuredOffset()
    {
        QFETCH(bool, allowed);
        QFETCH(bool, usedBefore);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(std::optional<qint64>, skew);
        QFETCH(std::optional<qint64>, offset);
        const ApiError failure = error(code, message, skew);
        const ApiError expiry = error(u"SMS.0205"_s, QString(), -1200);
        ClockRetry retry(allowed);
        if (usedBefore)
            QVERIFY(retry.take(expiry));
        QCOMPARE(retry.allowed(), allowed);

        const std::optional<smsc::ClockOffset> taken = retry.take(failure);
        QCOMPARE(taken.has_value(), offset.has_value());
        if (taken)
            QCOMPARE(taken->seconds(), *offset);
        QCOMPARE(retry.used(), usedBefore || offset.has_value());
        // Only once: whatever the next failure is, there is no second retry.
        if (retry.used())
            QVERIFY(!retry.take(expiry));
    }

    void aFailureWithoutOfferLeavesTheRetryUnused()
    {
        ClockRetry retry;
        QVERIFY(!retry.take(error(u"APIGW.0301"_s, u"verify aksk signature fail"_s, -1200)));
        QVERIFY(!retry.used());
        QCOMPARE(retry.take(error(u"SMS.0205"_s, QString(), -1200)).value().seconds(), qint64(1200));
    }

    void aNewRunMayRetryAgain()
    {
        const ApiError expiry = error(u"SMS.0205"_s, QString(), 600);
        ClockRetry retry;
        QVERIFY(retry.take(expiry));
        QVERIFY(!retry.take(expiry));
        retry.reset();
        QVERIFY(!retry.used());
        QCOMPARE(retry.take(expiry).value().seconds(), qint64(-600));

        ClockRetry refused(false);
        refused.reset();
        QVERIFY(!refused.take(expiry));
    }

    void offsetForNeedsAnExpiryWithMeasuredSkew()
    {
        QCOMPARE(ClockRetry::offsetFor(error(u"SMS.0205"_s, QString(), -1200)).value().seconds(), qint64(1200));
        QVERIFY(!ClockRetry::offsetFor(error(u"SMS.0205"_s, QString(), std::nullopt)));
        QVERIFY(!ClockRetry::offsetFor(error(u"APIGW.0301"_s, QString(), -1200)));
    }
};

QTEST_GUILESS_MAIN(TestClockRetry)
#include "tst_clockretry.moc"
