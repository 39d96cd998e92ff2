// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/StsParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

using smsc::AuthorizationDecision;
using smsc::StsParser;

namespace {

QByteArray wrapped(const QByteArray &decision)
{
    return QJsonDocument(QJsonObject{{u"decoded_message"_s, QString::fromUtf8(decision)}}).toJson();
}

const QByteArray kDeny = R"({"allowed":false,"explicit_deny":true,"matched_statements":[{"policy":"sms-export-deny","policy_type":"identity","statement_id":"DenySmsExport","effect":"Deny"}],"context":{"principal":{"id":"u1","urn":"iam::acc:user:smsc-tester"},"action":"sms:server:getBatchConsistencyResults","resource":"sms:*:acc:server:*","conditions":[{"key":"g:RequestedRegion","values":["ap-southeast-1"]}]}})";

} // namespace

Q_DECLARE_METATYPE(AuthorizationDecision::Verdict)

class TestStsParser final : public QObject
{
    Q_OBJECT
private slots:
    void parsesDecisions_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<AuthorizationDecision::Verdict>("verdict");
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("statements");
        QTest::addColumn<bool>("problem");
        QTest::newRow("explicit deny as JSON text") << wrapped(kDeny) << AuthorizationDecision::Verdict::Deny
                                                    << u"sms:server:getBatchConsistencyResults"_s << 1 << false;
        QTest::newRow("allow as an object")
            << QByteArray(R"({"decoded_message":{"allowed":true,"context":{"action":"sms:server:list"}}})")
            << AuthorizationDecision::Verdict::Allow << u"sms:server:list"_s << 0 << false;
        QTest::newRow("implicit deny, action at top level")
            << wrapped(R"({"allowed":false,"action":"sms:server:queryServer","matched_statements":"bad"})")
            << AuthorizationDecision::Verdict::Deny << u"sms:server:queryServer"_s << 0 << false;
        QTest::newRow("decoded message not JSON") << wrapped("plain words")
                                                  << AuthorizationDecision::Verdict::Unknown << QString() << 0 << true;
        QTest::newRow("no decoded_message") << QByteArray("{}") << AuthorizationDecision::Verdict::Unknown
                                            << QString() << 0 << true;
        QTest::newRow("not JSON at all") << QByteArray("<html>") << AuthorizationDecision::Verdict::Unknown
                                         << QString() << 0 << true;
    }
    void parsesDecisions()
    {
        QFETCH(QByteArray, body);
        QFETCH(AuthorizationDecision::Verdict, verdict);
        QFETCH(QString, action);
        QFETCH(int, statements);
        QFETCH(bool, problem);
        const AuthorizationDecision d = StsParser::parseDecision(body);
        QCOMPARE(d.verdict, verdict);
        QCOMPARE(d.action, action);
        QCOMPARE(d.statements.size(), statements);
        QCOMPARE(!d.problem.isEmpty(), problem);
    }

    void denyDetailsAndText()
    {
        const AuthorizationDecision d = StsParser::parseDecision(wrapped(kDeny));
        QCOMPARE(d.rawJson, QString::fromUtf8(kDeny));
        QVERIFY(d.explicitDeny);
        QCOMPARE(d.resource, u"sms:*:acc:server:*"_s);
        QCOMPARE(d.principalUrn, u"iam::acc:user:smsc-tester"_s);
        QCOMPARE(d.statements.first().statementId, u"DenySmsExport"_s);
        QCOMPARE(d.conditions.size(), 1);
        const QString text = StsParser::decisionText(d);
        for (const QString &part : {u"explicit Deny"_s, u"sms:server:getBatchConsistencyResults"_s,
                                    u"DenySmsExport in policy sms-export-deny"_s, u"g:RequestedRegion"_s})
            QVERIFY2(text.contains(part), qPrintable(text));
    }

    void implicitDenyExplainsTheReason()
    {
        const QString text = StsParser::decisionText(StsParser::parseDecision(wrapped(R"({"allowed":false})")));
        QVERIFY2(text.contains(u"denied by default"_s), qPrintable(text));
    }

    void encodedMessageLength_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("empty") << 0 << false;
        QTest::newRow("one character") << 1 << true;
        QTest::newRow("10240 characters") << 10240 << true;
        QTest::newRow("10241 characters") << 10241 << false;
        QTest::newRow("65535 characters (the 403 maximum)") << 65535 << false;
    }
    void encodedMessageLength()
    {
        QFETCH(int, length);
        QFETCH(bool, accepted);
        const QString problem = StsParser::checkEncodedMessage(QString(length, u'A'));
        QCOMPARE(problem.isEmpty(), accepted);
        if (!accepted && length > 0)
            QVERIFY2(problem.contains(QString::number(length)), qPrintable(problem));
    }

    void requestBody()
    {
        QCOMPARE(StsParser::decodeRequestBody(u" abc.def \n"_s), QByteArray(R"({"encoded_message":"abc.def"})"));
    }

    void callerIdentity()
    {
        const auto id = StsParser::parseCallerIdentity(
            R"({"account_id":"acc","principal_urn":"iam::acc:user:bob","principal_id":"p1"})");
        QCOMPARE(id.accountId, u"acc"_s);
        QCOMPARE(id.principalUrn, u"iam::acc:user:bob"_s);
        QCOMPARE(id.principalId, u"p1"_s);
        QVERIFY(id.problem.isEmpty());
        QVERIFY(!StsParser::parseCallerIdentity("{}").problem.isEmpty());
    }

    void actionNamedInRefusal_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("action");
        QTest::newRow("fake STS refusal") << u"Policy doesn't allow sts::decodeAuthorizationMessage to be performed."_s
                                          << u"sts::decodeAuthorizationMessage"_s;
        QTest::newRow("SMS wording") << u"Policy doesn't allow sms:server:list to be performed."_s
                                     << u"sms:server:list"_s;
        QTest::newRow("no action named") << u"Forbidden"_s << QString();
    }
    void actionNamedInRefusal()
    {
        QFETCH(QString, message);
        QFETCH(QString, action);
        QCOMPARE(StsParser::actionNamedIn(message), action);
    }
};

QTEST_GUILESS_MAIN(TestStsParser)
#include "tst_stsparser.moc"
