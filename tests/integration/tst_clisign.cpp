#include "CliTestHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

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
        QFile file(QStringLiteral(SMSC_TEST_DATA_DIR "/signing-vectors.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray cases = QJsonDocument::fromJson(file.readAll())[u"cases"_qs].toArray();
        for (const QJsonValue &c : cases) {
            if (c[u"quirk"_qs].isNull())
                QTest::newRow(qPrintable(c[u"id"_qs].toString() + u' ' + c[u"description"_qs].toString())) << c.toObject();
        }
    }
    void signMatchesTheOfficialVectors()
    {
        QFETCH(QJsonObject, vector);
        const QJsonObject in = vector[u"input"_qs].toObject();
        const QJsonObject expected = vector[u"output"_qs].toObject();
        QString url = in[u"scheme"_qs].toString() + u"://"_qs + in[u"host"_qs].toString();
        for (const QString &segment : in[u"path"_qs].toString().split(QLatin1Char('/')).mid(1))
            url += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(segment));
        QStringList pairs;
        for (const QJsonValue &pair : in[u"query"_qs].toArray())
            pairs << QString::fromLatin1(QUrl::toPercentEncoding(pair[0].toString()) + '=' + QUrl::toPercentEncoding(pair[1].toString()));
        if (!pairs.isEmpty())
            url += u'?' + pairs.join(u'&');
        QStringList args{u"sign"_qs, u"--method"_qs, in[u"method"_qs].toString(), u"--url"_qs, url,
                         u"--date"_qs, in[u"date"_qs].toString(), u"--json"_qs};
        const QJsonObject headers = in[u"headers"_qs].toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            args << u"--header"_qs << it.key() + u": "_qs + it.value().toString();
        if (!in[u"body"_qs].toString().isEmpty())
            args << u"--body-file"_qs << writeFile(m_work->filePath(u"body"_qs), in[u"body"_qs].toString().toUtf8());
        QProcessEnvironment env;
        env.insert(u"CLOUD_SDK_AK"_qs, in[u"ak"_qs].toString());
        env.insert(u"CLOUD_SDK_SK"_qs, in[u"sk"_qs].toString());
        const CliResult r = m_cli.run(args, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!r.out.contains(in[u"sk"_qs].toString().toUtf8()));
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.keys().size(), 4);
        QCOMPARE(o[u"canonical_request"_qs].toString(), expected[u"canonical_request"_qs].toString());
        QCOMPARE(o[u"string_to_sign"_qs].toString(), expected[u"string_to_sign"_qs].toString());
        QCOMPARE(o[u"signed_headers"_qs].toString(), expected[u"signed_headers"_qs].toString());
        QCOMPARE(o[u"authorization"_qs].toString(), expected[u"authorization"_qs].toString());
    }

    void signTextNamesEveryPartAndNeverTheSk()
    {
        QProcessEnvironment env = akSkEnvironment();
        env.insert(u"CLOUD_SDK_SECURITY_TOKEN"_qs, kTestSecurityToken);
        const CliResult r = m_cli.run({u"sign"_qs, u"--method"_qs, u"GET"_qs, u"--url"_qs, u"https://sms.example/v3/tasks?limit=1"_qs}, env);
        VERIFY_NO_SECRET(r);
        QCOMPARE(r.exitCode, 0);
        for (const char *part : {"Canonical request:", "String to sign:", "Signed headers: host;x-sdk-date;x-security-token",
                                 "Authorization: SDK-HMAC-SHA256 Access=SMSCTESTAK0000000001"})
            QVERIFY2(r.out.contains(part), part);
    }

    void signWithoutKeysIsExit6()
    {
        const CliResult r = m_cli.run({u"sign"_qs, u"--method"_qs, u"GET"_qs, u"--url"_qs, u"https://sms.example/"_qs});
        QCOMPARE(r.exitCode, 6);
        QCOMPARE(r.errLines().size(), 1);
    }

    void helpAndVersion_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("--help lists the commands") << QStringList{u"--help"_qs} << u"profile"_qs;
        QTest::newRow("export --help") << QStringList{u"export"_qs, u"--help"_qs} << u"--output-dir"_qs;
        QTest::newRow("sign --help") << QStringList{u"sign"_qs, u"--help"_qs} << u"--body-file"_qs;
        QTest::newRow("profile set --help") << QStringList{u"profile"_qs, u"set"_qs, u"--help"_qs} << u"--from-env"_qs;
        QTest::newRow("--version") << QStringList{u"--version"_qs} << QStringLiteral(SMSC_VERSION);
        // help2man builds the man page from these texts: each lists how to get help and the version.
        const QStringList everyHelp[] = {{u"--help"_qs}, {u"export"_qs, u"--help"_qs}, {u"sign"_qs, u"--help"_qs},
                                         {u"profile"_qs, u"--help"_qs}, {u"profile"_qs, u"set"_qs, u"--help"_qs},
                                         {u"list-servers"_qs, u"--help"_qs}, {u"list-tasks"_qs, u"--help"_qs},
                                         {u"decode"_qs, u"--help"_qs}, {u"whoami"_qs, u"--help"_qs}};
        for (const QStringList &help : everyHelp) {
            const QString row = help.join(u' ');
            QTest::newRow(qPrintable(row + u" lists -h, --help"_qs)) << help << u"-h, --help"_qs;
            QTest::newRow(qPrintable(row + u" lists -v, --version"_qs)) << help << u"-v, --version"_qs;
        }
        for (const QString &command : {u"export"_qs, u"sign"_qs, u"profile"_qs, u"whoami"_qs})
            QTest::newRow(qPrintable(command + u" --version"_qs)) << QStringList{command, u"--version"_qs}
                                                                  << QStringLiteral(SMSC_VERSION);
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
        const CliResult r = m_cli.run({u"exprot"_qs});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("exprot"));
    }
};

QTEST_GUILESS_MAIN(TestCliSign)
#include "tst_clisign.moc"
