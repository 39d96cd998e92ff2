// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock/ClockRetry.h"
#include "clock/ClockSkew.h"

#include <QTest>

using namespace Qt::StringLiterals;

using smsc::ApiError;
using smsc::ClockOffset;
using smsc::ClockRetry;
using smsc::ClockSkew;

class TestClockSkew final : public QObject
{
    Q_OBJECT
private slots:
    void warnsOnlyBeyondFiveMinutes_data()
    {
        QTest::addColumn<std::optional<qint64>>("skew");
        QTest::addColumn<bool>("warn");
        QTest::newRow("unknown") << std::optional<qint64>() << false;
        QTest::newRow("in sync") << std::optional<qint64>(0) << false;
        QTest::newRow("exactly 5 minutes ahead") << std::optional<qint64>(300) << false;
        QTest::newRow("5 minutes 1 second ahead") << std::optional<qint64>(301) << true;
        QTest::newRow("20 minutes behind") << std::optional<qint64>(-1200) << true;
        QTest::newRow("4 minutes behind") << std::optional<qint64>(-240) << false;
    }
    void warnsOnlyBeyondFiveMinutes()
    {
        QFETCH(std::optional<qint64>, skew);
        QFETCH(bool, warn);
        QCOMPARE(ClockSkew::shouldWarn(skew), warn);
    }

    void warningStatesSizeAndDirection_data()
    {
        QTest::addColumn<qint64>("skew");
        QTest::addColumn<QStringList>("mustContain");
        QTest::newRow("20 minutes behind") << qint64(-1200) << QStringList{u"20 min 0 s"_s, u"1200 seconds"_s, u"behind"_s};
        QTest::newRow("6 min 5 s ahead") << qint64(365) << QStringList{u"6 min 5 s"_s, u"365 seconds"_s, u"ahead"_s};
        QTest::newRow("45 seconds ahead") << qint64(45) << QStringList{u"45 seconds"_s, u"ahead"_s};
    }
    void warningStatesSizeAndDirection()
    {
        QFETCH(qint64, skew);
        QFETCH(QStringList, mustContain);
        const QString text = ClockSkew::warningText(skew);
        for (const QString &part : mustContain)
            QVERIFY2(text.contains(part), qPrintable(text));
    }

    void recognisesSignatureExpired_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("expired");
        QTest::newRow("APIGW.0303 signature expired") << u"APIGW.0303"_s
            << u"signature expired, signature time:20261127T190000Z, server time:20261127T192000Z"_s << true;
        QTest::newRow("old gateway prefix") << u"APIG.0303"_s << u"Signature expired"_s << true;
        QTest::newRow("SMS.0205 wrong clock") << u"SMS.0205"_s << QString() << true;
        QTest::newRow("APIGW.0303 canonical echo is not a clock problem") << u"APIGW.0303"_s
            << u"verify signature fail, canonicalRequest:GET|/|"_s << false;
        QTest::newRow("APIGW.0301 bad key") << u"APIGW.0301"_s << u"verify aksk signature fail"_s << false;
    }
    void recognisesSignatureExpired()
    {
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(bool, expired);
        ApiError error;
        error.kind = smsc::ErrorKind::Authentication;
        error.errorCode = code;
        error.errorMsgRaw = message;
        error.clockSkewSeconds = -1200;
        QCOMPARE(ClockSkew::isSignatureExpired(error), expired);
        QCOMPARE(ClockRetry::offsetFor(error).has_value(), expired);
        if (expired)
            QCOMPARE(ClockRetry::offsetFor(error)->seconds(), qint64(1200));
    }

    void offsetShiftsTheSignersClock()
    {
        const QDateTime base = QDateTime(QDate(2026, 11, 27), QTime(19, 0), Qt::UTC);
        const auto clock = ClockOffset::fromSkew(-1200).clock([base] { return base; });
        QCOMPARE(clock(), base.addSecs(1200));
        QCOMPARE(ClockOffset().utcNow([base] { return base; }), base);
        QVERIFY(ClockOffset().isZero());
    }

    void retryQuestionNamesTheOffset()
    {
        QVERIFY(ClockSkew::retryQuestion(ClockOffset(1200)).contains(u"later"_s));
        QVERIFY(ClockSkew::retryQuestion(ClockOffset(-90)).contains(u"1 min 30 s"_s));
        QVERIFY(ClockSkew::retryQuestion(ClockOffset(-90)).contains(u"earlier"_s));
    }
};

QTEST_GUILESS_MAIN(TestClockSkew)
#include "tst_clockskew.moc"
