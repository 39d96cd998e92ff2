// The account subcommands of sms-consistency-cli (list-servers, list-tasks, decode, whoami) run
// in-process through CliApplication against the loopback server; credentials come from the
// environment only (issue 4 §1-§5).
#include "AccountFixtures.h"
#include "CliApplication.h"
#include "Command.h"
#include "Console.h"
#include "ExitCode.h"
#include "ExportHistory.h"
#include "RowValidator.h"
#include "RowsFile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace smsc;
using namespace smsc::test;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

QString readAll(std::FILE *file)
{
    std::fflush(file);
    std::rewind(file);
    QByteArray bytes;
    char buffer[4096];
    size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0)
        bytes.append(buffer, qsizetype(n));
    return QString::fromUtf8(bytes);
}

} // namespace

class TestAccountCli final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(ExportHistory::defaultPath());
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_secrets = fakeSecrets();
        QCOMPARE(m_secrets.size(), 3);
    }
    void init() { QVERIFY(m_server.reset()); }
    void cleanup();

    void listServersAsJsonPagesThroughAll();
    void listServersTableWithFilters();
    void listTasksRowsOutIsAcceptedByExport();
    void listServersRowsOutLeavesOutServersWithoutTask();
    void listResolvesTheAccountId();
    void decodeFromA403Body();
    void decodeAllowAsJson();
    void decodeRefusedByStsNamesThePermission();
    void whoami();
    void gatewayEchoPrintsTheComparison();
    void clockOffsetAuto();
    void exportClockOffsetAutoAndHistory();
    void exportPrintsTheComparisonOnAGatewayEcho();

private:
    CliRun run(const QStringList &arguments, bool https = true);

    LoopbackServer m_server;
    QNetworkAccessManager m_network;
    QStringList m_secrets;
    QTemporaryDir m_dir;
    QList<CliRun> m_runs;
};

CliRun TestAccountCli::run(const QStringList &arguments, bool https)
{
    std::FILE *out = std::tmpfile();
    std::FILE *err = std::tmpfile();
    CliRun result;
    {
        cli::Console console(out, err);
        QProcessEnvironment env;
        env.insert(u"CLOUD_SDK_AK"_qs, kTestAk);
        env.insert(u"CLOUD_SDK_SK"_qs, kTestSk);
        const QUrl base = https ? m_server.httpsUrl() : m_server.httpUrl();
        cli::CommandContext context{&console, &m_network, nullptr, nullptr, env};
        cli::CliApplication app(context);
        QSignalSpy finished(&app, &cli::CliApplication::finished);
        QStringList all{u"sms-consistency-cli"_qs};
        all << arguments.value(0) << u"--endpoint"_qs << base.toString() << u"--sts-endpoint"_qs << base.toString()
            << u"--iam-endpoint"_qs << base.toString()
            << u"--ca-file"_qs << m_server.caFile() << u"--proxy"_qs << u"none"_qs << arguments.mid(1);
        app.start(all);
        if (finished.wait(60'000))
            result.exitCode = finished.first().first().toInt();
    }
    result.out = readAll(out);
    result.err = readAll(err);
    std::fclose(out);
    std::fclose(err);
    m_runs << result;
    return result;
}

void TestAccountCli::cleanup()
{
    for (const CliRun &r : std::as_const(m_runs)) {
        for (const QString &secret : std::as_const(m_secrets))
            QVERIFY2(!r.out.contains(secret) && !r.err.contains(secret), "a fake secret reached the CLI output");
    }
    m_runs.clear();
}

void TestAccountCli::listServersAsJsonPagesThroughAll()
{
    const CliRun r = run({u"list-servers"_qs, u"--domain-id"_qs, kTestDomainId, u"--json"_qs});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = r.json();
    QCOMPARE(json.value(u"ok"_qs).toBool(), true);
    QCOMPARE(json.value(u"count"_qs).toInt(), 450);
    QCOMPARE(json.value(u"servers"_qs).toArray().size(), 450);
    const QJsonArray requests = m_server.requests(u"/v3/sources"_qs);
    QCOMPARE(requests.size(), 3);
    for (const QJsonValue &v : requests)
        QCOMPARE(v.toObject().value(u"signature_ok"_qs).toBool(), true);
}

void TestAccountCli::listServersTableWithFilters()
{
    const CliRun r = run({u"list-servers"_qs, u"--domain-id"_qs, kTestDomainId, u"--name"_qs, u"数据库"_qs,
                          u"--with-results"_qs}, false);
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 1 + 15);  // header + i%10==7 and i%3==0
    QVERIFY(lines.first().startsWith(u"ID"_qs));
    const int ipColumn = int(lines.first().indexOf(u"IP"_qs));
    for (const QString &line : lines.mid(1)) {
        QVERIFY2(line.contains(u"数据库-"_qs), qPrintable(line));
        // Every name is 7 wide characters' worth of columns: the IP column starts at the same place.
        QCOMPARE(line.indexOf(u"10.0."_qs) + 3, ipColumn);  // 数据库 counts 3 characters but 6 columns
    }
    const QJsonObject record = m_server.requests(u"/v3/sources"_qs).first().toObject();
    QCOMPARE(recordedQuery(record).value(u"name"_qs), u"数据库"_qs);
    QCOMPARE(recordedQuery(record).value(u"is_consistency_result_exist"_qs), u"true"_qs);
}

void TestAccountCli::listTasksRowsOutIsAcceptedByExport()
{
    const QString rowsFile = m_dir.filePath(u"ready.csv"_qs);
    const CliRun r = run({u"list-tasks"_qs, u"--domain-id"_qs, kTestDomainId, u"--state"_qs, u"READY"_qs,
                          u"--rows-out"_qs, rowsFile});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.contains(u"Wrote 75 rows"_qs));
    const RowsFileResult read = RowsFile::read(rowsFile);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.rows.size(), 75);
    QVERIFY(RowValidator::validate(read.rows).ok());
    QCOMPARE(read.rows.first(), (TaskRow{u"7a000000-0000-4000-8000-000000000000"_qs,
                                          u"5e000000-0000-4000-8000-000000000000"_qs, u"srv-000"_qs}));
}

