// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTestHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

using namespace smsc::test;

//! `sign` against the official vectors, and help / version / usage of the CLI as a whole.
class TestCliSign final : public QObject
{
    Q_OBJECT
private:
    CliRunner m_cli;
    std::unique_ptr<QTemporaryDir> m_work;  // fresh per test: input files

private slots:
    void initTestCase() { QVERIFY2(QFileInfo(CliRunner::program()).isExecutable(), qPrintable(CliRunner::program())); }
    void init() { m_work = std::make_unique<QTemporaryDir>(); }

    void signMatchesTheOfficialVectors_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        QFile file(QString::fromUtf8(SMSC_TEST_DATA_DIR "/signing-vectors.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray cases = QJsonDocument::fromJson(file.readAll())[u"cases"_s].toArray();
        for (const QJsonValue &c : cases) {
            if (c[u"quirk"_s].isNull())
                QTest::newRow(qPrintable(c[u"id"_s].toString() + u' ' + c[u"description"_s].toString())) << c.toObject();
        }
    }
    void signMatchesTheOfficialVectors()
    {
        QFETCH(QJsonObject, vector);
        const QJsonObject in = vector[u"input"_s].toObject();
        const QJsonObject expected = vector[u"output"_s].toObject();
        QString url = in[u"scheme"_s].toString() + u"://"_s + in[u"host"_s].toString();
        for (const QString &segment : in[u"path"_s].toString().split(QLatin1Char('/')).mid(1))
            url += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(segment));
        QStringList pairs;
        for (const QJsonValue &pair : in[u"query"_s].toArray())
            pairs << QString::fromLatin1(QUrl::toPercentEncoding(pair[0].toString()) + '=' + QUrl::toPercentEncoding(pair[1].toString()));
        if (!pairs.isEmpty())
            url += u'?' + pairs.join(u'&');
        QStringList args{u"sign"_s, u"--method"_s, in[u"method"_s].toString(), u"--url"_s, url,
                         u"--date"_s, in[u"date"_s].toString(), u"--json"_s};
        const QJsonObject headers = in[u"headers"_s].toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            args << u"--header"_s << it.key() + u": "_s + it.value().toString();
        if (!in[u"body"_s].toString().isEmpty())
            args << u"--body-file"_s << writeFile(m_work->filePath(u"body"_s), in[u"body"_s].toString().toUtf8());
        QProcessEnvironment env;
        env.insert(u"CLOUD_SDK_AK"_s, in[u"ak"_s].toString());
        env.insert(u"CLOUD_SDK_SK"_s, in[u"sk"_s].toString());
        const CliResult r = m_cli.run(args, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!r.out.contains(in[u"sk"_s].toString().toUtf8()));
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.keys().size(), 4);
        QCOMPARE(o[u"canonical_request"_s].toString(), expected[u"canonical_request"_s].toString());
        QCOMPARE(o[u"string_to_sign"_s].toString(), expected[u"string_to_sign"_s].toString());
        QCOMPARE(o[u"signed_headers"_s].toString(), expected[u"signed_headers"_s].toString());
        QCOMPARE(o[u"authorization"_s].toString(), expected[u"authorization"_s].toString());
    }

    void signTextNamesEveryPartAndNeverTheSk()
    {
        QProcessEnvironment env = akSkEnvironment();
        env.insert(u"CLOUD_SDK_SECURITY_TOKEN"_s, kTestSecurityToken);
        const CliResult r = m_cli.run({u"sign"_s, u"--method"_s, u"GET"_s, u"--url"_s, u"https://sms.example/v3/tasks?limit=1"_s}, env);
        VERIFY_NO_SECRET(r);
        QCOMPARE(r.exitCode, 0);
        for (const char *part : {"Canonical request:", "String to sign:", "Signed headers: host;x-sdk-date;x-security-token",
                                 "Authorization: SDK-HMAC-SHA256 Access=SMSCTESTAK0000000001"})
            QVERIFY2(r.out.contains(part), part);
    }

    // One header given twice (in any letter case) is refused: the request sent could carry only one
    // of them, so no gateway would compute the canonical request printed (found by fuzz_sign).
    void repeatedHeaderIsUsage()
    {
        const CliResult r = m_cli.run({u"sign"_s, u"--method"_s, u"GET"_s, u"--url"_s, u"https://sms.example/"_s,
                                       u"--header"_s, u"X-A: 1"_s, u"--header"_s, u"x-a: 2"_s}, akSkEnvironment());
        VERIFY_NO_SECRET(r);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("x-a"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void signWithoutKeysIsExit6()
    {
        const CliResult r = m_cli.run({u"sign"_s, u"--method"_s, u"GET"_s, u"--url"_s, u"https://sms.example/"_s});
        QCOMPARE(r.exitCode, 6);
        QCOMPARE(r.errLines().size(), 1);
    }

    void signRefusesWhatNoGatewayCouldReceive_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("named");
        const QString url = u"https://sms.example/v3/tasks"_s;
        QTest::newRow("CR in a header value") << QStringList{u"--header"_s, u"X-Evil: a\rb"_s} << url << QByteArray("X-Evil");
        QTest::newRow("LF in a header value") << QStringList{u"--header"_s, u"X-Evil: a\nHost: other"_s} << url
                                              << QByteArray("X-Evil");
        QTest::newRow("CRLF in a header value") << QStringList{u"--header"_s, u"X-Evil: a\r\nb"_s} << url
                                                << QByteArray("X-Evil");
        QTest::newRow("space in a header name") << QStringList{u"--header"_s, u"X Evil: v"_s} << url << QByteArray("X Evil");
        QTest::newRow("percent-escape not UTF-8 in a query key") << QStringList{} << u"https://sms.example/v3?k%FF=1"_s
                                                                 << QByteArray("k%FF");
        QTest::newRow("percent-escape not UTF-8 in a query value") << QStringList{}
                                                                   << u"https://sms.example/v3?a=1&name=x%C3"_s
                                                                   << QByteArray("name");
        QTest::newRow("percent-escape not UTF-8 in the path") << QStringList{} << u"https://sms.example/v3/%FE%FF"_s
                                                              << QByteArray("/v3/%FE%FF");
    }
    void signRefusesWhatNoGatewayCouldReceive()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, url);
        QFETCH(QByteArray, named);
        for (const bool json : {false, true}) {
            QStringList args{u"sign"_s, u"--method"_s, u"GET"_s, u"--url"_s, url};
            args += extra;
            if (json)
                args << u"--json"_s;
            const CliResult r = m_cli.run(args, akSkEnvironment());
            QCOMPARE(r.exitCode, 2);
            QVERIFY2((json ? r.out : r.err).contains(named), QByteArray(r.out + r.err).constData());
            QVERIFY2(!r.out.contains("Authorization") && !r.out.contains("authorization\""), r.out.constData());
        }
    }

    void signedHostAndQueryFollowTheGateway_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("canonicalLine");
        QTest::newRow("IPv6 literal keeps its brackets and port") << u"https://[::1]:8443/v3/tasks"_s
                                                                  << QByteArray("host:[::1]:8443");
        QTest::newRow("IPv6 on the default port") << u"https://[2001:db8::1]:443/v3/tasks"_s
                                                  << QByteArray("host:[2001:db8::1]");
        QTest::newRow("internationalised host as punycode") << u"https://bücher.example/v3/tasks"_s
                                                            << QByteArray("host:xn--bcher-kva.example");
        QTest::newRow("empty query parts dropped") << u"https://sms.example/v3/tasks?a=1&&b=2&"_s
                                                   << QByteArray("\na=1&b=2\n");
        QTest::newRow("only empty parts: empty query line") << u"https://sms.example/v3/tasks?&&"_s
                                                            << QByteArray("/v3/tasks/\n\n");
        QTest::newRow("key without value stays k=") << u"https://sms.example/v3/tasks?flag&b=%E8%BF%81"_s
                                                    << QByteArray("\nb=%E8%BF%81&flag=\n");
    }
    void signedHostAndQueryFollowTheGateway()
    {
        QFETCH(QString, url);
        QFETCH(QByteArray, canonicalLine);
        const CliResult r = m_cli.run({u"sign"_s, u"--method"_s, u"GET"_s, u"--url"_s, url, u"--json"_s,
                                       u"--date"_s, u"20250314T092653Z"_s}, akSkEnvironment());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray canonical = QJsonDocument::fromJson(r.out)[u"canonical_request"_s].toString().toUtf8();
        QVERIFY2(canonical.contains(canonicalLine), canonical.constData());
    }

    void bodyFileIsBoundedInSizeAndTime_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("/dev/zero: endless device") << u"zero"_s << QByteArray("larger than");
        QTest::newRow("regular file over the limit") << u"large"_s << QByteArray("larger than");
        QTest::newRow("FIFO nobody writes to") << u"fifo"_s << QByteArray("did not end");
        QTest::newRow("a folder") << u"folder"_s << QByteArray("folder");
    }
    void bodyFileIsBoundedInSizeAndTime()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, says);
        QString path = u"/dev/zero"_s;
        if (kind == u"large") {
            path = m_work->filePath(u"large"_s);
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(10 * 1024 * 1024 + 1));  // sparse: no 10 MiB written
        } else if (kind == u"fifo") {
            path = m_work->filePath(u"fifo"_s);
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        } else if (kind == u"folder") {
            path = m_work->path();
        }
        const CliResult r = m_cli.run({u"sign"_s, u"--method"_s, u"POST"_s, u"--url"_s, u"https://sms.example/v3"_s,
                                       u"--body-file"_s, path}, akSkEnvironment());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(says) && r.err.contains(QFile::encodeName(path)), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void bodyFileFromAFifoWithAWriterIsSigned()
    {
        const QString path = m_work->filePath(u"fifo"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        QProcess writer;  // writes the body into the FIFO and closes it
        writer.start(u"/bin/sh"_s, {u"-c"_s, u"printf '{\"a\":1}' > \"$0\""_s, path});
        QVERIFY(writer.waitForStarted());
        const CliResult r = m_cli.run({u"sign"_s, u"--method"_s, u"POST"_s, u"--url"_s, u"https://sms.example/v3"_s,
                                       u"--body-file"_s, path, u"--json"_s}, akSkEnvironment());
        QVERIFY(writer.waitForFinished());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // SHA-256 of {"a":1}
        QVERIFY(QJsonDocument::fromJson(r.out)[u"canonical_request"_s].toString().endsWith(
            QString::fromLatin1(QCryptographicHash::hash("{\"a\":1}", QCryptographicHash::Sha256).toHex())));
    }

    void helpAndVersion_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("--help lists the commands") << QStringList{u"--help"_s} << u"profile"_s;
        QTest::newRow("export --help") << QStringList{u"export"_s, u"--help"_s} << u"--output-dir"_s;
        QTest::newRow("sign --help") << QStringList{u"sign"_s, u"--help"_s} << u"--body-file"_s;
        QTest::newRow("profile set --help") << QStringList{u"profile"_s, u"set"_s, u"--help"_s} << u"--from-env"_s;
        QTest::newRow("--version") << QStringList{u"--version"_s} << QString::fromUtf8(SMSC_VERSION);
        // help2man builds the man page from these texts: each lists how to get help and the version.
        const QStringList everyHelp[] = {{u"--help"_s}, {u"export"_s, u"--help"_s}, {u"sign"_s, u"--help"_s},
                                         {u"profile"_s, u"--help"_s}, {u"profile"_s, u"set"_s, u"--help"_s},
                                         {u"list-servers"_s, u"--help"_s}, {u"list-tasks"_s, u"--help"_s},
                                         {u"decode"_s, u"--help"_s}, {u"whoami"_s, u"--help"_s}};
        for (const QStringList &help : everyHelp) {
            const QString row = help.join(u' ');
            QTest::newRow(qPrintable(row + u" lists -h, --help"_s)) << help << u"-h, --help"_s;
            QTest::newRow(qPrintable(row + u" lists -v, --version"_s)) << help << u"-v, --version"_s;
        }
        for (const QString &command : {u"export"_s, u"sign"_s, u"profile"_s, u"whoami"_s})
            QTest::newRow(qPrintable(command + u" --version"_s)) << QStringList{command, u"--version"_s}
                                                                  << QString::fromUtf8(SMSC_VERSION);
    }
    void helpAndVersion()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const CliResult r = m_cli.run(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(mentions.toUtf8()), r.out.constData());
    }

    void unknownCommandIsUsage()
    {
        const CliResult r = m_cli.run({u"exprot"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("exprot"));
    }
};

QTEST_GUILESS_MAIN(TestCliSign)
#include "tst_clisign.moc"
