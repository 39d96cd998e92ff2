// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/ProfileChecks.h"

#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace smsc;

namespace {
Profile valid()
{
    Profile p;
    p.name = u"prod"_s;
    p.region = u"cn-north-4"_s;
    return p;
}
} // namespace

class TestProfileChecks final : public QObject
{
    Q_OBJECT
private slots:
    void firstIssue_data()
    {
        QTest::addColumn<Profile>("profile");
        QTest::addColumn<QStringList>("existing");
        QTest::addColumn<int>("field");       // -1: no issue
        QTest::addColumn<QString>("mentions");

        const QStringList none;
        QTest::newRow("a region profile") << valid() << none << -1 << QString();
        Profile p = valid();
        p.name.clear();
        QTest::newRow("no name") << p << none << int(ProfileField::Name) << u"needs a name"_s;
        QTest::newRow("name taken, case-insensitively") << valid() << QStringList{u"PROD"_s} << int(ProfileField::Name)
                                                       << u"already exists"_s;
        p = valid();
        p.name = u"a/b"_s;
        QTest::newRow("slash in the name") << p << none << int(ProfileField::Name) << u"/"_s;
        p = valid();
        p.region = u"mars-1"_s;
        QTest::newRow("unknown region") << p << none << int(ProfileField::Region) << u"mars-1"_s;
        p = valid();
        p.endpoint = u"http://sms.example.com"_s;
        p.domainId = QString(32, u'a');
        QTest::newRow("plain http to a remote host") << p << none << int(ProfileField::Endpoint) << u"plain http"_s;
        p.endpoint = u"http://127.0.0.1:8080"_s;
        QTest::newRow("plain http to loopback with an account id") << p << none << -1 << QString();
        p.domainId.clear();
        QTest::newRow("custom endpoint, no account id, no IAM") << p << none << int(ProfileField::IamEndpoint)
                                                                << u"IAM endpoint"_s;
        p.iamEndpoint = u"http://127.0.0.1:8080"_s;
        QTest::newRow("custom endpoint with IAM") << p << none << -1 << QString();
        p = valid();
        p.region = u"eu-west-101"_s;
        QTest::newRow("Dublin has the European IAM: no account id needed") << p << none << -1 << QString();
        p.domainId = u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s;
        QTest::newRow("Dublin, account id given") << p << none << -1 << QString();
        p = valid();
        p.domainId = u"not-an-id"_s;
        QTest::newRow("malformed account id") << p << none << int(ProfileField::DomainId) << u"32 characters"_s;
        p = valid();
        p.scopeHeader = ScopeHeader::ProjectId;
        QTest::newRow("X-Project-Id without a project: looked up by region") << p << none << -1 << QString();
        p.endpoint = u"http://127.0.0.1:8080"_s;
        p.iamEndpoint = u"http://127.0.0.1:8080"_s;
        p.region.clear();
        QTest::newRow("X-Project-Id without a project or a region") << p << none << int(ProfileField::ProjectId)
                                                                    << u"project ID"_s;
        p = valid();
        p.transport.proxyUrl = u"proxy.local:3128"_s;
        QTest::newRow("proxy without scheme") << p << none << int(ProfileField::Proxy) << u"http://host:port"_s;
        p.transport.proxyUrl = u"http://user:pw@proxy.local:3128"_s;
        QTest::newRow("proxy with a password") << p << none << int(ProfileField::Proxy) << u"password"_s;
        p.transport.proxyUrl = u"none"_s;
        QTest::newRow("no proxy at all") << p << none << -1 << QString();
        p = valid();
        p.transport.caFile = u"/nonexistent/ca.pem"_s;
        QTest::newRow("missing CA file") << p << none << int(ProfileField::CaFile) << u"does not exist"_s;
        p = valid();
        p.transport.connectTimeoutSeconds = 0;
        QTest::newRow("zero connect timeout") << p << none << int(ProfileField::ConnectTimeout) << u"between 1"_s;
    }
    void firstIssue()
    {
        QFETCH(Profile, profile);
        QFETCH(QStringList, existing);
        QFETCH(int, field);
        QFETCH(QString, mentions);
        const QList<ProfileIssue> issues = ProfileChecks::check(profile, existing);
        if (field < 0) {
            QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).message));
            return;
        }
        QVERIFY(!issues.isEmpty());
        QCOMPARE(int(issues.first().field), field);
        QVERIFY2(issues.first().message.contains(mentions), qPrintable(issues.first().message));
    }

    void anExistingCaFileIsAccepted()
    {
        QTemporaryFile ca;
        QVERIFY(ca.open());
        Profile p = valid();
        p.transport.caFile = ca.fileName();
        QVERIFY(ProfileChecks::check(p, {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProfileChecks)
#include "tst_profilechecks.moc"
