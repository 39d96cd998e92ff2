// SPDX-License-Identifier: GPL-3.0-or-later
// Project-id mode against the loopback IAM: the id is looked up by the region's name as the
// Python and Go SDKs do, cached per key and region, and every failure is named and sent once.
#include "account/AccountLister.h"
#include "account/ProjectIdCache.h"
#include "account/ProjectIdResolver.h"
#include "export/ExportJob.h"
#include "NetTestHelpers.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace smsc;
using smsc::test::LoopbackServer;
using smsc::test::scenario;

namespace {
const QString kProjects = u"/v3/projects"_s;
const QString kDomains = u"/v3/auth/domains"_s;
}

class TestProjectId final : public QObject
{
    Q_OBJECT
private:
    LoopbackServer m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<QTemporaryDir> m_dir;

    //! X-Project-Id chosen, no project id: the region names the project to look up.
    Profile projectProfile(const QString &region = u"cn-north-4"_s) const
    {
        Profile p = test::loopbackProfile(m_server.httpUrl());
        p.domainId.clear();
        p.region = region;
        p.scopeHeader = ScopeHeader::ProjectId;
        p.transport.retryTransient = true;  // even so, a 403 is asked once
        return p;
    }

    ExportOutcome exportWith(const Profile &p, ProjectIdCache *cache, bool dryRun = false)
    {
        ExportJob job(&m_nam, p, test::testCredentials(), test::testRows(),
                      OutputOptions{m_dir->path(), {}, false, true, {}});
        job.setProjectIdCache(cache);
        job.setBaseRetryDelayMs(10);
        job.setDryRun(dryRun);
        QSignalSpy spy(&job, &ExportJob::finished);
        job.start();
        if (!spy.wait(60000))
            return {};
        return spy.at(0).at(0).value<ExportOutcome>();
    }

    ProjectIdResult resolve(const Profile &p, ProjectIdCache *cache = nullptr)
    {
        ProjectIdResolver resolver(&m_nam, EndpointCatalogue::resolve(p), test::testCredentials(), p.transport);
        resolver.setCache(cache);
        QSignalSpy spy(&resolver, &ProjectIdResolver::finished);
        resolver.start();
        if (!spy.wait(60000))
            return {};
        QTest::qWait(20);
        if (spy.size() != 1)
            qFatal("ProjectIdResolver emitted finished() %d times", int(spy.size()));
        return spy.at(0).at(0).value<ProjectIdResult>();
    }

