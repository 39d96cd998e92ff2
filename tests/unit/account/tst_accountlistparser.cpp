// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/AccountListParser.h"

#include <QTest>

using namespace Qt::StringLiterals;

using smsc::AccountListParser;
using smsc::QueryList;
using smsc::TaskRow;

Q_DECLARE_METATYPE(smsc::SourceFilter)

class TestAccountListParser final : public QObject
{
    Q_OBJECT
private slots:
    void serverQuerySendsOnlySetFilters_data()
    {
        QTest::addColumn<smsc::SourceFilter>("filter");
        QTest::addColumn<QueryList>("expected");
        QTest::newRow("no filter") << smsc::SourceFilter{}
                                   << QueryList{{u"limit"_s, u"200"_s}, {u"offset"_s, u"0"_s}};
        QTest::newRow("name with space trimmed, results only")
            << smsc::SourceFilter{u" web server "_s, {}, {}, true}
            << QueryList{{u"limit"_s, u"200"_s}, {u"offset"_s, u"0"_s}, {u"name"_s, u"web server"_s},
                         {u"is_consistency_result_exist"_s, u"true"_s}};
        QTest::newRow("ip and state") << smsc::SourceFilter{{}, u"10.0.1"_s, u"finished"_s, false}
                                      << QueryList{{u"limit"_s, u"200"_s}, {u"offset"_s, u"0"_s},
                                                   {u"ip"_s, u"10.0.1"_s}, {u"state"_s, u"finished"_s}};
    }
    void serverQuerySendsOnlySetFilters()
    {
        QFETCH(smsc::SourceFilter, filter);
        QFETCH(QueryList, expected);
        QCOMPARE(AccountListParser::serverQuery(filter, 200, 0), expected);
    }

    void taskQuery()
    {
        const QueryList query = AccountListParser::taskQuery({u"task-0"_s, u"READY"_s, u"5e00"_s}, 50, 400);
        QCOMPARE(query, (QueryList{{u"limit"_s, u"50"_s}, {u"offset"_s, u"400"_s}, {u"name"_s, u"task-0"_s},
                                   {u"state"_s, u"READY"_s}, {u"source_server_id"_s, u"5e00"_s}}));
    }

    void parsesServersDefensively_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("items");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<bool>("problem");
        QTest::newRow("documented shape")
            << QByteArray(R"({"count":2,"source_servers":[{"id":"s1","name":"web server 003","ip":"10.0.0.4","os_type":"LINUX","state":"finished","connected":true,"is_consistency_result_exist":true,"current_task":{"id":"t1","name":"task-003","state":"RUNNING"}},{"id":"s2","name":"n"}]})")
            << 2 << 2 << 0 << false;
        QTest::newRow("count as text, entry without id, entry not an object")
            << QByteArray(R"({"count":"3","source_servers":[{"name":"no id"},42,{"id":7}]})") << 3 << 1 << 2 << false;
        QTest::newRow("missing list is an empty page") << QByteArray(R"({"count":0})") << 0 << 0 << 0 << false;
        QTest::newRow("list of wrong type") << QByteArray(R"({"count":1,"source_servers":"x"})") << -1 << 0 << 0 << true;
        QTest::newRow("not JSON") << QByteArray("<html>502</html>") << -1 << 0 << 0 << true;
        QTest::newRow("JSON array") << QByteArray("[]") << -1 << 0 << 0 << true;
    }
    void parsesServersDefensively()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, count);
        QFETCH(int, items);
        QFETCH(int, skipped);
        QFETCH(bool, problem);
        const auto page = AccountListParser::parseServers(body);
        QCOMPARE(page.count, count);
        QCOMPARE(page.items.size(), items);
        QCOMPARE(page.skipped, skipped);
        QCOMPARE(!page.problem.isEmpty(), problem);
    }

    void serverFields()
    {
        const auto page = AccountListParser::parseServers(
            R"({"count":2,"source_servers":[{"id":"s1","name":"数据库-007","ip":"10.0.0.8","os_type":"WINDOWS","state":"stopped","connected":"false","is_consistency_result_exist":1,"current_task":{"id":"t7","name":"task-007","state":"READY"}},{"id":"s2","name":"srv","current_task":{"name":"no id"}}]})");
        QCOMPARE(page.items.size(), 2);
        const smsc::SourceServer &s = page.items.first();
        QCOMPARE(s.name, u"数据库-007"_s);
        QCOMPARE(s.osType, u"WINDOWS"_s);
        QCOMPARE(s.connected, false);
        QCOMPARE(s.hasConsistencyResult, true);
        QVERIFY(s.currentTask);
        QCOMPARE(s.currentTask->id, u"t7"_s);
        QVERIFY(!page.items.at(1).currentTask);
        QCOMPARE(AccountListParser::rowFor(s), (TaskRow{u"t7"_s, u"s1"_s, u"数据库-007"_s}));
        QCOMPARE(AccountListParser::rowFor(page.items.at(1)), (TaskRow{QString(), u"s2"_s, u"srv"_s}));
    }

    void taskFieldsAndRows()
    {
        const auto page = AccountListParser::parseTasks(
            R"({"count":3,"tasks":[{"id":"t1","name":"task-001","type":"MIGRATE_FILE","state":"READY","create_date":1735689600000,"source_server":{"id":"s1","name":"db+cache-011","ip":"10.0.0.12"}},{"id":"t2","create_date":"2025-01-01T00:01:00Z"},{"id":"t3","create_date":"1735689720000","source_server":null}]})");
        QCOMPARE(page.items.size(), 3);
        const auto &t = page.items.first();
        QCOMPARE(t.createDate, QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(page.items.at(1).createDate, QDateTime(QDate(2025, 1, 1), QTime(0, 1), Qt::UTC));
        QCOMPARE(page.items.at(2).createDate, QDateTime(QDate(2025, 1, 1), QTime(0, 2), Qt::UTC));
        QCOMPARE(AccountListParser::rowsFor(page.items),
                 (QList<TaskRow>{{u"t1"_s, u"s1"_s, u"db+cache-011"_s}, {u"t2"_s, {}, {}}, {u"t3"_s, {}, {}}}));
    }

    // A number no date can be (found by fuzz_account_list): no wrapped date, no undefined conversion.
    void outOfRangeCreateDateIsInvalid_data()
    {
        QTest::addColumn<QByteArray>("createDate");
        QTest::newRow("1e300") << QByteArray("1e300");
        QTest::newRow("-1e300") << QByteArray("-1e300");
        QTest::newRow("1e17 ms, past 2^53") << QByteArray("1e17");
    }

    void outOfRangeCreateDateIsInvalid()
    {
        QFETCH(QByteArray, createDate);
        const auto page = AccountListParser::parseTasks(R"({"tasks":[{"id":"t1","create_date":)" + createDate + "}]}");
        QCOMPARE(page.items.size(), 1);
        QVERIFY(!page.items.first().createDate.isValid());
    }
};

QTEST_GUILESS_MAIN(TestAccountListParser)
#include "tst_accountlistparser.moc"
