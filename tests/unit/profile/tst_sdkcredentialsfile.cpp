// SPDX-License-Identifier: GPL-3.0-or-later
// The SDK credentials file reader: what it takes, what it refuses (naming the line), and that no
// message ever repeats the file's text.
#include "profile/credentials/SdkCredentialsFile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smsc;

namespace {
const QByteArray kAk = "SMSCTESTAK0000000001";
const QByteArray kSk = "SMSCTESTSECRETKEY0000000000000000000000000";
const QByteArray kToken = "SMSCTESTSECURITYTOKEN00000000000000000000";
const QString kProject = u"9f8e7d6c5b4a39281706f5e4d3c2b1a0"_s;
const QString kDomain = u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s;
}

class TestSdkCredentialsFile final : public QObject
{
    Q_OBJECT
private slots:
    void accepted_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("projectId");
        QTest::addColumn<QString>("domainId");
        QTest::addColumn<QString>("iam");
        QTest::addColumn<bool>("token");

        QTest::newRow("basic with a project") << "[basic]\nak = " + kAk + "\nsk = " + kSk + "\nproject_id = " + kProject.toUtf8() + "\n"
                                              << u"basic"_s << kProject << QString() << QString() << false;
        QTest::newRow("global with a domain and IAM endpoint")
            << "# written by hand\n[global]\nak=" + kAk + "\nsk=" + kSk + "\ndomain_id=" + kDomain.toUtf8()
                   + "\niam_endpoint = https://iam.eu-west-101.myhuaweicloud.eu\n"
            << u"global"_s << QString() << kDomain << u"https://iam.eu-west-101.myhuaweicloud.eu"_s << false;
        QTest::newRow("temporary keys, CRLF, comments, quotes, upper-case key")
            << "; SDK file\r\n\r\n[basic]\r\nAK = \"" + kAk + "\"\r\nsk = '" + kSk + "'\r\nsecurity_token = " + kToken + "\r\n"
            << u"basic"_s << QString() << QString() << QString() << true;
        QTest::newRow("a byte-order mark") << "\xEF\xBB\xBF[global]\nak = " + kAk + "\nsk = " + kSk
                                           << u"global"_s << QString() << QString() << QString() << false;
        QTest::newRow("IAM endpoint without scheme") << "[global]\nak = " + kAk + "\nsk = " + kSk + "\niam_endpoint = iam.example.com"
                                                     << u"global"_s << QString() << QString() << u"https://iam.example.com"_s << false;
    }
    void accepted()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, section);
        QFETCH(QString, iam);
        QFETCH(bool, token);
        const Outcome<SdkCredentialsFile> file = SdkCredentialsFile::parse(text);
        QVERIFY2(file.ok(), qPrintable(file.error()));
        const Outcome<SdkCredentialsSection> chosen = file.value().section({});
        QVERIFY2(chosen.ok(), qPrintable(chosen.error()));
        const SdkCredentialsSection &s = chosen.value();
        QCOMPARE(s.name, section);
        QCOMPARE(s.accessKey, QString::fromUtf8(kAk));
        QCOMPARE(s.secretKey, QString::fromUtf8(kSk));
        QTEST(s.projectId, "projectId");
        QTEST(s.domainId, "domainId");
        const Credentials c = s.credentials();
        QCOMPARE(c.mode, token ? AuthMode::TemporaryAkSk : AuthMode::AkSk);
        QVERIFY(c.missingPart().isEmpty());
        Profile base;
        base.name = u"imported"_s;
        base.region = u"cn-north-4"_s;
        const Profile p = s.applyTo(base);
        QCOMPARE(p.region, u"cn-north-4"_s);
        QCOMPARE(p.scopeHeader, section == u"basic"_s ? ScopeHeader::ProjectId : ScopeHeader::DomainId);
        QCOMPARE(p.iamEndpoint, iam);
        QCOMPARE(p.authMode, c.mode);
    }

    void refusedNamingTheLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("mentions");
        const QByteArray keys = "ak = " + kAk + "\nsk = " + kSk + "\n";
        QTest::newRow("unknown section") << "[default]\n" + keys << 1 << u"[basic] or [global]"_s;
        QTest::newRow("unknown key (a typo keeps nothing silently)")
            << "[basic]\n" + keys + "secret_key = " + kSk + "\n" << 4 << u"unknown key"_s;
        QTest::newRow("a secret alone on a line") << "[basic]\nak = " + kAk + "\n" + kSk + "\n" << 3 << u"key = value"_s;
        QTest::newRow("key before any section") << keys << 1 << u"before the first section"_s;
        QTest::newRow("key twice") << "[basic]\n" + keys + "ak = " + kAk + "\n" << 4 << u"second time"_s;
        QTest::newRow("section twice") << "[basic]\n" + keys + "[basic]\n" + keys << 4 << u"first on line 1"_s;
        QTest::newRow("no sk") << "[basic]\nak = " + kAk + "\n[global]\n" + keys << 1 << u"both ak and sk"_s;
        QTest::newRow("last section without ak") << "[global]\nsk = " + kSk + "\n" << 1 << u"both ak and sk"_s;
        QTest::newRow("empty value") << "[basic]\n" + keys + "project_id =\n" << 4 << u"no value"_s;
        QTest::newRow("malformed project id") << "[basic]\n" + keys + "project_id = 1234\n" << 4 << u"32 characters"_s;
        QTest::newRow("space inside a value") << "[basic]\nak = SMSC TESTAK\nsk = " + kSk + "\n" << 2 << u"space"_s;
        QTest::newRow("escape inside a value") << "[basic]\nak = " + kAk + "\x1b[2J\nsk = " + kSk + "\n" << 2 << u"control"_s;
        QTest::newRow("unclosed section") << "[basic\n" + keys << 1 << u"[basic] or [global]"_s;
    }
    void refusedNamingTheLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, mentions);
        const Outcome<SdkCredentialsFile> file = SdkCredentialsFile::parse(text, u"/home/u/.huaweicloud/credentials"_s);
        QVERIFY(!file.ok());
        QCOMPARE(file.failure().line, line);
        QVERIFY2(file.error().startsWith(u"/home/u/.huaweicloud/credentials, line %1: "_s.arg(line)), qPrintable(file.error()));
        QVERIFY2(file.error().contains(mentions), qPrintable(file.error()));
        for (const QByteArray &secret : {kAk, kSk, QByteArray("SMSC TESTAK")})
            QVERIFY2(!file.error().contains(QString::fromUtf8(secret)), qPrintable(file.error()));
    }

    void refusedWholeFile_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QByteArray() << u"no [basic] or [global]"_s;
        QTest::newRow("comments only") << QByteArray("# nothing\n") << u"no [basic] or [global]"_s;
        QTest::newRow("not UTF-8") << QByteArray("[basic]\nak = \xff\xfe\n") << u"UTF-8"_s;
        QTest::newRow("NUL byte") << QByteArray("[basic]\nak = a\0b\n", 16) << u"UTF-8"_s;
        QTest::newRow("too large") << QByteArray(SdkCredentialsFile::kMaxBytes + 1, '#') << u"64 KiB"_s;
    }
    void refusedWholeFile()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, mentions);
        const Outcome<SdkCredentialsFile> file = SdkCredentialsFile::parse(text);
        QVERIFY(!file.ok());
        QVERIFY2(file.error().contains(mentions), qPrintable(file.error()));
        QCOMPARE(file.failure().line, 0);
    }

    void sectionChoice()
    {
        const QByteArray keys = "ak = " + kAk + "\nsk = " + kSk + "\n";
        const Outcome<SdkCredentialsFile> both = SdkCredentialsFile::parse("[basic]\n" + keys + "[global]\n" + keys, u"F"_s);
        QVERIFY(both.ok());
        const Outcome<SdkCredentialsSection> unspecified = both.value().section({});
        QVERIFY(!unspecified.ok());
        QVERIFY(unspecified.error().contains(u"[basic]"_s) && unspecified.error().contains(u"[global]"_s));
        QCOMPARE(both.value().section(u"global"_s).value().name, u"global"_s);
        QCOMPARE(both.value().section(u"BASIC"_s).value().name, u"basic"_s);
        QVERIFY(!both.value().section(u"default"_s).ok());
        const Outcome<SdkCredentialsFile> one = SdkCredentialsFile::parse("[global]\n" + keys);
        QCOMPARE(one.value().section(u"basic"_s).kind(), FailureKind::NotFound);
    }

    void defaultPathAsTheSdks()
    {
        QProcessEnvironment env;
        env.insert(u"HOME"_s, u"/home/u"_s);
        QCOMPARE(SdkCredentialsFile::defaultPath(env), u"/home/u/.huaweicloud/credentials"_s);
        env.insert(u"HUAWEICLOUD_SDK_CREDENTIALS_FILE"_s, u"/etc/sdk/creds"_s);
        QCOMPARE(SdkCredentialsFile::defaultPath(env), u"/etc/sdk/creds"_s);
    }

    void readsAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"credentials"_s);
        QCOMPARE(SdkCredentialsFile::read(path).kind(), FailureKind::NotFound);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[global]\nak = " + kAk + "\nsk = " + kSk + "\n");
        f.close();
        const Outcome<SdkCredentialsFile> file = SdkCredentialsFile::read(path);
        QVERIFY2(file.ok(), qPrintable(file.error()));
        QCOMPARE(file.value().path(), path);
    }
};

QTEST_GUILESS_MAIN(TestSdkCredentialsFile)
#include "tst_sdkcredentialsfile.moc"
