// SPDX-License-Identifier: GPL-3.0-or-later
// AccountLister against the loopback server: paging, filters (signed), cancel, 403.
#include "account/AccountLister.h"
#include "AccountFixtures.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace smsc;
using namespace smsc::test;

Q_DECLARE_METATYPE(smsc::SourceFilter)
Q_DECLARE_METATYPE(smsc::TaskFilter)

class TestAccountLister final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }
    void init() { QVERIFY(m_server.reset()); }

    void pagesThroughAllServers_data();
    void pagesThroughAllServers();
    void serverFiltersAreSentAndSigned_data();
    void serverFiltersAreSentAndSigned();
    void taskFiltersAreSentAndSigned_data();
    void taskFiltersAreSentAndSigned();
    void rowsFromListedItems();
    void cancelBetweenPages();
    void cancelWhileAPageIsInFlight();
    void permissionDeniedOnTheSecondPage();
    void projectIdScopeAndIamToken();
    void resolvesTheAccountIdFirst();

private:
    AccountListResult run(AccountLister &lister, const std::function<void()> &start, QList<QList<QVariant>> *progress = nullptr);
    Profile profile(bool https = false) { return loopbackProfile(m_server, https ? m_server.httpsUrl() : m_server.httpUrl()); }

    LoopbackServer m_server;
    QNetworkAccessManager m_network;
};

