// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/WhoAmIReport.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

using smsc::PrincipalKind;
using smsc::WhoAmIReport;

Q_DECLARE_METATYPE(smsc::PrincipalKind)

namespace {

smsc::CallerIdentityResult identity(const QString &urn, std::optional<qint64> skew)
{
    smsc::CallerIdentityResult result;
    result.identity.accountId = u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s;
    result.identity.principalUrn = urn;
    result.identity.principalId = u"5f6e"_s;
    result.endpoint = u"https://sts.ap-southeast-3.myhuaweicloud.com"_s;
    result.clockSkewSeconds = skew;
    return result;
}

} // namespace

class TestWhoAmIReport final : public QObject
{
    Q_OBJECT
private slots:
    void principalKinds_data()
    {
        QTest::addColumn<QString>("urn");
        QTest::addColumn<PrincipalKind>("kind");
        QTest::addColumn<QString>("name");
        QTest::newRow("IAM user") << u"iam::0a1b:user:smsc-tester"_s << PrincipalKind::User << u"smsc-tester"_s;
        QTest::newRow("assumed agency with session") << u"sts::0a1b:assumed-agency:ops-agency/session-1"_s
                                                     << PrincipalKind::Agency << u"ops-agency/session-1"_s;
        QTest::newRow("agency") << u"iam::0a1b:agency:ops"_s << PrincipalKind::Agency << u"ops"_s;
        QTest::newRow("unknown form") << u"iam::0a1b:root"_s << PrincipalKind::Unknown << QString();
        QTest::newRow("empty") << QString() << PrincipalKind::Unknown << QString();
    }
    void principalKinds()
    {
        QFETCH(QString, urn);
        QFETCH(PrincipalKind, kind);
        QFETCH(QString, name);
        QString found;
        QCOMPARE(WhoAmIReport::principalKindOf(urn, &found), kind);
        QCOMPARE(found, name);
    }

    void scopeHeader_data()
    {
        QTest::addColumn<smsc::ScopeHeader>("scope");
        QTest::addColumn<smsc::AuthMode>("mode");
        QTest::addColumn<QString>("profileAccount");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("domain id resolved from STS") << smsc::ScopeHeader::DomainId << smsc::AuthMode::AkSk << QString()
                                                     << u"X-Domain-Id"_s << u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s;
        QTest::newRow("domain id typed in the profile") << smsc::ScopeHeader::DomainId << smsc::AuthMode::AkSk
                                                        << u"typed"_s << u"X-Domain-Id"_s << u"typed"_s;
        QTest::newRow("project id") << smsc::ScopeHeader::ProjectId << smsc::AuthMode::AkSk << QString()
                                    << u"X-Project-Id"_s << u"9f8e"_s;
        QTest::newRow("IAM token sends none") << smsc::ScopeHeader::DomainId << smsc::AuthMode::IamToken << QString()
                                              << u"X-Domain-Id"_s << QString();
    }
    void scopeHeader()
    {
        QFETCH(smsc::ScopeHeader, scope);
        QFETCH(smsc::AuthMode, mode);
        QFETCH(QString, profileAccount);
        QFETCH(QString, name);
        QFETCH(QString, value);
        smsc::Profile profile;
        profile.scopeHeader = scope;
        profile.authMode = mode;
        profile.projectId = u"9f8e"_s;
        const auto report = WhoAmIReport::from(identity(u"iam::a:user:b"_s, 3), profile, profileAccount);
        QCOMPARE(report.scopeHeaderName, name);
        QCOMPARE(report.scopeHeaderValue, value);
    }

    void textNamesEverything()
    {
        smsc::Profile profile;
        profile.name = u"prod"_s;
        const auto report = WhoAmIReport::from(identity(u"iam::0a1b:user:smsc-tester"_s, -1200), profile, QString());
        const QString text = report.toText();
        for (const QString &part : {u"prod"_s, u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s, u"IAM user: smsc-tester"_s,
                                    u"X-Domain-Id: 0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s,
                                    u"https://sts.ap-southeast-3.myhuaweicloud.com"_s, u"behind"_s,
                                    u"1200 seconds"_s, u"sms:server:getBatchConsistencyResults"_s,
                                    u"sms:server:queryServer"_s, u"sms:server:list"_s, u"sms:server:listTask"_s,
                                    u"decode-authorization-message"_s})
            QVERIFY2(text.contains(part), qPrintable(part + u"\n"_s + text));
    }

    void smallSkewIsNotAWarning()
    {
        const auto report = WhoAmIReport::from(identity(u"iam::a:user:b"_s, 2), smsc::Profile{}, QString());
        QVERIFY(!report.toText().contains(u"behind"_s));
        QVERIFY(report.toText().contains(u"within 2 seconds"_s));
    }

    void jsonKeys()
    {
        const auto json = WhoAmIReport::from(identity(u"iam::a:user:b"_s, std::nullopt), smsc::Profile{}, QString()).toJson();
        QCOMPARE(json.value(u"principal_kind"_s).toString(), u"user"_s);
        QVERIFY(json.value(u"clock_skew_seconds"_s).isNull());
        QCOMPARE(json.value(u"required_actions"_s).toArray().size(), 5);
    }

    void accountMismatch()
    {
        smsc::Profile profile;
        const auto report = WhoAmIReport::from(identity(u"iam::a:user:b"_s, 0), profile, QString());
        QVERIFY(!report.accountMismatch(profile));
        profile.domainId = u"ffff"_s;
        QVERIFY(report.accountMismatch(profile));
    }
};

QTEST_GUILESS_MAIN(TestWhoAmIReport)
#include "tst_whoamireport.moc"
