// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/HttpDate.h"

#include <QTest>

using smsc::HttpDate;

class TestHttpDate final : public QObject
{
    Q_OBJECT
private slots:
    void parses_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime t(QDate(2026, 11, 27), QTime(9, 43, 7), Qt::UTC);
        QTest::newRow("IMF-fixdate") << QByteArray("Fri, 27 Nov 2026 09:43:07 GMT") << t;
        QTest::newRow("surrounding space") << QByteArray("  Fri, 27 Nov 2026 09:43:07 GMT ") << t;
        QTest::newRow("RFC 850") << QByteArray("Friday, 27-Nov-26 09:43:07 GMT") << t;
        QTest::newRow("RFC 850, last century") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT")
                                               << QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
        QTest::newRow("asctime, padded day") << QByteArray("Sun Nov  6 08:49:37 1994")
                                             << QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
        QTest::newRow("a wrong weekday does not matter") << QByteArray("Mon, 27 Nov 2026 09:43:07 GMT") << t;
        QTest::newRow("month name in another case") << QByteArray("Fri, 27 NOV 2026 09:43:07 GMT") << t;
        QTest::newRow("31 February") << QByteArray("Fri, 31 Feb 2026 09:43:07 GMT") << QDateTime();
        QTest::newRow("25 o'clock") << QByteArray("Fri, 27 Nov 2026 25:43:07 GMT") << QDateTime();
        QTest::newRow("not GMT") << QByteArray("Fri, 27 Nov 2026 09:43:07 +0100") << QDateTime();
        QTest::newRow("garbage") << QByteArray("yesterday") << QDateTime();
        QTest::newRow("empty") << QByteArray() << QDateTime();
    }
    void parses()
    {
        QFETCH(QByteArray, value);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = HttpDate::parse(value);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(parsed, expected);
            QCOMPARE(parsed.timeSpec(), Qt::UTC);
        }
    }

    void skewIsLocalMinusServer()
    {
        const QDateTime local(QDate(2026, 11, 27), QTime(10, 0, 0), Qt::UTC);
        QCOMPARE(HttpDate::clockSkew("Fri, 27 Nov 2026 09:43:00 GMT", local), std::optional<qint64>(17 * 60));
        QCOMPARE(HttpDate::clockSkew("Fri, 27 Nov 2026 10:20:00 GMT", local), std::optional<qint64>(-20 * 60));
        QVERIFY(!HttpDate::clockSkew("nonsense", local).has_value());
        QVERIFY(!HttpDate::clockSkew("Fri, 27 Nov 2026 10:20:00 GMT", QDateTime()).has_value());
    }
};

QTEST_GUILESS_MAIN(TestHttpDate)
#include "tst_httpdate.moc"
