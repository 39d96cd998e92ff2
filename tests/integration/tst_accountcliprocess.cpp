// SPDX-License-Identifier: GPL-3.0-or-later
// The account subcommands through the real sms-consistency-cli executable (QProcess), against the
// loopback server. Credentials only in the child's environment, never on its command line.
#include "AccountFixtures.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace smsc;
using namespace smsc::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

} // namespace

class TestAccountCliProcess final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { QVERIFY(m_server.reset()); }
    void cleanup();
    void cleanupTestCase();

    void listServersJson();
    void listTasksRowsOutThenExportThem();
    void decodeFromStdin();
    void whoamiText();
    void exportClockOffsetAuto();
    void gatewayEchoComparisonOnStderr();

private:
    Run cli(const QStringList &arguments, const QByteArray &input = {});

    LoopbackServer m_server;
    QTemporaryDir m_home;
    QStringList m_secrets;
    QList<Run> m_runs;
    QString m_program;
};

void TestAccountCliProcess::initTestCase()
{
    m_program = QString::fromUtf8(SMSC_BIN_DIR "/sms-consistency-cli");
    QVERIFY2(QFile::exists(m_program), qPrintable(m_program));
    QProcess help;
    help.start(m_program, {u"--help"_s});
    QVERIFY(help.waitForFinished(30'000));
    // A CLI without the account commands is a broken build, not a reason to skip.
    QVERIFY2(help.readAllStandardOutput().contains("list-servers"),
             "sms-consistency-cli --help lists no account commands (main.cpp not wired to CliApplication?)");
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    m_secrets = fakeSecrets();
    QCOMPARE(m_secrets.size(), 3);
}

Run TestAccountCliProcess::cli(const QStringList &arguments, const QByteArray &input)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"CLOUD_SDK_AK"_s, u"CLOUD_SDK_SK"_s, u"CLOUD_SDK_SECURITY_TOKEN"_s,
                                u"CLOUD_SDK_IAM_TOKEN"_s, u"HUAWEICLOUD_SDK_AK"_s, u"HUAWEICLOUD_SDK_SK"_s,
                                u"HUAWEICLOUD_SDK_DOMAIN_ID"_s, u"HUAWEICLOUD_SDK_PROJECT_ID"_s})
        env.remove(name);
    env.insert(u"CLOUD_SDK_AK"_s, kTestAk);
    env.insert(u"CLOUD_SDK_SK"_s, kTestSk);
    env.insert(u"HOME"_s, m_home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    const QString base = m_server.httpsUrl().toString();
    QStringList all{arguments.value(0), u"--endpoint"_s, base, u"--iam-endpoint"_s, base, u"--sts-endpoint"_s, base,
                    u"--ca-file"_s, m_server.caFile(), u"--proxy"_s, u"none"_s};
    all += arguments.mid(1);
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_home.path());
    process.start(m_program, all);
    Run run;
    if (!process.waitForStarted(30'000))
        return run;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120'000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    m_runs << run;
    return run;
}

void TestAccountCliProcess::cleanup()
{
    for (const Run &r : std::as_const(m_runs)) {
        for (const QString &secret : std::as_const(m_secrets))
            QVERIFY2(!r.out.contains(secret) && !r.err.contains(secret), "a fake secret reached the CLI output");
    }
    m_runs.clear();
}

void TestAccountCliProcess::cleanupTestCase()
{
    // The child's HOME: settings, the export history, saved files. None may hold a secret.
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int historyFiles = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        historyFiles += it.fileName() == u"export-history.json" ? 1 : 0;
        for (const QString &secret : std::as_const(m_secrets))
            QVERIFY2(!data.contains(secret.toUtf8()), qPrintable(u"a fake secret reached "_s + it.filePath()));
    }
    QCOMPARE(historyFiles, 1);
}

void TestAccountCliProcess::listServersJson()
{
    const Run r = cli({u"list-servers"_s, u"--json"_s, u"--name"_s, u"web server"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(u"count"_s).toInt(), 45);
    QCOMPARE(m_server.requests(u"/v3/sources"_s).first().toObject().value(u"signature_ok"_s).toBool(), true);
}

void TestAccountCliProcess::listTasksRowsOutThenExportThem()
{
    const QString rows = m_home.filePath(u"ready.csv"_s);
    const Run list = cli({u"list-tasks"_s, u"--state"_s, u"READY"_s, u"--rows-out"_s, rows});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(QFile::exists(rows));
    const Run exported = cli({u"export"_s, u"--rows"_s, rows, u"--output"_s, m_home.filePath(u"out.csv"_s),
                              u"--json"_s});
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(exported.json().value(u"ok"_s).toBool(), true);
    const QJsonObject body = QJsonDocument::fromJson(
        m_server.requests(smsc::test::kExportPath).first().toObject().value(u"body"_s).toString().toUtf8()).object();
    QCOMPARE(body.value(u"task_info"_s).toArray().size(), 75);
}

void TestAccountCliProcess::decodeFromStdin()
{
    const Run r = cli({u"decode"_s}, m_server.encodedMessage(false).toUtf8() + "\n");
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"DenySmsExport"_s), qPrintable(r.out + r.err));
}

void TestAccountCliProcess::whoamiText()
{
    const Run r = cli({u"whoami"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"smsc-tester"_s), qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(kTestDomainId));
}

void TestAccountCliProcess::exportClockOffsetAuto()
{
    m_server.setConfig({{u"date_offset_seconds"_s, 1200}});
    const QStringList args{u"export"_s, u"--domain-id"_s, kTestDomainId, u"--row"_s, u"t1,s1,n1"_s,
                           u"--output"_s, m_home.filePath(u"skew.csv"_s), u"--force"_s};
    QCOMPARE(cli(args).exitCode, 3);
    const Run retried = cli(args + QStringList{u"--clock-offset"_s, u"auto"_s});
    QCOMPARE(retried.exitCode, 0);
    QVERIFY(QFile::exists(m_home.filePath(u"skew.csv"_s)));
}

void TestAccountCliProcess::gatewayEchoComparisonOnStderr()
{
    QVERIFY(m_server.setScenario(u"/v3/tasks"_s, {{u"name"_s, u"gateway_echo"_s}, {u"tamper"_s, u"header_case"_s},
                                                   {u"header"_s, u"x-domain-id"_s}}));
    const Run r = cli({u"list-tasks"_s, u"--domain-id"_s, kTestDomainId});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(u"\"x-domain-id\" differs in letter case"_s), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestAccountCliProcess)
#include "tst_accountcliprocess.moc"
