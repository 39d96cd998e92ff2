// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/endpoints/EndpointCatalogue.h"

#include <QTest>

using namespace Qt::StringLiterals;

using smsc::EndpointCatalogue;
using smsc::Profile;

namespace {

Profile profileFor(const QString &region, const QString &endpoint = {}, const QString &iam = {},
                   const QString &sts = {})
{
    Profile profile;
    profile.region = region;
    profile.endpoint = endpoint;
    profile.iamEndpoint = iam;
    profile.stsEndpoint = sts;
    return profile;
}

} // namespace

class TestEndpointCatalogue final : public QObject
{
    Q_OBJECT
private slots:
    void catalogueHasTheDocumentedRegions_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("sms");
        QTest::addColumn<QString>("iam");
        QTest::addColumn<bool>("legacy");
        QTest::newRow("Beijing4") << u"cn-north-4"_s << u"https://sms.cn-north-4.myhuaweicloud.com"_s
                                  << u"https://iam.cn-north-4.myhuaweicloud.com"_s << false;
        QTest::newRow("Singapore") << u"ap-southeast-3"_s << u"https://sms.ap-southeast-3.myhuaweicloud.com"_s
                                   << u"https://iam.ap-southeast-3.myhuaweicloud.com"_s << false;
        QTest::newRow("Kuala Lumpur") << u"my-kualalumpur-1"_s
                                      << u"https://sms.my-kualalumpur-1.myhuaweicloud.com"_s
                                      << u"https://iam.my-kualalumpur-1.myhuaweicloud.com"_s << false;
        QTest::newRow("Moscow uses sms-api") << u"ru-moscow-1"_s << u"https://sms-api.ru-moscow-1.myhuaweicloud.com"_s
                                             << u"https://iam.ru-moscow-1.myhuaweicloud.com"_s << false;
        QTest::newRow("Hong Kong legacy") << u"ap-southeast-1"_s << u"https://sms.ap-southeast-1.myhuaweicloud.com"_s
                                          << u"https://iam.ap-southeast-1.myhuaweicloud.com"_s << true;
        QTest::newRow("Dublin legacy, European IAM") << u"eu-west-101"_s
                                                     << u"https://sms.eu-west-101.myhuaweicloud.eu"_s
                                                     << u"https://iam.eu-west-101.myhuaweicloud.eu"_s << true;
    }
    void catalogueHasTheDocumentedRegions()
    {
        QFETCH(QString, id);
        QFETCH(QString, sms);
        QFETCH(QString, iam);
        QFETCH(bool, legacy);
        const smsc::RegionInfo *region = EndpointCatalogue::region(id);
        QVERIFY(region);
        QVERIFY(!region->name.isEmpty());
        QCOMPARE(region->legacy, legacy);
        const smsc::ServiceEndpoints endpoints = EndpointCatalogue::resolve(profileFor(id), smsc::EndpointOverrides());
        QVERIFY2(endpoints.ok(), qPrintable(endpoints.error));
        QCOMPARE(endpoints.sms, QUrl(sms));
        QCOMPARE(endpoints.iam, QUrl(iam));
    }
    void regionsAreUnique()
    {
        QSet<QString> ids;
        for (const smsc::RegionInfo &region : EndpointCatalogue::regions())
            ids.insert(region.id);
        QCOMPARE(ids.size(), EndpointCatalogue::regions().size());
        QCOMPARE(ids.size(), 6);
    }

    void checkEndpoint_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("problem");  // a word the message must contain; empty: accepted
        QTest::newRow("https host") << u"https://sms.example.com"_s << QString();
        QTest::newRow("https with port and path prefix") << u"https://proxy.example.com:8443/sms"_s << QString();
        QTest::newRow("http to 127.0.0.1") << u"http://127.0.0.1:18080"_s << QString();
        QTest::newRow("http to 127.8.9.10 (all of 127/8)") << u"http://127.8.9.10"_s << QString();
        QTest::newRow("http to ::1") << u"http://[::1]:8080"_s << QString();
        QTest::newRow("http to localhost") << u"http://LOCALHOST:8080"_s << QString();
        QTest::newRow("surrounding spaces") << u"  https://sms.example.com "_s << QString();
        QTest::newRow("no scheme") << u"sms.example.com"_s << u"scheme"_s;
        QTest::newRow("host:port without scheme") << u"localhost:8080"_s << u"scheme"_s;
        QTest::newRow("empty") << u" "_s << u"empty"_s;
        QTest::newRow("plain http to a remote host") << u"http://sms.example.com"_s << u"http"_s;
        QTest::newRow("plain http to a LAN address") << u"http://192.168.1.10"_s << u"http"_s;
        QTest::newRow("http to a name that only starts like loopback") << u"http://127.0.0.1.example.com"_s
                                                                      << u"http"_s;
        QTest::newRow("ftp") << u"ftp://sms.example.com"_s << u"https://"_s;
        QTest::newRow("query") << u"https://sms.example.com/?a=b"_s << u"query"_s;
        QTest::newRow("no host") << u"https://"_s << u"valid"_s;
    }
    void checkEndpoint()
    {
        QFETCH(QString, url);
        QFETCH(QString, problem);
        const QString message = EndpointCatalogue::checkEndpoint(url);
        if (problem.isEmpty()) {
            QVERIFY2(message.isEmpty(), qPrintable(message));
            return;
        }
        QVERIFY2(message.contains(problem), qPrintable(message));
        QVERIFY(!message.contains(u'\n'));
    }
    void userInfoIsRejectedWithoutEchoingIt()
    {
        const QString message = EndpointCatalogue::checkEndpoint(u"https://user:hunter2@sms.example.com"_s);
        QVERIFY(!message.isEmpty());
        QVERIFY(!message.contains(u"hunter2"));
    }

    void resolve_data()
    {
        QTest::addColumn<Profile>("profile");
        QTest::addColumn<QString>("sms");
        QTest::addColumn<QString>("iam");
        QTest::addColumn<QString>("sts");
        QTest::addColumn<QString>("error");  // fragment of the message; empty: ok
        QTest::newRow("region") << profileFor(u"cn-north-4"_s) << u"https://sms.cn-north-4.myhuaweicloud.com"_s
                                << u"https://iam.cn-north-4.myhuaweicloud.com"_s
                                << u"https://sts.cn-north-4.myhuaweicloud.com"_s << QString();
        QTest::newRow("custom endpoint keeps region IAM")
            << profileFor(u"ap-southeast-3"_s, u"http://127.0.0.1:5000"_s) << u"http://127.0.0.1:5000"_s
            << u"https://iam.ap-southeast-3.myhuaweicloud.com"_s << u"https://sts.ap-southeast-3.myhuaweicloud.com"_s
            << QString();
        QTest::newRow("custom endpoint, no region: no IAM, not an error")
            << profileFor({}, u"https://sms.private.example"_s) << u"https://sms.private.example"_s << QString()
            << QString() << QString();
        QTest::newRow("Dublin without override: European IAM, no STS, not an error")
            << profileFor(u"eu-west-101"_s) << u"https://sms.eu-west-101.myhuaweicloud.eu"_s
            << u"https://iam.eu-west-101.myhuaweicloud.eu"_s << QString() << QString();
        QTest::newRow("Kuala Lumpur: no SDK lists STS")
            << profileFor(u"my-kualalumpur-1"_s) << u"https://sms.my-kualalumpur-1.myhuaweicloud.com"_s
            << u"https://iam.my-kualalumpur-1.myhuaweicloud.com"_s << QString() << QString();
        QTest::newRow("Moscow: no SDK lists STS, a typed one is used")
            << profileFor(u"ru-moscow-1"_s, {}, {}, u"https://sts.ru.example"_s)
            << u"https://sms-api.ru-moscow-1.myhuaweicloud.com"_s << u"https://iam.ru-moscow-1.myhuaweicloud.com"_s
            << u"https://sts.ru.example"_s << QString();
        QTest::newRow("Dublin with IAM override")
            << profileFor(u"eu-west-101"_s, {}, u"https://iam.eu.example"_s, u"https://sts.eu.example"_s)
            << u"https://sms.eu-west-101.myhuaweicloud.eu"_s << u"https://iam.eu.example"_s
            << u"https://sts.eu.example"_s << QString();
        QTest::newRow("unknown region lists the known ones")
            << profileFor(u"mars-1"_s) << QString() << QString() << QString() << u"mars-1"_s;
        QTest::newRow("nothing set") << profileFor({}) << QString() << QString() << QString() << u"region"_s;
        QTest::newRow("bad custom endpoint") << profileFor(u"cn-north-4"_s, u"sms.example.com"_s) << QString()
                                             << u"https://iam.cn-north-4.myhuaweicloud.com"_s
                                             << u"https://sts.cn-north-4.myhuaweicloud.com"_s << u"scheme"_s;
        QTest::newRow("bad IAM override") << profileFor(u"cn-north-4"_s, {}, u"http://iam.example.com"_s)
                                          << u"https://sms.cn-north-4.myhuaweicloud.com"_s << QString()
                                          << u"https://sts.cn-north-4.myhuaweicloud.com"_s << u"http"_s;
    }
    void resolve()
    {
        QFETCH(Profile, profile);
        QFETCH(QString, sms);
        QFETCH(QString, iam);
        QFETCH(QString, sts);
        QFETCH(QString, error);
        const smsc::ServiceEndpoints endpoints = EndpointCatalogue::resolve(profile, smsc::EndpointOverrides());
        QVERIFY2(endpoints.error.contains(error), qPrintable(endpoints.error));
        QCOMPARE(endpoints.ok(), error.isEmpty());
        QCOMPARE(endpoints.sms, QUrl(sms));
        QCOMPARE(endpoints.iam, QUrl(iam));
        QCOMPARE(endpoints.sts, QUrl(sts));
    }
    void unknownRegionMessageListsKnownRegions()
    {
        const QString error = EndpointCatalogue::resolve(profileFor(u"mars-1"_s), smsc::EndpointOverrides()).error;
        for (const smsc::RegionInfo &region : EndpointCatalogue::regions())
            QVERIFY2(error.contains(region.id), qPrintable(error));
    }
    void noIamMessageNamesTheRegion()
    {
        QVERIFY(EndpointCatalogue::noIamEndpointMessage(profileFor(u"eu-west-101"_s)).contains(u"eu-west-101"));
    }
    void noStsMessageSaysWhatToDo()
    {
        const QString message = EndpointCatalogue::noStsEndpointMessage(u"my-kualalumpur-1"_s);
        QVERIFY2(message.contains(u"my-kualalumpur-1"), qPrintable(message));
        QVERIFY2(message.contains(u"no STS endpoint"), qPrintable(message));
        QVERIFY2(message.contains(u"account ID"), qPrintable(message));
        QVERIFY2(message.contains(u"set an STS endpoint"), qPrintable(message));
    }
    void originsOfCatalogueAndProfileEndpoints()
    {
        const smsc::ServiceEndpoints endpoints = EndpointCatalogue::resolve(
            profileFor(u"cn-north-4"_s, u"http://127.0.0.1:5000"_s), smsc::EndpointOverrides());
        QCOMPARE(endpoints.smsOrigin, smsc::EndpointOrigin::profile());
        QCOMPARE(endpoints.iamOrigin, smsc::EndpointOrigin::catalogue());
        QCOMPARE(endpoints.stsOrigin, smsc::EndpointOrigin::catalogue());
        const smsc::ServiceEndpoints moscow = EndpointCatalogue::resolve(profileFor(u"ru-moscow-1"_s),
                                                                         smsc::EndpointOverrides());
        QCOMPARE(moscow.stsOrigin.source, smsc::EndpointOrigin::Source::None);
    }
};

QTEST_GUILESS_MAIN(TestEndpointCatalogue)
#include "tst_endpointcatalogue.moc"