void TestAccountCli::listServersRowsOutLeavesOutServersWithoutTask()
{
    const QString rowsFile = m_dir.filePath(u"all.csv"_qs);
    const CliRun r = run({u"list-servers"_qs, u"--domain-id"_qs, kTestDomainId, u"--rows-out"_qs, rowsFile});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(u"9 servers have no migration task"_qs), qPrintable(r.err));
    QVERIFY(r.err.contains(u"at most 200"_qs));
    const RowsFileResult read = RowsFile::read(rowsFile);
    QCOMPARE(read.rows.size(), 441);
    const auto db = std::find_if(read.rows.cbegin(), read.rows.cend(),
                                 [](const TaskRow &row) { return row.sourceName == u"db+cache-011"_qs; });
    QVERIFY(db != read.rows.cend());
}

void TestAccountCli::listResolvesTheAccountId()
{
    const CliRun r = run({u"list-tasks"_qs, u"--name"_qs, u"task-44"_qs, u"--json"_qs});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(u"count"_qs).toInt(), 10);
    QCOMPARE(m_server.requests(u"/v3/auth/domains"_qs).size(), 1);
    QCOMPARE(m_server.requests(u"/v3/tasks"_qs).first().toObject().value(u"signature_ok"_qs).toBool(), true);

    // Neither IAM nor STS gives it: the failure says why, and no list call is made.
    QVERIFY(m_server.setScenario(u"/v3/auth/domains"_qs, {{u"name"_qs, u"empty_list"_qs}}));
    QVERIFY(m_server.setScenario(u"/v5/caller-identity"_qs, {{u"name"_qs, u"denied"_qs}}));
    const CliRun failed = run({u"list-servers"_qs});
    QVERIFY(failed.exitCode != 0);
    QVERIFY(!failed.err.isEmpty());
    QVERIFY(m_server.requests(u"/v3/sources"_qs).isEmpty());
}

