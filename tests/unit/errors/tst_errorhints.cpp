// SPDX-License-Identifier: GPL-3.0-or-later
#include "errors/ErrorHints.h"

#include <QTest>

using namespace Qt::StringLiterals;

using smsc::ErrorHints;

class TestErrorHints final : public QObject
{
    Q_OBJECT
private slots:
    void hintForDocumentedCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QStringList>("mustContain");
        QTest::newRow("0301 wrong secret key") << u"APIGW.0301"_s
            << u"Incorrect IAM authentication information: verify aksk signature fail"_s
            << QStringList{u"secret key does not match"_s};
        QTest::newRow("0301 unknown access key") << u"APIGW.0301"_s
            << u"Incorrect IAM authentication information: ak not exist"_s
            << QStringList{u"access key is not known"_s, u"site"_s};
        QTest::newRow("0301 get secretKey failed") << u"APIGW.0301"_s
            << u"Incorrect IAM authentication information: Get secretKey failed"_s
            << QStringList{u"access key is not known"_s};
        QTest::newRow("0301 key locked") << u"APIGW.0301"_s
            << u"Incorrect IAM authentication information: AK access failed to reach the limit,forbidden"_s
            << QStringList{u"locked for 5 minutes"_s};
        QTest::newRow("0301 bad token") << u"APIGW.0301"_s
            << u"Incorrect IAM authentication information: decrypt token fail"_s
            << QStringList{u"token is invalid or has expired"_s};
        QTest::newRow("old gateway prefix APIG.0301") << u"APIG.0301"_s << u"verify aksk signature fail"_s
            << QStringList{u"secret key does not match"_s};
        QTest::newRow("0301 other sub-message") << u"APIGW.0301"_s << u"something new"_s
            << QStringList{u"IAM authentication failed"_s};
        QTest::newRow("0303 canonical request echo") << u"APIGW.0303"_s
            << u"verify signature fail, canonicalRequest:POST|/v3/|"_s << QStringList{u"canonical request"_s};
        QTest::newRow("0101 not found") << u"APIGW.0101"_s << u"The API does not exist"_s
            << QStringList{u"endpoint"_s, u"region"_s};
        QTest::newRow("0308 throttled") << u"APIGW.0308"_s << u"The throttling threshold has been reached"_s
            << QStringList{u"throttling"_s, u"try again"_s};
        QTest::newRow("APIG.0308") << u"APIG.0308"_s << QString() << QStringList{u"throttling"_s};
        QTest::newRow("SMS.0202") << u"SMS.0202"_s << QString() << QStringList{u"secret key"_s};
        QTest::newRow("SMS.0204 permission") << u"SMS.0204"_s << u"Insufficient permissions."_s
            << QStringList{u"sms:server:getBatchConsistencyResults"_s, u"sms:server:queryServer"_s};
        QTest::newRow("SMS.2002 permission") << u"SMS.2002"_s << QString()
            << QStringList{u"sms:server:getBatchConsistencyResults"_s, u"sms:server:queryServer"_s};
        QTest::newRow("SMS.0205 clock") << u"SMS.0205"_s << QString() << QStringList{u"clock"_s, u"time zone"_s};
        QTest::newRow("SMS.2004 body too large") << u"SMS.2004"_s << QString() << QStringList{u"10,240 bytes"_s};
        QTest::newRow("SMS.2005 content type missing") << u"SMS.2005"_s << QString() << QStringList{u"Content-Type"_s};
        QTest::newRow("SMS.2006 content type wrong") << u"SMS.2006"_s << QString() << QStringList{u"Content-Type"_s};
        QTest::newRow("SMS.2248 other account") << u"SMS.2248"_s << QString() << QStringList{u"another account"_s};
        QTest::newRow("SMS.2252 no task") << u"SMS.2252"_s << QString() << QStringList{u"No migration task"_s};
        QTest::newRow("SMS.6528 real name") << u"SMS.6528"_s << QString() << QStringList{u"real-name verification"_s};
        QTest::newRow("lower-case code") << u"sms.6528"_s << QString() << QStringList{u"real-name verification"_s};
    }
    void hintForDocumentedCodes()
    {
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(QStringList, mustContain);
        const QString hint = ErrorHints::hintFor(code, message);
        for (const QString &part : mustContain)
            QVERIFY2(hint.contains(part), qPrintable(hint));
    }

    void undocumentedCodesGetNoHint_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("example-only SMS.9004") << u"SMS.9004"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("unknown gateway code") << u"APIGW.9999"_s;
    }
    void undocumentedCodesGetNoHint()
    {
        QFETCH(QString, code);
        QVERIFY(ErrorHints::hintFor(code, u"whatever"_s).isEmpty());
    }

    void clockHintStatesTheSkew_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<qint64>("skew");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("0303 17 minutes ahead") << u"APIGW.0303"_s << qint64(17 * 60)
                                                << u"Your clock is 17 minutes ahead of the server."_s;
        QTest::newRow("0303 20 minutes behind") << u"APIGW.0303"_s << qint64(-20 * 60 - 10)
                                                 << u"Your clock is 20 minutes behind the server."_s;
        QTest::newRow("SMS.0205 eight hours ahead (time zone)") << u"SMS.0205"_s << qint64(8 * 3600)
                                                                 << u"Your clock is 8 hours ahead of the server."_s;
        QTest::newRow("five and a half hours behind") << u"SMS.0205"_s << qint64(-(5 * 3600 + 1800))
                                                      << u"Your clock is 5 hours 30 minutes behind the server."_s;
        QTest::newRow("one hour (server Date shifted)") << u"APIGW.0303"_s << qint64(-3590)
                                                        << u"Your clock is 1 hour behind the server."_s;
        QTest::newRow("an hour and a minute") << u"APIGW.0303"_s << qint64(3660)
                                              << u"Your clock is 1 hour 1 minute ahead of the server."_s;
        QTest::newRow("seconds") << u"SMS.0205"_s << qint64(45) << u"Your clock is 45 seconds ahead of the server."_s;
    }
    void clockHintStatesTheSkew()
    {
        QFETCH(QString, code);
        QFETCH(qint64, skew);
        QFETCH(QString, sentence);
        const QString hint = ErrorHints::hintFor(code, u"signature expired"_s, skew);
        QVERIFY2(hint.startsWith(sentence), qPrintable(hint));
        QVERIFY(hint.contains(u"15 minutes"_s));
    }
    void clockHintWithoutMeasurementSaysSo()
    {
        const QString hint = ErrorHints::hintFor(u"APIGW.0303"_s, u"signature expired"_s);
        QVERIFY(hint.contains(u"clock"_s));
        QVERIFY(!hint.contains(u"ahead"_s));
        QVERIFY(!hint.contains(u"behind"_s));
    }
};

QTEST_GUILESS_MAIN(TestErrorHints)
#include "tst_errorhints.moc"
