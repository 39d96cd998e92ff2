// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/credentials/CredentialChecks.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace smsc;

namespace {
// The fake keys of tests/data/test-secrets.txt.
const QString kAk = u"SMSCTESTAK0000000001"_s;
const QString kSk = u"SMSCTESTSECRETKEY0000000000000000000000000"_s;
const QString kToken = u"SMSCTESTSECURITYTOKEN00000000000000000000"_s;
} // namespace

class TestCredentialChecks final : public QObject
{
    Q_OBJECT
private slots:
    void accessKey_data()
    {
        QTest::addColumn<QString>("ak");
        QTest::addColumn<QString>("mentions");  // empty: the key is accepted

        QTest::newRow("a well-formed Huawei AK") << kAk << QString();
        QTest::newRow("empty") << QString() << u"Enter the access key"_s;
        QTest::newRow("trailing line break from a paste") << QString(kAk + u'\n') << u"line break at character 21"_s;
        QTest::newRow("CRLF inside") << QString(kAk.left(10) + u"\r\n" + kAk.mid(10)) << u"line break at character 11"_s;
        QTest::newRow("space inside") << QString(kAk.left(4) + u' ' + kAk.mid(4)) << u"space or tab at character 5"_s;
        QTest::newRow("leading tab") << QString(u'\t' + kAk) << u"space or tab at character 1"_s;
        QTest::newRow("Alibaba Cloud LTAI key") << u"LTAI5tExampleExample0000"_s << u"Alibaba Cloud"_s;
        QTest::newRow("AWS long-term AKIA key") << u"AKIAEXAMPLEEXAMPLE00"_s << u"\"AKIA\", which is how Amazon Web Services"_s;
        QTest::newRow("AWS temporary ASIA key") << u"ASIAEXAMPLEEXAMPLE00"_s << u"\"ASIA\", which is how Amazon Web Services"_s;
        QTest::newRow("Tencent Cloud AKID key") << u"AKIDExampleExampleExampleExample0000"_s << u"Tencent Cloud"_s;
        QTest::newRow("the SK pasted into the AK field") << kSk << u"looks like a secret key (SK)"_s;
        QTest::newRow("too short") << u"SMSCTEST01"_s << u"this one has 10 characters"_s;
        QTest::newRow("lower-case letters") << u"smsctestak0000000001"_s << u"including lower-case letters or symbols"_s;
    }
    void accessKey()
    {
        QFETCH(QString, ak);
        QFETCH(QString, mentions);
        const QString message = CredentialChecks::checkAccessKey(ak);
        if (mentions.isEmpty())
            QVERIFY2(message.isEmpty(), qPrintable(message));
        else
            QVERIFY2(message.contains(mentions), qPrintable(message));
    }

    void secretKey_data()
    {
        QTest::addColumn<QString>("sk");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("a well-formed SK") << kSk << QString();
        QTest::newRow("empty") << QString() << u"Enter the secret key"_s;
        QTest::newRow("line break in the middle") << QString(kSk.left(20) + u'\n' + kSk.mid(20)) << u"line break at character 21"_s;
        QTest::newRow("trailing space") << QString(kSk + u' ') << u"space or tab at character 43"_s;
        QTest::newRow("the AK pasted into the SK field") << kAk << u"looks like an access key (AK)"_s;
        QTest::newRow("AWS-style secret with a slash") << u"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"_s << u"contains \"/\""_s;
        QTest::newRow("cut off when copying") << kSk.left(12) << u"this one has 12"_s;
    }
    void secretKey()
    {
        QFETCH(QString, sk);
        QFETCH(QString, mentions);
        const QString message = CredentialChecks::checkSecretKey(sk);
        if (mentions.isEmpty())
            QVERIFY2(message.isEmpty(), qPrintable(message));
        else
            QVERIFY2(message.contains(mentions), qPrintable(message));
    }

    void checkNamesTheFieldsTheModeNeeds_data()
    {
        QTest::addColumn<Credentials>("credentials");
        QTest::addColumn<QList<SecretField>>("fields");

        QTest::newRow("complete AK/SK") << Credentials{AuthMode::AkSk, kAk, kSk, {}, {}} << QList<SecretField>{};
        QTest::newRow("AK/SK swapped") << Credentials{AuthMode::AkSk, kSk, kAk, {}, {}}
                                       << QList<SecretField>{SecretField::AccessKey, SecretField::SecretKey};
        QTest::newRow("temporary keys without a token")
            << Credentials{AuthMode::TemporaryAkSk, kAk, kSk, {}, {}} << QList<SecretField>{SecretField::SecurityToken};
        QTest::newRow("temporary token with a line break")
            << Credentials{AuthMode::TemporaryAkSk, kAk, kSk, kToken + u"\n", {}}
            << QList<SecretField>{SecretField::SecurityToken};
        QTest::newRow("IAM token mode ignores empty keys")
            << Credentials{AuthMode::IamToken, {}, {}, {}, u"SMSCTESTIAMTOKEN000000000000000000000000"_s}
            << QList<SecretField>{};
        QTest::newRow("IAM token missing") << Credentials{AuthMode::IamToken, kAk, kSk, {}, {}}
                                           << QList<SecretField>{SecretField::IamToken};
    }
    void checkNamesTheFieldsTheModeNeeds()
    {
        QFETCH(Credentials, credentials);
        QFETCH(QList<SecretField>, fields);
        QList<SecretField> found;
        for (const CredentialIssue &issue : CredentialChecks::check(credentials)) {
            QVERIFY(!issue.message.isEmpty());
            found << issue.field;
        }
        QCOMPARE(found, fields);
    }

    void messagesNeverQuoteTheSecret()
    {
        const QString broken = kSk.left(20) + u' ' + kSk.mid(20);
        for (const CredentialIssue &issue : CredentialChecks::check({AuthMode::AkSk, kAk, broken, {}, {}}))
            QVERIFY(!issue.message.contains(kSk.left(20)));
    }
};

QTEST_GUILESS_MAIN(TestCredentialChecks)
#include "tst_credentialchecks.moc"
