// SPDX-License-Identifier: GPL-3.0-or-later
#include "errors/JsonPrefix.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

using smsc::JsonPrefix;

class TestJsonPrefix final : public QObject
{
    Q_OBJECT
private slots:
    void salvagesWhatArrived_data()
    {
        QTest::addColumn<QByteArray>("prefix");
        QTest::addColumn<QByteArray>("expected");  // compact JSON of the salvaged object
        QTest::newRow("whole object") << QByteArray("{\"a\":\"1\",\"b\":[1,2]}") << QByteArray("{\"a\":\"1\",\"b\":[1,2]}");
        QTest::newRow("cut string keeps its start") << QByteArray("{\"a\":\"1\",\"b\":\"hel") << QByteArray("{\"a\":\"1\",\"b\":\"hel\"}");
        QTest::newRow("cut after a comma") << QByteArray("{\"a\":\"1\",") << QByteArray("{\"a\":\"1\"}");
        QTest::newRow("cut after a colon") << QByteArray("{\"a\":\"1\",\"b\":") << QByteArray("{\"a\":\"1\"}");
        QTest::newRow("cut number is dropped") << QByteArray("{\"a\":\"1\",\"b\":12") << QByteArray("{\"a\":\"1\"}");
        QTest::newRow("cut literal is dropped") << QByteArray("{\"a\":tr") << QByteArray("{}");
        QTest::newRow("cut nested array keeps whole elements")
            << QByteArray("{\"p\":[\"x\",\"y\",\"z") << QByteArray("{\"p\":[\"x\",\"y\",\"z\"]}");
        QTest::newRow("cut nested object keeps its members")
            << QByteArray("{\"e\":{\"code\":\"C\",\"message\":\"M") << QByteArray("{\"e\":{\"code\":\"C\",\"message\":\"M\"}}");
        QTest::newRow("escaped quote inside a string") << QByteArray("{\"a\":\"say \\\"hi\\\"\",\"b\":\"x")
                                                        << QByteArray("{\"a\":\"say \\\"hi\\\"\",\"b\":\"x\"}");
        QTest::newRow("cut after a lone backslash") << QByteArray("{\"a\":\"x\\") << QByteArray("{\"a\":\"x\"}");
        QTest::newRow("cut inside \\u escape") << QByteArray("{\"a\":\"x\\u00") << QByteArray("{\"a\":\"x\"}");
        QTest::newRow("cut inside a 3-byte UTF-8 character") << QByteArray("{\"a\":\"\xe8\xae\xa4\xe8\xaf")
                                                             << QByteArray("{\"a\":\"\xe8\xae\xa4\"}");
        QTest::newRow("invalid after a member stops there") << QByteArray("{\"a\":\"1\" x \"b\":\"2\"}") << QByteArray("{\"a\":\"1\"}");
        QTest::newRow("not an object") << QByteArray("[\"a\"") << QByteArray("{}");
        QTest::newRow("text") << QByteArray("<html>") << QByteArray("{}");
        QTest::newRow("empty") << QByteArray() << QByteArray("{}");
        QTest::newRow("leading whitespace") << QByteArray(" \r\n {\"a\":\"b") << QByteArray("{\"a\":\"b\"}");
    }
    void salvagesWhatArrived()
    {
        QFETCH(QByteArray, prefix);
        QFETCH(QByteArray, expected);
        const QByteArray actual = QJsonDocument(JsonPrefix::salvageObject(prefix)).toJson(QJsonDocument::Compact);
        QCOMPARE(actual, expected);
    }
    void deepNestingStopsWithoutRecursingForever()
    {
        const QByteArray deep = "{\"a\":" + QByteArray(100000, '[');
        const QJsonObject salvaged = JsonPrefix::salvageObject(deep);
        QVERIFY(salvaged.size() <= 1);
    }
};

QTEST_GUILESS_MAIN(TestJsonPrefix)
#include "tst_jsonprefix.moc"
