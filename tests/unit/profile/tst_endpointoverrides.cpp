// SPDX-License-Identifier: GPL-3.0-or-later
// The SDK set-up and its precedence: profile, then environment variable, then regions file, then
// the catalogue (docs/SERVICE.md "Using your SDK set-up").
#include "profile/endpoints/EndpointCatalogue.h"
#include "profile/endpoints/EndpointOverrides.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using smsc::EndpointCatalogue;
using smsc::EndpointOrigin;
using smsc::EndpointOverrides;
using smsc::Profile;
using smsc::ServiceEndpoints;

namespace {

Profile regionProfile(const QString &region)
{
    Profile p;
    p.region = region;
    return p;
}

} // namespace

class TestEndpointOverrides final : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
    }

    void variableName_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("variable");
        QTest::newRow("dashes") << u"cn-north-4"_s << u"HUAWEICLOUD_SDK_REGION_SMS_CN_NORTH_4"_s;
        QTest::newRow("several dashes") << u"my-kualalumpur-1"_s << u"HUAWEICLOUD_SDK_REGION_SMS_MY_KUALALUMPUR_1"_s;
    }
    void variableName()
    {
        QFETCH(QString, region);
        QFETCH(QString, variable);
        QCOMPARE(EndpointOverrides::smsVariable(region), variable);
    }

    void smsPrecedence_data()
    {
        QTest::addColumn<bool>("typed");
        QTest::addColumn<bool>("variable");
        QTest::addColumn<bool>("file");
        QTest::addColumn<QString>("sms");
        QTest::addColumn<int>("source");
        QTest::newRow("catalogue only") << false << false << false << u"https://sms.cn-north-4.myhuaweicloud.com"_s
                                        << int(EndpointOrigin::Source::Catalogue);
        QTest::newRow("regions file beats the catalogue") << false << false << true << u"https://file.example"_s
                                                          << int(EndpointOrigin::Source::RegionsFile);
        QTest::newRow("variable beats the regions file") << false << true << true << u"https://env.example"_s
                                                         << int(EndpointOrigin::Source::Environment);
        QTest::newRow("profile beats everything") << true << true << true << u"https://typed.example"_s
                                                  << int(EndpointOrigin::Source::Profile);
    }
    void smsPrecedence()
    {
        QFETCH(bool, typed);
        QFETCH(bool, variable);
        QFETCH(bool, file);
        QFETCH(QString, sms);
        QFETCH(int, source);
        QProcessEnvironment env;
        if (variable)
            env.insert(u"HUAWEICLOUD_SDK_REGION_SMS_CN_NORTH_4"_s, u"https://env.example"_s);
        if (file)
            writeRegions("sms:\n  - id: cn-north-4\n    endpoint: https://file.example\n");
        Profile p = regionProfile(u"cn-north-4"_s);
        if (typed)
            p.endpoint = u"https://typed.example"_s;
        const ServiceEndpoints endpoints = EndpointCatalogue::resolve(p, EndpointOverrides::fromEnvironment(env, m_home->path()));
        QVERIFY2(endpoints.ok(), qPrintable(endpoints.error));
        QCOMPARE(endpoints.sms, QUrl(sms));
        QCOMPARE(int(endpoints.smsOrigin.source), source);
        if (endpoints.smsOrigin.source == EndpointOrigin::Source::RegionsFile) {
            QCOMPARE(endpoints.smsOrigin.line, 2);
            QVERIFY(endpoints.smsOrigin.describe().endsWith(u"regions.yaml:2"_s));
        }
        if (endpoints.smsOrigin.source == EndpointOrigin::Source::Environment)
            QVERIFY(endpoints.smsOrigin.describe().contains(u"HUAWEICLOUD_SDK_REGION_SMS_CN_NORTH_4"_s));
    }
    void commaSeparatedVariableGivesAlternates()
    {
        QProcessEnvironment env;
        env.insert(u"HUAWEICLOUD_SDK_REGION_SMS_AP_SOUTHEAST_3"_s,
                   u"http://127.0.0.1:1, https://b.example ,,https://c.example"_s);
        const ServiceEndpoints endpoints = EndpointCatalogue::resolve(
            regionProfile(u"ap-southeast-3"_s), EndpointOverrides::fromEnvironment(env, m_home->path()));
        QVERIFY2(endpoints.ok(), qPrintable(endpoints.error));
        QCOMPARE(endpoints.sms, QUrl(u"http://127.0.0.1:1"_s));
        QCOMPARE(endpoints.smsAlternates, (QList<QUrl>{QUrl(u"https://b.example"_s), QUrl(u"https://c.example"_s)}));
    }
    void regionsFileVariableBeatsTheHomeFile()
    {
        writeRegions("SMS:\n  - id: cn-north-4\n    endpoint: https://home.example\n");
        const QString other = m_home->filePath(u"other.yaml"_s);
        QFile file(other);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("SMS:\n  - id: cn-north-4\n    endpoints:\n      - https://named.example\n");
        file.close();
        QProcessEnvironment env;
        env.insert(u"HUAWEICLOUD_SDK_REGIONS_FILE"_s, other);
        const ServiceEndpoints endpoints = EndpointCatalogue::resolve(
            regionProfile(u"cn-north-4"_s), EndpointOverrides::fromEnvironment(env, m_home->path()));
        QCOMPARE(endpoints.sms, QUrl(u"https://named.example"_s));
        QCOMPARE(endpoints.smsOrigin, EndpointOrigin::regionsFile(other, 2));
    }
    void regionUnknownToTheCatalogueButConfigured()
    {
        QProcessEnvironment env;
        env.insert(u"HUAWEICLOUD_SDK_REGION_SMS_AF_SOUTH_1"_s, u"https://sms.af.example"_s);
        const ServiceEndpoints endpoints = EndpointCatalogue::resolve(
            regionProfile(u"af-south-1"_s), EndpointOverrides::fromEnvironment(env, m_home->path()));
        QVERIFY2(endpoints.ok(), qPrintable(endpoints.error));
        QCOMPARE(endpoints.sms, QUrl(u"https://sms.af.example"_s));
        QVERIFY(endpoints.iam.isEmpty());
    }
    void iamAndStsVariables()
    {
        QProcessEnvironment env;
        env.insert(u"HUAWEICLOUD_SDK_IAM_ENDPOINT"_s, u"iam.private.example"_s);  // the SDKs add https://
        env.insert(u"HUAWEICLOUD_SDK_STS_ENDPOINT"_s, u"https://sts.private.example"_s);
        const EndpointOverrides overrides = EndpointOverrides::fromEnvironment(env, m_home->path());
        ServiceEndpoints endpoints = EndpointCatalogue::resolve(regionProfile(u"ru-moscow-1"_s), overrides);
        QVERIFY2(endpoints.ok(), qPrintable(endpoints.error));
        QCOMPARE(endpoints.iam, QUrl(u"https://iam.private.example"_s));
        QCOMPARE(endpoints.iamOrigin, EndpointOrigin::environment(u"HUAWEICLOUD_SDK_IAM_ENDPOINT"_s));
        QCOMPARE(endpoints.sts, QUrl(u"https://sts.private.example"_s));
        QCOMPARE(endpoints.stsOrigin, EndpointOrigin::environment(u"HUAWEICLOUD_SDK_STS_ENDPOINT"_s));
        // The profile's own IAM and STS endpoints come first.
        Profile typed = regionProfile(u"ru-moscow-1"_s);
        typed.iamEndpoint = u"https://iam.typed.example"_s;
        typed.stsEndpoint = u"https://sts.typed.example"_s;
        endpoints = EndpointCatalogue::resolve(typed, overrides);
        QCOMPARE(endpoints.iam, QUrl(u"https://iam.typed.example"_s));
        QCOMPARE(endpoints.iamOrigin, EndpointOrigin::profile());
        QCOMPARE(endpoints.sts, QUrl(u"https://sts.typed.example"_s));
    }
    void unusableVariableNamesItself()
    {
        QProcessEnvironment env;
        env.insert(u"HUAWEICLOUD_SDK_REGION_SMS_CN_NORTH_4"_s, u"http://sms.example.com"_s);
        const ServiceEndpoints endpoints = EndpointCatalogue::resolve(
            regionProfile(u"cn-north-4"_s), EndpointOverrides::fromEnvironment(env, m_home->path()));
        QVERIFY(!endpoints.ok());
        QVERIFY2(endpoints.error.contains(u"HUAWEICLOUD_SDK_REGION_SMS_CN_NORTH_4"_s), qPrintable(endpoints.error));
    }
    void malformedRegionsFileIsAnErrorNamingTheLine()
    {
        writeRegions("SMS:\n  - id: cn-north-4\n    endpoint: 'https://broken\n");
        const EndpointOverrides overrides = EndpointOverrides::fromEnvironment({}, m_home->path());
        QVERIFY(!overrides.error().isEmpty());
        const ServiceEndpoints endpoints = EndpointCatalogue::resolve(regionProfile(u"cn-north-4"_s), overrides);
        QVERIFY(!endpoints.ok());
        QVERIFY2(endpoints.error.contains(u"regions.yaml, line 3"_s), qPrintable(endpoints.error));
        // Not consulted, so not in the way: a typed endpoint, or a variable that decides first.
        Profile typed = regionProfile(u"cn-north-4"_s);
        typed.endpoint = u"https://typed.example"_s;
        QVERIFY(EndpointCatalogue::resolve(typed, overrides).ok());
        QProcessEnvironment env;
        env.insert(u"HUAWEICLOUD_SDK_REGION_SMS_CN_NORTH_4"_s, u"https://env.example"_s);
        QVERIFY(EndpointCatalogue::resolve(regionProfile(u"cn-north-4"_s),
                                           EndpointOverrides::fromEnvironment(env, m_home->path())).ok());
    }
    void noFileNoOverrides()
    {
        const EndpointOverrides overrides = EndpointOverrides::fromEnvironment({}, m_home->path());
        QVERIFY(overrides.error().isEmpty());
        QVERIFY(!overrides.sms(u"cn-north-4"_s));
        QVERIFY(!overrides.iam());
        QVERIFY(!overrides.sts());
    }

private:
    void writeRegions(const QByteArray &text)
    {
        QVERIFY(QDir(m_home->path()).mkpath(u".huaweicloud"_s));
        QFile file(m_home->filePath(u".huaweicloud/regions.yaml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }

    std::unique_ptr<QTemporaryDir> m_home;
};

QTEST_GUILESS_MAIN(TestEndpointOverrides)
#include "tst_endpointoverrides.moc"