void TestAccountCli::decodeFromA403Body()
{
    const QString file = m_dir.filePath(u"denial.json"_qs);
    QFile body(file);
    QVERIFY(body.open(QIODevice::WriteOnly));
    body.write(QJsonDocument(QJsonObject{{u"error_code"_qs, u"SMS.0204"_qs},
                                         {u"encoded_authorization_message"_qs, m_server.encodedMessage(false)}})
                   .toJson());
    body.close();
    const CliRun r = run({u"decode"_qs, file});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"explicit Deny"_qs), qPrintable(r.out));
    QVERIFY(r.out.contains(u"Action: sms:server:getBatchConsistencyResults"_qs));
    QVERIFY(r.out.contains(u"DenySmsExport"_qs));
}

void TestAccountCli::decodeAllowAsJson()
{
    const QString file = m_dir.filePath(u"allow.txt"_qs);
    QFile message(file);
    QVERIFY(message.open(QIODevice::WriteOnly));
    message.write(m_server.encodedMessage(true).toUtf8() + "\n");
    message.close();
    const CliRun r = run({u"decode"_qs, file, u"--json"_qs}, false);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(u"allowed"_qs).toBool(), true);
    QCOMPARE(r.json().value(u"matched_statements"_qs).toArray().first().toObject().value(u"statement_id"_qs).toString(),
             u"AllowSmsExport"_qs);
}

void TestAccountCli::decodeRefusedByStsNamesThePermission()
{
    QVERIFY(m_server.setScenario(u"/v5/decode-authorization-message"_qs, {{u"name"_qs, u"denied"_qs}}));
    const QString file = m_dir.filePath(u"deny.txt"_qs);
    QFile message(file);
    QVERIFY(message.open(QIODevice::WriteOnly));
    message.write(m_server.encodedMessage(false).toUtf8());
    message.close();
    const CliRun r = run({u"decode"_qs, file});
    QCOMPARE(r.exitCode, int(cli::Rejected));
    QVERIFY2(r.err.contains(u"decode-authorization-message permission"_qs), qPrintable(r.err));
}

void TestAccountCli::whoami()
{
    const CliRun r = run({u"whoami"_qs});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"IAM user: smsc-tester"_qs), qPrintable(r.out));
    QVERIFY(r.out.contains(u"X-Domain-Id: %1"_qs.arg(kTestDomainId)));
    QVERIFY(r.out.contains(u"sms:server:listTask"_qs));
    const CliRun json = run({u"whoami"_qs, u"--json"_qs, u"--domain-id"_qs, u"ffff0000ffff0000ffff0000ffff0000"_qs});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.json().value(u"account_id"_qs).toString(), kTestDomainId);
    QVERIFY(json.err.contains(u"not the account these credentials belong to"_qs));
}

void TestAccountCli::gatewayEchoPrintsTheComparison()
{
    QVERIFY(m_server.setScenario(u"/v3/sources"_qs, {{u"name"_qs, u"gateway_echo"_qs}, {u"tamper"_qs, u"path_slash"_qs}}));
    const CliRun r = run({u"list-servers"_qs, u"--domain-id"_qs, kTestDomainId});
    QCOMPARE(r.exitCode, int(cli::Rejected));
    QVERIFY2(r.err.contains(u"First difference: line 2 (canonical URI)"_qs), qPrintable(r.err));
    QVERIFY(r.err.contains(u"trailing slash"_qs));
    QVERIFY(r.err.contains(u"Request id: "_qs));

    QVERIFY(m_server.setScenario(u"/v3/sources"_qs, {{u"name"_qs, u"gateway_echo"_qs}, {u"tamper"_qs, u"query_encoding"_qs}}));
    const CliRun json = run({u"list-servers"_qs, u"--domain-id"_qs, kTestDomainId, u"--name"_qs, u"web server"_qs,
                             u"--json"_qs});
    const QJsonObject comparison = json.json().value(u"canonical_request_comparison"_qs).toObject();
    QCOMPARE(comparison.value(u"first_differing_line"_qs).toInt(), 3);
    QCOMPARE(comparison.value(u"cause"_qs).toString(), u"query_encoding"_qs);
}

