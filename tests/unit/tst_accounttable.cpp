#include "AccountTable.h"
#include "DecodeCommand.h"
#include "AccountCommandSupport.h"

#include <QJsonObject>
#include <QTest>

using namespace smsc;
using namespace smsc::cli;

class TestAccountTable final : public QObject
{
    Q_OBJECT
private slots:
    void displayWidth_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::newRow("ASCII") << u"srv-001"_qs << 7;
        QTest::newRow("CJK counts double") << u"数据库-007"_qs << 10;
        QTest::newRow("accented Latin is narrow") << u"résumé"_qs << 6;
        QTest::newRow("empty") << QString() << 0;
    }
    void displayWidth()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QCOMPARE(AccountTable::displayWidth(text), width);
    }

    void columnsLineUp()
    {
        const QString table = AccountTable::aligned({u"ID"_qs, u"NAME"_qs, u"IP"_qs},
                                                    {{u"1"_qs, u"数据库-007"_qs, u"10.0.0.8"_qs},
                                                     {u"22"_qs, u"web server 003"_qs, u"10.0.0.4"_qs}});
        const QStringList lines = table.split(u'\n');
        QCOMPARE(lines.size(), 3);
        for (const QString &line : lines) {
            const qsizetype ip = std::max(line.indexOf(u"IP"_qs), line.indexOf(u"10.0"_qs));
            QCOMPARE(AccountTable::displayWidth(line.left(ip)), 2 + 2 + 14 + 2);
        }
        QVERIFY(!lines.last().endsWith(u' '));
    }

    void serverTableMarksServersWithoutTask()
    {
        SourceServer withTask{u"s1"_qs, u"srv"_qs, u"10.0.0.1"_qs, u"LINUX"_qs, u"finished"_qs, true, true,
                              TaskRef{u"t1"_qs, u"task"_qs, u"READY"_qs}};
        SourceServer without{u"s2"_qs, u"srv2"_qs, u"10.0.0.2"_qs, u"LINUX"_qs, u"waiting"_qs, false, false, {}};
        const QStringList lines = AccountTable::servers({withTask, without}).split(u'\n');
        QVERIFY(lines.at(1).endsWith(u"t1"_qs));
        QVERIFY(lines.at(2).endsWith(u"-"_qs));
        const QJsonArray json = AccountTable::serversJson({withTask, without});
        QCOMPARE(json.at(0).toObject().value(u"current_task"_qs).toObject().value(u"id"_qs).toString(), u"t1"_qs);
        QVERIFY(json.at(1).toObject().value(u"current_task"_qs).isNull());
    }

    void decodeInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("bare message with newline") << QByteArray("SMSCTESTENC1.abc.AAA\n") << u"SMSCTESTENC1.abc.AAA"_qs;
        QTest::newRow("403 body") << QByteArray(R"({"error_code":"SMS.0204","encoded_authorization_message":"m1"})")
                                  << u"m1"_qs;
        QTest::newRow("JSON without the field stays text") << QByteArray(R"({"a":1})") << uR"({"a":1})"_qs;
    }
    void decodeInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        QCOMPARE(DecodeCommand::messageFrom(input), message);
    }

    void clockOffsetOption_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("automatic");
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<bool>("error");
        QTest::newRow("auto") << u"auto"_qs << true << qint64(0) << false;
        QTest::newRow("AUTO") << u"AUTO"_qs << true << qint64(0) << false;
        QTest::newRow("seconds ahead") << u"1200"_qs << false << qint64(1200) << false;
        QTest::newRow("seconds behind") << u"-90"_qs << false << qint64(-90) << false;
        QTest::newRow("more than a week") << u"700000"_qs << false << qint64(0) << true;
        QTest::newRow("words") << u"soon"_qs << false << qint64(0) << true;
    }
    void clockOffsetOption()
    {
        QFETCH(QString, value);
        QFETCH(bool, automatic);
        QFETCH(qint64, seconds);
        QFETCH(bool, error);
        const ClockOffsetChoice choice = AccountCommandSupport::clockOffset(value);
        QCOMPARE(choice.automatic, automatic);
        QCOMPARE(choice.fixed.seconds(), seconds);
        QCOMPARE(!choice.error.isEmpty(), error);
    }
};

QTEST_GUILESS_MAIN(TestAccountTable)
#include "tst_accounttable.moc"
