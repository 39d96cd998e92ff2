// SPDX-License-Identifier: GPL-3.0-or-later
#include "redaction/RequestRedactor.h"
#include "redaction/SecretScrubber.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace smsc;

namespace {

const QString kAk = u"SMSCTESTAK0000000001"_s;
const QString kSk = u"SMSCTESTSECRETKEY0000000000000000000000000"_s;
const QString kToken = u"SMSCTESTSECURITYTOKEN00000000000000000000"_s;
const QString kIamToken = u"SMSCTESTIAMTOKEN000000000000000000000000"_s;

SecretScrubber scrubber()
{
    return SecretScrubber({AuthMode::TemporaryAkSk, kAk, kSk, kToken, kIamToken});
}

} // namespace

class TestSecretScrubber final : public QObject
{
    Q_OBJECT
private slots:
    void textLosesEverySecret_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        const QString r = QLatin1String(kRedacted);
        QTest::newRow("SK echoed in a message") << u"bad key %1 here"_s.arg(kSk) << u"bad key %1 here"_s.arg(r);
        QTest::newRow("security token echoed") << u"token=%1"_s.arg(kToken) << u"token=%1"_s.arg(r);
        QTest::newRow("IAM token echoed") << kIamToken << r;
        QTest::newRow("AK shown masked") << u"Access=%1,"_s.arg(kAk) << u"Access=SMSC****0001,"_s;
        QTest::newRow("signature by pattern") << u"Signature=abcdef0123, x"_s << u"Signature=%1, x"_s.arg(r);
        QTest::newRow("ordinary text kept") << u"SMS.0204 denied"_s << u"SMS.0204 denied"_s;
    }
    void textLosesEverySecret()
    {
        QFETCH(QString, text);
        QTEST(scrubber()(text), "shown");
        QTEST(QString::fromUtf8(scrubber().bytes(text.toUtf8())), "shown");
    }

    void patternsCutSignaturesAndTokenValues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("secrets");
        QTest::addColumn<QString>("shown");
        const QString r = QLatin1String(kRedacted);
        QTest::newRow("gateway echo with '|'") << u"POST|/v3/|x-security-token:unknown0token|host:h"_s << QStringList{}
                                               << u"POST|/v3/|x-security-token:%1|host:h"_s.arg(r);
        QTest::newRow("cURL -H") << u"-H 'X-Auth-Token: MIIunknown'"_s << QStringList{}
                                 << u"-H 'X-Auth-Token: %1'"_s.arg(r);
        QTest::newRow("X-Subject-Token") << u"X-Subject-Token=MIIunknown"_s << QStringList{}
                                         << u"X-Subject-Token=%1"_s.arg(r);
        QTest::newRow("Authorization") << u"Access=AK, Signature=0123abcd"_s << QStringList{}
                                       << u"Access=AK, Signature=%1"_s.arg(r);
        QTest::newRow("given secret") << u"sk %1."_s.arg(kSk) << QStringList{kSk} << u"sk %1."_s.arg(r);
        QTest::newRow("short secret kept") << u"pin 1234567"_s << QStringList{u"1234567"_s} << u"pin 1234567"_s;
        QTest::newRow("empty") << QString() << QStringList{kSk} << QString();
    }
    void patternsCutSignaturesAndTokenValues()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, secrets);
        QTEST(SecretScrubber::redact(text, secrets), "shown");
    }

    void tokenHeadersLoseTheirValueWhole_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("shown");
        QTest::newRow("X-Subject-Token from IAM, any token") << QByteArray("X-Subject-Token") << QByteArray("MIIunknown")
                                                              << QByteArray(kRedacted);
        QTest::newRow("x-security-token") << QByteArray("x-security-token") << kToken.toUtf8() << QByteArray(kRedacted);
        QTest::newRow("X-Auth-Token") << QByteArray("X-Auth-Token") << kIamToken.toUtf8() << QByteArray(kRedacted);
        QTest::newRow("Authorization keeps Access masked")
            << QByteArray("Authorization")
            << QByteArray("SDK-HMAC-SHA256 Access=" + kAk.toUtf8() + ", SignedHeaders=host, Signature=0123abcd")
            << QByteArray(QByteArray("SDK-HMAC-SHA256 Access=SMSC****0001, SignedHeaders=host, Signature=") + kRedacted);
        QTest::newRow("ordinary header kept") << QByteArray("X-Request-Id") << QByteArray("0b5c") << QByteArray("0b5c");
    }
    void tokenHeadersLoseTheirValueWhole()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        const HeaderList shown = scrubber().headers({{name, value}});
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.constFirst().first, name);
        QTEST(shown.constFirst().second, "shown");
    }
};

QTEST_GUILESS_MAIN(TestSecretScrubber)
#include "tst_secretscrubber.moc"
