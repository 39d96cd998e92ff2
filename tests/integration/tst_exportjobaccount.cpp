// SPDX-License-Identifier: GPL-3.0-or-later
// ExportJob resolving the account (domain) id before it exports, against the real loopback server:
// IAM first and cached, STS when IAM lists none, a rejected key, and the reasons it gives up.
#include "ExportJobFixture.h"

using namespace Qt::StringLiterals;

using namespace smsc;
using smsc::test::scenario;

Q_DECLARE_METATYPE(smsc::ErrorKind)

class TestExportJobAccount final : public test::ExportJobFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { startServer(); }
    void init() { resetServer(); }

    void accountIdResolvedThroughIamAndCached()
    {
        Profile p = profile();
        p.domainId.clear();
        AccountIdCache cache;
        const ExportOutcome first = exportWith(p, intoDir(), test::testCredentials(), test::testRows(), &cache);
        QVERIFY2(first.ok(), qPrintable(first.error.headline));
        QCOMPARE(first.accountId, test::kTestDomainId);
        QCOMPARE(first.accountIdSource, AccountIdSource::Iam);
        QVERIFY(QFile::remove(first.filePath));
        const ExportOutcome second = exportWith(p, intoDir(), test::testCredentials(), test::testRows(), &cache);
        QVERIFY2(second.ok(), qPrintable(second.error.headline));
        QCOMPARE(second.accountIdSource, AccountIdSource::Cache);
        QCOMPARE(sent(kDomains), 1);  // one IAM call for two exports
        QCOMPARE(sent(kCaller), 0);
        const QJsonArray exports = m_server.requests(test::kExportPath);
        QCOMPARE(exports.size(), 2);
        for (const QJsonValue record : exports)
            QCOMPARE(test::loggedHeader(record.toObject(), u"X-Domain-Id"_s), test::kTestDomainId);
        const QJsonObject iam = m_server.requests(kDomains).at(0).toObject();
        QCOMPARE(iam[u"signature_ok"_s].toBool(), true);
        QVERIFY(test::loggedHeader(iam, u"X-Domain-Id"_s).isEmpty());
    }

    void emptyIamListFallsBackToSts()
    {
        m_server.setScenario(kDomains, scenario(u"empty_list"_s));
        Profile p = profile();
        p.domainId.clear();
        const ExportOutcome outcome = exportWith(p, intoDir());
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.headline));
        QCOMPARE(outcome.accountIdSource, AccountIdSource::Sts);
        QCOMPARE(outcome.accountId, test::kTestDomainId);
        QCOMPARE(sent(kDomains), 1);
        QCOMPARE(sent(kCaller), 1);
    }

    void rejectedKeyDuringResolutionIsAuthentication_data()
    {
        QTest::addColumn<bool>("wrongSecret");
        QTest::newRow("IAM answers APIGW.0301 (scenario)") << false;
        QTest::newRow("a really wrong secret key") << true;
    }
    void rejectedKeyDuringResolutionIsAuthentication()
    {
        QFETCH(bool, wrongSecret);
        if (!wrongSecret)
            m_server.setScenario(kDomains, scenario(u"unauthorized"_s));
        Credentials c = test::testCredentials();
        if (wrongSecret)
            c.secretKey = QString(test::kTestSk).replace(1, 1, u'Z');
        Profile p = profile();
        p.domainId.clear();
        const ExportOutcome outcome = exportWith(p, intoDir(), c);
        QCOMPARE(outcome.error.kind, ErrorKind::Authentication);
        QCOMPARE(outcome.error.errorCode, u"APIGW.0301"_s);
        QVERIFY(!outcome.error.headline.contains(u"domain"_s, Qt::CaseInsensitive));
        QCOMPARE(sent(kDomains), 1);
        QCOMPARE(sent(kCaller), 0);  // no second failed attempt against the AK lock
        QCOMPARE(sent(), 0);
    }

    void iamFailureIsReportedWithoutAskingSts()
    {
        // As the SDKs: STS only for an empty list; IAM's own refusal is the cause the user sees.
        m_server.setScenario(kDomains, scenario(u"denied"_s));
        Profile p = profile();
        p.domainId.clear();
        const ExportOutcome outcome = exportWith(p, intoDir());
        QCOMPARE(outcome.error.kind, ErrorKind::Permission);
        QCOMPARE(outcome.error.errorCode, u"SMS.2002"_s);
        QVERIFY2(outcome.error.headline.contains(u"account id"_s), qPrintable(outcome.error.headline));
        QVERIFY(outcome.error.technicalDetail.contains(u"/v3/auth/domains"_s));
        QVERIFY(outcome.error.technicalDetail.contains(u"SMS.2002"_s));
        QCOMPARE(sent(kDomains), 1);
        QCOMPARE(sent(kCaller), 0);
        QCOMPARE(sent(), 0);
    }
    void emptyListThenStsFailingSaysWhy()
    {
        m_server.setScenario(kDomains, scenario(u"empty_list"_s));
        m_server.setScenario(kCaller, scenario(u"denied"_s));
        Profile p = profile();
        p.domainId.clear();
        const ExportOutcome outcome = exportWith(p, intoDir());
        QCOMPARE(outcome.error.kind, ErrorKind::Permission);
        QVERIFY(outcome.error.headline.contains(u"both"_s));
        QVERIFY(outcome.error.technicalDetail.contains(u"/v3/auth/domains"_s));
        QVERIFY(outcome.error.technicalDetail.contains(u"/v5/caller-identity"_s));
        QVERIFY(outcome.error.technicalDetail.contains(u"SMS.2002"_s));
        QCOMPARE(sent(kCaller), 1);
        QCOMPARE(sent(), 0);
    }
    void emptyListWhereNoSdkListsSts()
    {
        m_server.setScenario(kDomains, scenario(u"empty_list"_s));
        Profile p = profile();
        p.domainId.clear();
        p.stsEndpoint.clear();
        p.region = u"my-kualalumpur-1"_s;  // IAM typed (the loopback), STS: none in any SDK
        const ExportOutcome outcome = exportWith(p, intoDir());
        QCOMPARE(outcome.error.kind, ErrorKind::InvalidInput);
        QVERIFY2(outcome.error.headline.contains(u"my-kualalumpur-1 has no STS endpoint"_s),
                 qPrintable(outcome.error.headline));
        QVERIFY2(outcome.error.headline.contains(u"account ID"_s), qPrintable(outcome.error.headline));
        QCOMPARE(sent(kDomains), 1);
        QCOMPARE(sent(kCaller), 0);
        QCOMPARE(sent(), 0);
    }
};

QTEST_GUILESS_MAIN(TestExportJobAccount)
#include "tst_exportjobaccount.moc"