AccountListResult TestAccountLister::run(AccountLister &lister, const std::function<void()> &start,
                                         QList<QList<QVariant>> *progress)
{
    QSignalSpy finished(&lister, &AccountLister::finished);
    QSignalSpy progressSpy(&lister, &AccountLister::progress);
    start();
    if (!finished.wait(60'000))
        return {};
    if (progress)
        *progress = progressSpy;
    return finished.takeFirst().at(0).value<AccountListResult>();
}

void TestAccountLister::pagesThroughAllServers_data()
{
    QTest::addColumn<bool>("https");
    QTest::newRow("http") << false;
    QTest::newRow("https") << true;
}

void TestAccountLister::pagesThroughAllServers()
{
    QFETCH(bool, https);
    AccountLister lister(&m_network, profile(https), akSk(), kTestDomainId);
    QList<QList<QVariant>> progress;
    const AccountListResult result = run(lister, [&] { lister.listServers({}); }, &progress);
    QVERIFY2(result.ok(), qPrintable(result.error.headline + u' ' + result.error.technicalDetail));
    QCOMPARE(result.count, 450);
    QCOMPARE(result.servers.size(), 450);
    QCOMPARE(result.pages, 3);
    QCOMPARE(result.servers.first().id, u"5e000000-0000-4000-8000-000000000000"_s);
    QCOMPARE(result.servers.last().id, u"5e000000-0000-4000-8000-000000000449"_s);
    QSet<QString> ids;
    for (const SourceServer &s : result.servers)
        ids.insert(s.id);
    QCOMPARE(ids.size(), 450);
    QCOMPARE(progress.size(), 3);
    QCOMPARE(progress.at(0), (QList<QVariant>{200, 450}));
    QCOMPARE(progress.at(1), (QList<QVariant>{400, 450}));
    QCOMPARE(progress.at(2), (QList<QVariant>{450, 450}));

    const QJsonArray requests = m_server.requests(u"/v3/sources"_s);
    QCOMPARE(requests.size(), 3);
    const QStringList offsets{u"0"_s, u"200"_s, u"400"_s};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject record = requests.at(i).toObject();
        QCOMPARE(record.value(u"signature_ok"_s).toBool(), true);
        QCOMPARE(record.value(u"scheme"_s).toString(), https ? u"https"_s : u"http"_s);
        QCOMPARE(recordedQuery(record).value(u"offset"_s), offsets.at(i));
        QCOMPARE(recordedQuery(record).value(u"limit"_s), u"200"_s);
    }
    // Servers without a migration task (every 50th) have no current task and give an empty task_id.
    QVERIFY(!result.servers.at(49).currentTask);
    QVERIFY(result.servers.at(48).currentTask);
    QCOMPARE(result.lastExchange.httpStatus, 200);
    QVERIFY(!result.lastExchange.requestId.isEmpty());
}

void TestAccountLister::serverFiltersAreSentAndSigned_data()
{
    QTest::addColumn<SourceFilter>("filter");
    QTest::addColumn<int>("expectedCount");
    QTest::addColumn<QString>("queryKey");
    QTest::addColumn<QString>("queryValue");
    // Counts from tests/support/README.md "Generated account".
    QTest::newRow("name with a space") << SourceFilter{u"web server"_s, {}, {}, false} << 45 << u"name"_s
                                       << u"web server"_s;
    QTest::newRow("name with a plus") << SourceFilter{u"db+cache"_s, {}, {}, false} << 18 << u"name"_s
                                      << u"db+cache"_s;
    QTest::newRow("non-ASCII name") << SourceFilter{u"数据库"_s, {}, {}, false} << 45 << u"name"_s << u"数据库"_s;
    QTest::newRow("state") << SourceFilter{{}, {}, u"finished"_s, false} << 75 << u"state"_s << u"finished"_s;
    QTest::newRow("has consistency results") << SourceFilter{{}, {}, {}, true} << 150
                                             << u"is_consistency_result_exist"_s << u"true"_s;
    QTest::newRow("ip") << SourceFilter{{}, u"10.0.1."_s, {}, false} << 200 << u"ip"_s << u"10.0.1."_s;
}

void TestAccountLister::serverFiltersAreSentAndSigned()
{
    QFETCH(SourceFilter, filter);
    QFETCH(int, expectedCount);
    QFETCH(QString, queryKey);
    QFETCH(QString, queryValue);
    AccountLister lister(&m_network, profile(true), akSk(), kTestDomainId);
    const AccountListResult result = run(lister, [&] { lister.listServers(filter); });
    QVERIFY2(result.ok(), qPrintable(result.error.headline));
    QCOMPARE(result.count, expectedCount);
    QCOMPARE(result.servers.size(), expectedCount);
    for (const SourceServer &s : result.servers) {
        if (!filter.name.isEmpty())
            QVERIFY2(s.name.contains(filter.name, Qt::CaseInsensitive), qPrintable(s.name));
        if (!filter.state.isEmpty())
            QCOMPARE(s.state, filter.state);
        if (filter.onlyWithResults)
            QVERIFY(s.hasConsistencyResult);
        if (!filter.ip.isEmpty())
            QVERIFY(s.ip.startsWith(filter.ip));
    }
    const QJsonArray requests = m_server.requests(u"/v3/sources"_s);
    QVERIFY(!requests.isEmpty());
    for (const QJsonValue &value : requests) {
        const QJsonObject record = value.toObject();
        QCOMPARE(record.value(u"signature_ok"_s).toBool(), true);
        QCOMPARE(recordedQuery(record).value(queryKey), queryValue);
        // Spaces travel as %20, never '+', which the gateway reads as a literal plus.
        QVERIFY(!record.value(u"raw_target"_s).toString().contains(u"web+server"_s));
    }
}

void TestAccountLister::taskFiltersAreSentAndSigned_data()
{
    QTest::addColumn<TaskFilter>("filter");
    QTest::addColumn<int>("expectedCount");
    QTest::newRow("name substring") << TaskFilter{u"task-04"_s, {}, {}} << 10;
    QTest::newRow("state") << TaskFilter{{}, u"READY"_s, {}} << 75;
    QTest::newRow("source server id") << TaskFilter{{}, {}, u"5e000000-0000-4000-8000-000000000123"_s} << 1;
    QTest::newRow("everything in 3 pages") << TaskFilter{} << 450;
}

void TestAccountLister::taskFiltersAreSentAndSigned()
{
    QFETCH(TaskFilter, filter);
    QFETCH(int, expectedCount);
    AccountLister lister(&m_network, profile(false), akSk(), kTestDomainId);
    const AccountListResult result = run(lister, [&] { lister.listTasks(filter); });
    QVERIFY2(result.ok(), qPrintable(result.error.headline));
    QCOMPARE(result.count, expectedCount);
    QCOMPARE(result.tasks.size(), expectedCount);
    for (const MigrationTask &t : result.tasks) {
        QVERIFY(!t.sourceServer.id.isEmpty());
        QVERIFY(t.createDate.isValid());
        if (!filter.sourceServerId.isEmpty())
            QCOMPARE(t.sourceServer.id, filter.sourceServerId);
        if (!filter.state.isEmpty())
            QCOMPARE(t.state, filter.state);
    }
    const QJsonArray requests = m_server.requests(u"/v3/tasks"_s);
    QCOMPARE(requests.size(), (expectedCount + 199) / 200);
    for (const QJsonValue &value : requests)
        QCOMPARE(value.toObject().value(u"signature_ok"_s).toBool(), true);
}

void TestAccountLister::rowsFromListedItems()
{
    AccountLister servers(&m_network, profile(false), akSk(), kTestDomainId);
    const AccountListResult listed = run(servers, [&] { servers.listServers({u"web server 003"_s, {}, {}, false}); });
    QCOMPARE(listed.servers.size(), 1);
    QCOMPARE(AccountListParser::rowsFor(listed.servers),
             (QList<TaskRow>{{u"7a000000-0000-4000-8000-000000000003"_s, u"5e000000-0000-4000-8000-000000000003"_s,
                              u"web server 003"_s}}));
    AccountLister tasks(&m_network, profile(false), akSk(), kTestDomainId);
    const AccountListResult task = run(tasks, [&] { tasks.listTasks({u"task-007"_s, {}, {}}); });
    QCOMPARE(task.tasks.size(), 1);
    QCOMPARE(AccountListParser::rowFor(task.tasks.first()),
             (TaskRow{u"7a000000-0000-4000-8000-000000000007"_s, u"5e000000-0000-4000-8000-000000000007"_s,
                      u"数据库-007"_s}));
}

void TestAccountLister::cancelBetweenPages()
{
    AccountLister lister(&m_network, profile(false), akSk(), kTestDomainId);
    connect(&lister, &AccountLister::progress, &lister, &AccountLister::cancel);
    const AccountListResult result = run(lister, [&] { lister.listServers({}); });
    QCOMPARE(result.error.kind, ErrorKind::Cancelled);
    QCOMPARE(result.servers.size(), 200);
    QCOMPARE(m_server.requests(u"/v3/sources"_s).size(), 1);
}

void TestAccountLister::cancelWhileAPageIsInFlight()
{
    QVERIFY(m_server.setScenario(u"/v3/sources"_s, {{u"name"_s, u"hang"_s}}));
    AccountLister lister(&m_network, profile(true), akSk(), kTestDomainId);
    QSignalSpy finished(&lister, &AccountLister::finished);
    lister.listServers({});
    QTRY_COMPARE_WITH_TIMEOUT(m_server.requests(u"/v3/sources"_s).size(), 1, 10'000);
    QVERIFY(lister.isRunning());
    lister.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10'000);  // may already be reported from inside cancel()
    const auto result = finished.takeFirst().at(0).value<AccountListResult>();
    QCOMPARE(result.error.kind, ErrorKind::Cancelled);
    QVERIFY(result.servers.isEmpty());
    QVERIFY(!lister.isRunning());
}

void TestAccountLister::permissionDeniedOnTheSecondPage()
{
    AccountLister lister(&m_network, profile(false), akSk(), kTestDomainId);
    bool denied = false;
    connect(&lister, &AccountLister::progress, this, [&] {
        if (!std::exchange(denied, true))
            QVERIFY(m_server.setScenario(u"/v3/sources"_s, {{u"name"_s, u"denied"_s}}));
    });
    const AccountListResult result = run(lister, [&] { lister.listServers({}); });
    QCOMPARE(result.error.kind, ErrorKind::Permission);
    QCOMPARE(result.error.httpStatus, 403);
    QCOMPARE(result.error.errorCode, u"SMS.2002"_s);
    QVERIFY2(result.error.hint.contains(u"sms:server:list"_s), qPrintable(result.error.hint));
    QVERIFY(!result.error.requestId.isEmpty());
    QCOMPARE(result.servers.size(), 200);
    QCOMPARE(m_server.requests(u"/v3/sources"_s).size(), 2);  // never retried

    AccountLister tasks(&m_network, profile(false), akSk(), kTestDomainId);
    QVERIFY(m_server.setScenario(u"/v3/tasks"_s, {{u"name"_s, u"denied"_s}}));
    const AccountListResult taskResult = run(tasks, [&] { tasks.listTasks({}); });
    QCOMPARE(taskResult.error.kind, ErrorKind::Permission);
    QVERIFY(taskResult.error.hint.contains(u"sms:server:listTask"_s));
}

void TestAccountLister::projectIdScopeAndIamToken()
{
    Profile byProject = profile(false);
    byProject.scopeHeader = ScopeHeader::ProjectId;
    byProject.projectId = kTestProjectId;
    AccountLister lister(&m_network, byProject, akSk(), QString());
    const AccountListResult result = run(lister, [&] { lister.listServers({u"srv-00"_s, {}, {}, false}); });
    QVERIFY2(result.ok(), qPrintable(result.error.headline));
    QVERIFY(result.count > 0);

    Credentials token;
    token.mode = AuthMode::IamToken;
    token.iamToken = kTestIamToken;
    AccountLister byToken(&m_network, profile(true), token, QString());
    const AccountListResult tokenResult = run(byToken, [&] { byToken.listTasks({}); });
    QVERIFY2(tokenResult.ok(), qPrintable(tokenResult.error.headline));
    QCOMPARE(tokenResult.tasks.size(), 450);
    QCOMPARE(m_server.requests(u"/v3/tasks"_s).first().toObject().value(u"auth_mode"_s).toString(), u"iam_token"_s);
}

void TestAccountLister::resolvesTheAccountIdFirst()
{
    AccountLister lister(&m_network, profile(true), akSk(), QString());
    const AccountListResult result = run(lister, [&] { lister.listServers({u"srv-01"_s, {}, {}, false}); });
    QVERIFY2(result.ok(), qPrintable(result.error.headline));
    QCOMPARE(lister.accountId(), kTestDomainId);
    QCOMPARE(m_server.requests(u"/v3/auth/domains"_s).size(), 1);
    QCOMPARE(result.count, 7);  // srv-010…019 but 011 (db+cache-011), 013 (web server 013), 017 (数据库-017)

    // A rejected key is reported as such, before any list call.
    Credentials wrong = akSk();
    wrong.accessKey = u"SMSCTESTAK0000000999"_s;
    AccountLister rejected(&m_network, profile(false), wrong, QString());
    const AccountListResult failed = run(rejected, [&] { rejected.listTasks({}); });
    QCOMPARE(failed.error.kind, ErrorKind::Authentication);
    QVERIFY(m_server.requests(u"/v3/tasks"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestAccountLister)
#include "tst_accountlister.moc"