    qsizetype sent(const QString &path) { return m_server.requests(path).size(); }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ExportOutcome>();
        qRegisterMetaType<ProjectIdResult>();
        qRegisterMetaType<AccountListResult>();
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_nam.setProxy(QNetworkProxy::NoProxy);
    }
    void init()
    {
        QVERIFY(m_server.reset());
        m_nam.clearConnectionCache();
        m_dir = std::make_unique<QTemporaryDir>();
    }

    void exportResolvesTheProjectAndCachesIt()
    {
        ProjectIdCache cache;
        const ExportOutcome first = exportWith(projectProfile(), &cache);
        QVERIFY2(first.ok(), qPrintable(first.error.headline));
        QCOMPARE(first.projectId, test::kTestProjectId);
        QCOMPARE(first.projectIdSource, ProjectIdSource::Iam);
        const ExportOutcome second = exportWith(projectProfile(), &cache);
        QVERIFY2(second.ok(), qPrintable(second.error.headline));
        QCOMPARE(second.projectIdSource, ProjectIdSource::Cache);
        QCOMPARE(sent(kProjects), 1);  // the second export asked nobody
        QCOMPARE(sent(kDomains), 0);   // project mode needs no account id
        const QJsonObject iam = m_server.requests(kProjects).at(0).toObject();
        QCOMPARE(iam[u"signature_ok"_s].toBool(), true);
        QCOMPARE(iam[u"query"_s].toArray(), (QJsonArray{QJsonArray{u"name"_s, u"cn-north-4"_s}}));
        QVERIFY(test::loggedHeader(iam, u"X-Project-Id"_s).isEmpty());
        const QJsonArray exports = m_server.requests(test::kExportPath);
        QCOMPARE(exports.size(), 2);
        for (const QJsonValue record : exports) {
            QCOMPARE(test::loggedHeader(record.toObject(), u"X-Project-Id"_s), test::kTestProjectId);
            QVERIFY(test::loggedHeader(record.toObject(), u"X-Domain-Id"_s).isEmpty());
        }
    }

    void cacheIsPerKeyAndRegion()
    {
        ProjectIdCache cache;
        QVERIFY(resolve(projectProfile(), &cache).ok());
        // Another region is another project: asked again, and answered with that region's id.
        const ProjectIdResult other = resolve(projectProfile(u"ap-southeast-3"_s), &cache);
        QVERIFY2(other.ok(), qPrintable(other.error.headline));
        QCOMPARE(other.source, ProjectIdSource::Iam);
        QVERIFY(other.projectId != test::kTestProjectId);
        QCOMPARE(sent(kProjects), 2);
        QCOMPARE(cache.size(), 2);
        QCOMPARE(resolve(projectProfile(), &cache).source, ProjectIdSource::Cache);
        QCOMPARE(sent(kProjects), 2);
        // The key holds no AK in clear.
        QVERIFY(!ProjectIdCache::key(test::kTestAk, u"cn-north-4"_s).contains(test::kTestAk));
    }

    void noProjectForTheRegionIsNamed_data()
    {
        QTest::addColumn<bool>("emptyScenario");
        QTest::newRow("IAM's list is empty") << true;
        QTest::newRow("no project has the region's name") << false;
    }
    void noProjectForTheRegionIsNamed()
    {
        QFETCH(bool, emptyScenario);
        if (emptyScenario)
            QVERIFY(m_server.setScenario(kProjects, scenario(u"empty_list"_s)));
        const Profile p = projectProfile(emptyScenario ? u"cn-north-4"_s : u"af-south-1"_s);
        const ExportOutcome outcome = exportWith(p, nullptr);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error.kind, ErrorKind::NotFound);
        QVERIFY2(outcome.error.headline.contains(u"no project named \"%1\""_s.arg(p.region)),
                 qPrintable(outcome.error.headline));
        QVERIFY(!outcome.error.hint.isEmpty());
        QCOMPARE(sent(kProjects), 1);
        QCOMPARE(sent(test::kExportPath), 0);
    }

    void iamDenialIsNamedAndSentOnce()
    {
        QVERIFY(m_server.setScenario(kProjects, scenario(u"denied"_s)));
        ProjectIdCache cache;
        const ExportOutcome outcome = exportWith(projectProfile(), &cache);
        QCOMPARE(outcome.error.kind, ErrorKind::Permission);
        QVERIFY2(outcome.error.headline.contains(u"project id"_s) && outcome.error.headline.contains(u"denied"_s),
                 qPrintable(outcome.error.headline));
        QVERIFY(outcome.error.technicalDetail.contains(u"/v3/projects"_s));
        QCOMPARE(sent(kProjects), 1);  // never retried: failures count towards the AK lock
        QCOMPARE(sent(test::kExportPath), 0);
        QCOMPARE(cache.size(), 0);
    }

    void aServerErrorIsNotRetriedEither()
    {
        // The profile allows transient retries (projectProfile()); the lookup still asks once.
        QVERIFY(m_server.setScenario(kProjects, scenario(u"error"_s, {{u"status"_s, 503}})));
        const ProjectIdResult result = resolve(projectProfile());
        QCOMPARE(result.error.kind, ErrorKind::Server);
        QVERIFY2(result.error.headline.startsWith(u"The project id could not be looked up"_s),
                 qPrintable(result.error.headline));
        QCOMPARE(sent(kProjects), 1);
    }

    void rejectedKeyIsAuthenticationSentOnce()
    {
        QVERIFY(m_server.setScenario(kProjects, scenario(u"unauthorized"_s)));
        const ProjectIdResult result = resolve(projectProfile());
        QCOMPARE(result.error.kind, ErrorKind::Authentication);
        QCOMPARE(result.requestsSent, 1);
        QCOMPARE(sent(kProjects), 1);
    }

    void networkFailureIsNamed()
    {
        Profile p = projectProfile();
        p.iamEndpoint = u"http://127.0.0.1:%1"_s.arg(test::closedLoopbackPorts(1).at(0));
        p.transport.retryTransient = false;
        const ProjectIdResult result = resolve(p);
        QCOMPARE(result.error.kind, ErrorKind::Network);
        QVERIFY2(result.error.headline.startsWith(u"The project id could not be looked up"_s),
                 qPrintable(result.error.headline));
    }

    void noRegionIsNamedWithoutAsking()
    {
        Profile p = projectProfile(QString());
        const ProjectIdResult result = resolve(p);
        QCOMPARE(result.error.kind, ErrorKind::InvalidInput);
        QVERIFY(result.error.headline.contains(u"region"_s));
        QCOMPARE(result.requestsSent, 0);
        QCOMPARE(sent(kProjects), 0);
    }

    void givenProjectIdIsNotLookedUp()
    {
        Profile p = projectProfile();
        p.projectId = test::kTestProjectId;
        const ExportOutcome outcome = exportWith(p, nullptr);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.headline));
        QCOMPARE(outcome.projectIdSource, ProjectIdSource::None);
        QCOMPARE(sent(kProjects), 0);
    }

    void dryRunAsksNobody()
    {
        const ExportOutcome outcome = exportWith(projectProfile(), nullptr, true);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.headline));
        QCOMPARE(sent(kProjects), 0);
    }

    void listingResolvesTheProjectToo()
    {
        ProjectIdCache cache;
        AccountLister lister(&m_nam, projectProfile(), test::testCredentials(), QString());
        lister.setProjectIdCache(&cache);
        QSignalSpy spy(&lister, &AccountLister::finished);
        lister.listTasks({});
        QVERIFY(spy.wait(60000));
        const auto result = spy.at(0).at(0).value<AccountListResult>();
        QVERIFY2(!result.error.isError(), qPrintable(result.error.headline));
        QCOMPARE(lister.projectId(), test::kTestProjectId);
        QCOMPARE(sent(kProjects), 1);
        const QJsonArray pages = m_server.requests(u"/v3/tasks"_s);
        QVERIFY(!pages.isEmpty());
        QCOMPARE(test::loggedHeader(pages.at(0).toObject(), u"X-Project-Id"_s), test::kTestProjectId);
    }
};

QTEST_GUILESS_MAIN(TestProjectId)
#include "tst_projectid.moc"