void TestAccountCli::clockOffsetAuto()
{
    m_server.setConfig({{u"date_offset_seconds"_qs, 1200}});
    const CliRun plain = run({u"whoami"_qs});
    QCOMPARE(plain.exitCode, int(cli::Rejected));
    QVERIFY2(plain.err.contains(u"--clock-offset auto"_qs), qPrintable(plain.err));
    QCOMPARE(m_server.requests(u"/v5/caller-identity"_qs).size(), 1);

    const CliRun fixed = run({u"whoami"_qs, u"--clock-offset"_qs, u"auto"_qs});
    QCOMPARE(fixed.exitCode, 0);
    QVERIFY(fixed.err.contains(u"behind"_qs));
    QCOMPARE(m_server.requests(u"/v5/caller-identity"_qs).size(), 3);

    const CliRun list = run({u"list-tasks"_qs, u"--domain-id"_qs, kTestDomainId, u"--name"_qs, u"task-01"_qs,
                             u"--clock-offset"_qs, u"1200"_qs, u"--json"_qs});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.json().value(u"count"_qs).toInt(), 10);

    const CliRun bad = run({u"whoami"_qs, u"--clock-offset"_qs, u"soon"_qs});
    QCOMPARE(bad.exitCode, int(cli::Usage));
}

void TestAccountCli::exportClockOffsetAutoAndHistory()
{
    m_server.setConfig({{u"date_offset_seconds"_qs, 1200}});
    const QString out = m_dir.filePath(u"exports"_qs);
    QVERIFY(QDir().mkpath(out));
    const QStringList exportArgs{u"export"_qs, u"--domain-id"_qs, kTestDomainId, u"--row"_qs, u"t1,s1,name one"_qs,
                                 u"--output-dir"_qs, out, u"--force"_qs};
    const CliRun plain = run(exportArgs);
    QCOMPARE(plain.exitCode, int(cli::Rejected));
    QVERIFY2(plain.err.contains(u"--clock-offset auto"_qs), qPrintable(plain.err));
    QCOMPARE(m_server.requests(smsc::test::kExportPath).size(), 1);

    const CliRun fixed = run(exportArgs + QStringList{u"--clock-offset"_qs, u"auto"_qs});
    QCOMPARE(fixed.exitCode, 0);
    QVERIFY(fixed.err.contains(u"Retrying once"_qs));
    const QJsonArray requests = m_server.requests(smsc::test::kExportPath);
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(2).toObject().value(u"signature_ok"_qs).toBool(), true);

    ExportHistory history;
    QCOMPARE(history.load(), QString());
    QVERIFY(history.entries().size() >= 2);
    const HistoryEntry failed = history.entries().at(history.entries().size() - 2);
    const HistoryEntry saved = history.entries().last();
    QCOMPARE(failed.outcome, u"authentication"_qs);
    QCOMPARE(saved.outcome, u"ok"_qs);
    QCOMPARE(saved.requestId, requests.at(2).toObject().value(u"request_id"_qs).toString());
    QCOMPARE(saved.rows, (QList<TaskRow>{{u"t1"_qs, u"s1"_qs, u"name one"_qs}}));
    QVERIFY(QFile::exists(saved.filePath));
    QFile file(history.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    for (const QString &secret : std::as_const(m_secrets))
        QVERIFY2(!written.contains(secret.toUtf8()), "a fake secret reached the history file");
}

void TestAccountCli::exportPrintsTheComparisonOnAGatewayEcho()
{
    QVERIFY(m_server.setScenario(smsc::test::kExportPath, {{u"name"_qs, u"gateway_echo"_qs}, {u"tamper"_qs, u"body_hash"_qs}}));
    const CliRun r = run({u"export"_qs, u"--domain-id"_qs, kTestDomainId, u"--row"_qs, u"t1,s1,n1"_qs,
                          u"--output-dir"_qs, m_dir.path(), u"--json"_qs});
    QCOMPARE(r.exitCode, int(cli::Rejected));
    QVERIFY2(r.err.contains(u"(payload hash)"_qs), qPrintable(r.err));
    QCOMPARE(r.json().value(u"canonical_request_comparison"_qs).toObject().value(u"cause"_qs).toString(),
             u"body_hash"_qs);
}

QTEST_GUILESS_MAIN(TestAccountCli)
#include "tst_accountcli.moc"
