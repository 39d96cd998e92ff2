// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/AccountCommandSupport.h"
#include "commands/DecodeCommand.h"
#include "output/AccountTable.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

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
        QTest::newRow("ASCII") << u"srv-001"_s << 7;
        QTest::newRow("CJK counts double") << u"数据库-007"_s << 10;
        QTest::newRow("accented Latin is narrow") << u"résumé"_s << 6;
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
        const QString table = AccountTable::aligned({u"ID"_s, u"NAME"_s, u"IP"_s},
                                                    {{u"1"_s, u"数据库-007"_s, u"10.0.0.8"_s},
                                                     {u"22"_s, u"web server 003"_s, u"10.0.0.4"_s}});
        const QStringList lines = table.split(u'\n');
        QCOMPARE(lines.size(), 3);
        for (const QString &line : lines) {
            const qsizetype ip = std::max(line.indexOf(u"IP"_s), line.indexOf(u"10.0"_s));
            QCOMPARE(AccountTable::displayWidth(line.left(ip)), 2 + 2 + 14 + 2);
        }
        QVERIFY(!lines.last().endsWith(u' '));
    }

    void serverTableMarksServersWithoutTask()
    {
        SourceServer withTask{u"s1"_s, u"srv"_s, u"10.0.0.1"_s, u"LINUX"_s, u"finished"_s, true, true,
                              TaskRef{u"t1"_s, u"task"_s, u"READY"_s}};
        SourceServer without{u"s2"_s, u"srv2"_s, u"10.0.0.2"_s, u"LINUX"_s, u"waiting"_s, false, false, {}};
        const QStringList lines = AccountTable::servers({withTask, without}).split(u'\n');
        QVERIFY(lines.at(1).endsWith(u"t1"_s));
        QVERIFY(lines.at(2).endsWith(u"-"_s));
        const QJsonArray json = AccountTable::serversJson({withTask, without});
        QCOMPARE(json.at(0).toObject().value(u"current_task"_s).toObject().value(u"id"_s).toString(), u"t1"_s);
        QVERIFY(json.at(1).toObject().value(u"current_task"_s).isNull());
    }

    void decodeInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("bare message with newline") << QByteArray("SMSCTESTENC1.abc.AAA\n") << u"SMSCTESTENC1.abc.AAA"_s;
        QTest::newRow("403 body") << QByteArray(R"({"error_code":"SMS.0204","encoded_authorization_message":"m1"})")
                                  << u"m1"_s;
        QTest::newRow("JSON without the field stays text") << QByteArray(R"({"a":1})") << uR"({"a":1})"_s;
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
        QTest::newRow("auto") << u"auto"_s << true << qint64(0) << false;
        QTest::newRow("AUTO") << u"AUTO"_s << true << qint64(0) << false;
        QTest::newRow("seconds ahead") << u"1200"_s << false << qint64(1200) << false;
        QTest::newRow("seconds behind") << u"-90"_s << false << qint64(-90) << false;
        QTest::newRow("more than a week") << u"700000"_s << false << qint64(0) << true;
        QTest::newRow("words") << u"soon"_s << false << qint64(0) << true;
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
