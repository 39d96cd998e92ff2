// SPDX-License-Identifier: GPL-3.0-or-later
// The account subcommands of sms-consistency-cli (list-servers, list-tasks, decode, whoami) run
// in-process through CliApplication against the loopback server; credentials come from the
// environment only.
#include "AccountFixtures.h"
#include "CliApplication.h"
#include "commands/Command.h"
#include "export/ExportHistory.h"
#include "output/Console.h"
#include "output/ExitCode.h"
#include "rows/RowsFile.h"
#include "rows/RowValidator.h"

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

using namespace Qt::StringLiterals;

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
        env.insert(u"CLOUD_SDK_AK"_s, kTestAk);
        env.insert(u"CLOUD_SDK_SK"_s, kTestSk);
        const QUrl base = https ? m_server.httpsUrl() : m_server.httpUrl();
        cli::CommandContext context{&console, &m_network, nullptr, nullptr, env};
        cli::CliApplication app(context);
        QSignalSpy finished(&app, &cli::CliApplication::finished);
        QStringList all{u"sms-consistency-cli"_s};
        all << arguments.value(0) << u"--endpoint"_s << base.toString() << u"--sts-endpoint"_s << base.toString()
            << u"--iam-endpoint"_s << base.toString()
            << u"--ca-file"_s << m_server.caFile() << u"--proxy"_s << u"none"_s << arguments.mid(1);
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
    const CliRun r = run({u"list-servers"_s, u"--domain-id"_s, kTestDomainId, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = r.json();
    QCOMPARE(json.value(u"ok"_s).toBool(), true);
    QCOMPARE(json.value(u"count"_s).toInt(), 450);
    QCOMPARE(json.value(u"servers"_s).toArray().size(), 450);
    const QJsonArray requests = m_server.requests(u"/v3/sources"_s);
    QCOMPARE(requests.size(), 3);
    for (const QJsonValue &v : requests)
        QCOMPARE(v.toObject().value(u"signature_ok"_s).toBool(), true);
}

void TestAccountCli::listServersTableWithFilters()
{
    const CliRun r = run({u"list-servers"_s, u"--domain-id"_s, kTestDomainId, u"--name"_s, u"数据库"_s,
                          u"--with-results"_s}, false);
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 1 + 15);  // header + i%10==7 and i%3==0
    QVERIFY(lines.first().startsWith(u"ID"_s));
    const int ipColumn = int(lines.first().indexOf(u"IP"_s));
    for (const QString &line : lines.mid(1)) {
        QVERIFY2(line.contains(u"数据库-"_s), qPrintable(line));
        // Every name is 7 wide characters' worth of columns: the IP column starts at the same place.
        QCOMPARE(line.indexOf(u"10.0."_s) + 3, ipColumn);  // 数据库 counts 3 characters but 6 columns
    }
    const QJsonObject record = m_server.requests(u"/v3/sources"_s).first().toObject();
    QCOMPARE(recordedQuery(record).value(u"name"_s), u"数据库"_s);
    QCOMPARE(recordedQuery(record).value(u"is_consistency_result_exist"_s), u"true"_s);
}

void TestAccountCli::listTasksRowsOutIsAcceptedByExport()
{
    const QString rowsFile = m_dir.filePath(u"ready.csv"_s);
    const CliRun r = run({u"list-tasks"_s, u"--domain-id"_s, kTestDomainId, u"--state"_s, u"READY"_s,
                          u"--rows-out"_s, rowsFile});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.contains(u"Wrote 75 rows"_s));
    const Outcome<ParsedRows> read = RowsFile::read(rowsFile);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    const QList<TaskRow> &rows = read.value().rows;
    QCOMPARE(rows.size(), 75);
    QVERIFY(RowValidator::validate(rows).ok());
    QCOMPARE(rows.first(), (TaskRow{u"7a000000-0000-4000-8000-000000000000"_s,
                                          u"5e000000-0000-4000-8000-000000000000"_s, u"srv-000"_s}));
}

void TestAccountCli::listServersRowsOutLeavesOutServersWithoutTask()
{
    const QString rowsFile = m_dir.filePath(u"all.csv"_s);
    const CliRun r = run({u"list-servers"_s, u"--domain-id"_s, kTestDomainId, u"--rows-out"_s, rowsFile});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(u"9 servers have no migration task"_s), qPrintable(r.err));
    QVERIFY(r.err.contains(u"at most 200"_s));
    const Outcome<ParsedRows> read = RowsFile::read(rowsFile);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    const QList<TaskRow> &rows = read.value().rows;
    QCOMPARE(rows.size(), 441);
    const auto db = std::find_if(rows.cbegin(), rows.cend(),
                                 [](const TaskRow &row) { return row.sourceName == u"db+cache-011"_s; });
    QVERIFY(db != rows.cend());
}

void TestAccountCli::listResolvesTheAccountId()
{
    const CliRun r = run({u"list-tasks"_s, u"--name"_s, u"task-44"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(u"count"_s).toInt(), 10);
    QCOMPARE(m_server.requests(u"/v3/auth/domains"_s).size(), 1);
    QCOMPARE(m_server.requests(u"/v3/tasks"_s).first().toObject().value(u"signature_ok"_s).toBool(), true);

    // Neither IAM nor STS gives it: the failure says why, and no list call is made.
    QVERIFY(m_server.setScenario(u"/v3/auth/domains"_s, {{u"name"_s, u"empty_list"_s}}));
    QVERIFY(m_server.setScenario(u"/v5/caller-identity"_s, {{u"name"_s, u"denied"_s}}));
    const CliRun failed = run({u"list-servers"_s});
    QVERIFY(failed.exitCode != 0);
    QVERIFY(!failed.err.isEmpty());
    QVERIFY(m_server.requests(u"/v3/sources"_s).isEmpty());
}

void TestAccountCli::decodeFromA403Body()
{
    const QString file = m_dir.filePath(u"denial.json"_s);
    QFile body(file);
    QVERIFY(body.open(QIODevice::WriteOnly));
    body.write(QJsonDocument(QJsonObject{{u"error_code"_s, u"SMS.0204"_s},
                                         {u"encoded_authorization_message"_s, m_server.encodedMessage(false)}})
                   .toJson());
    body.close();
    const CliRun r = run({u"decode"_s, file});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"explicit Deny"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"Action: sms:server:getBatchConsistencyResults"_s));
    QVERIFY(r.out.contains(u"DenySmsExport"_s));
}

void TestAccountCli::decodeAllowAsJson()
{
    const QString file = m_dir.filePath(u"allow.txt"_s);
    QFile message(file);
    QVERIFY(message.open(QIODevice::WriteOnly));
    message.write(m_server.encodedMessage(true).toUtf8() + "\n");
    message.close();
    const CliRun r = run({u"decode"_s, file, u"--json"_s}, false);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(u"allowed"_s).toBool(), true);
    QCOMPARE(r.json().value(u"matched_statements"_s).toArray().first().toObject().value(u"statement_id"_s).toString(),
             u"AllowSmsExport"_s);
}

void TestAccountCli::decodeRefusedByStsNamesThePermission()
{
    QVERIFY(m_server.setScenario(u"/v5/decode-authorization-message"_s, {{u"name"_s, u"denied"_s}}));
    const QString file = m_dir.filePath(u"deny.txt"_s);
    QFile message(file);
    QVERIFY(message.open(QIODevice::WriteOnly));
    message.write(m_server.encodedMessage(false).toUtf8());
    message.close();
    const CliRun r = run({u"decode"_s, file});
    QCOMPARE(r.exitCode, int(cli::Rejected));
    QVERIFY2(r.err.contains(u"decode-authorization-message permission"_s), qPrintable(r.err));
}

void TestAccountCli::whoami()
{
    const CliRun r = run({u"whoami"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"IAM user: smsc-tester"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"X-Domain-Id: %1"_s.arg(kTestDomainId)));
    QVERIFY(r.out.contains(u"sms:server:listTask"_s));
    const CliRun json = run({u"whoami"_s, u"--json"_s, u"--domain-id"_s, u"ffff0000ffff0000ffff0000ffff0000"_s});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.json().value(u"account_id"_s).toString(), kTestDomainId);
    QVERIFY(json.err.contains(u"not the account these credentials belong to"_s));
}

void TestAccountCli::gatewayEchoPrintsTheComparison()
{
    QVERIFY(m_server.setScenario(u"/v3/sources"_s, {{u"name"_s, u"gateway_echo"_s}, {u"tamper"_s, u"path_slash"_s}}));
    const CliRun r = run({u"list-servers"_s, u"--domain-id"_s, kTestDomainId});
    QCOMPARE(r.exitCode, int(cli::Rejected));
    QVERIFY2(r.err.contains(u"First difference: line 2 (canonical URI)"_s), qPrintable(r.err));
    QVERIFY(r.err.contains(u"trailing slash"_s));
    QVERIFY(r.err.contains(u"Request id: "_s));

    QVERIFY(m_server.setScenario(u"/v3/sources"_s, {{u"name"_s, u"gateway_echo"_s}, {u"tamper"_s, u"query_encoding"_s}}));
    const CliRun json = run({u"list-servers"_s, u"--domain-id"_s, kTestDomainId, u"--name"_s, u"web server"_s,
                             u"--json"_s});
    const QJsonObject comparison = json.json().value(u"canonical_request_comparison"_s).toObject();
    QCOMPARE(comparison.value(u"first_differing_line"_s).toInt(), 3);
    QCOMPARE(comparison.value(u"cause"_s).toString(), u"query_encoding"_s);
}

void TestAccountCli::clockOffsetAuto()
{
    m_server.setConfig({{u"date_offset_seconds"_s, 1200}});
    const CliRun plain = run({u"whoami"_s});
    QCOMPARE(plain.exitCode, int(cli::Rejected));
    QVERIFY2(plain.err.contains(u"--clock-offset auto"_s), qPrintable(plain.err));
    QCOMPARE(m_server.requests(u"/v5/caller-identity"_s).size(), 1);

    const CliRun fixed = run({u"whoami"_s, u"--clock-offset"_s, u"auto"_s});
    QCOMPARE(fixed.exitCode, 0);
    QVERIFY(fixed.err.contains(u"behind"_s));
    QCOMPARE(m_server.requests(u"/v5/caller-identity"_s).size(), 3);

    const CliRun list = run({u"list-tasks"_s, u"--domain-id"_s, kTestDomainId, u"--name"_s, u"task-01"_s,
                             u"--clock-offset"_s, u"1200"_s, u"--json"_s});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.json().value(u"count"_s).toInt(), 10);

    const CliRun bad = run({u"whoami"_s, u"--clock-offset"_s, u"soon"_s});
    QCOMPARE(bad.exitCode, int(cli::Usage));
}

void TestAccountCli::exportClockOffsetAutoAndHistory()
{
    m_server.setConfig({{u"date_offset_seconds"_s, 1200}});
    const QString out = m_dir.filePath(u"exports"_s);
    QVERIFY(QDir().mkpath(out));
    const QStringList exportArgs{u"export"_s, u"--domain-id"_s, kTestDomainId, u"--row"_s, u"t1,s1,name one"_s,
                                 u"--output-dir"_s, out, u"--force"_s};
    const CliRun plain = run(exportArgs);
    QCOMPARE(plain.exitCode, int(cli::Rejected));
    QVERIFY2(plain.err.contains(u"--clock-offset auto"_s), qPrintable(plain.err));
    QCOMPARE(m_server.requests(smsc::test::kExportPath).size(), 1);

    const CliRun fixed = run(exportArgs + QStringList{u"--clock-offset"_s, u"auto"_s});
    QCOMPARE(fixed.exitCode, 0);
    QVERIFY(fixed.err.contains(u"Retrying once"_s));
    const QJsonArray requests = m_server.requests(smsc::test::kExportPath);
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(2).toObject().value(u"signature_ok"_s).toBool(), true);

    ExportHistory history;
    QCOMPARE(history.load().error(), QString());
    QVERIFY(history.entries().size() >= 2);
    const HistoryEntry failed = history.entries().at(history.entries().size() - 2);
    const HistoryEntry saved = history.entries().last();
    QCOMPARE(failed.outcome, u"authentication"_s);
    QCOMPARE(saved.outcome, u"ok"_s);
    QCOMPARE(saved.requestId, requests.at(2).toObject().value(u"request_id"_s).toString());
    QCOMPARE(saved.rows, (QList<TaskRow>{{u"t1"_s, u"s1"_s, u"name one"_s}}));
    QVERIFY(QFile::exists(saved.filePath));
    QFile file(history.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    for (const QString &secret : std::as_const(m_secrets))
        QVERIFY2(!written.contains(secret.toUtf8()), "a fake secret reached the history file");
}

void TestAccountCli::exportPrintsTheComparisonOnAGatewayEcho()
{
    QVERIFY(m_server.setScenario(smsc::test::kExportPath, {{u"name"_s, u"gateway_echo"_s}, {u"tamper"_s, u"body_hash"_s}}));
    const CliRun r = run({u"export"_s, u"--domain-id"_s, kTestDomainId, u"--row"_s, u"t1,s1,n1"_s,
                          u"--output-dir"_s, m_dir.path(), u"--json"_s});
    QCOMPARE(r.exitCode, int(cli::Rejected));
    QVERIFY2(r.err.contains(u"(payload hash)"_s), qPrintable(r.err));
    QCOMPARE(r.json().value(u"canonical_request_comparison"_s).toObject().value(u"cause"_s).toString(),
             u"body_hash"_s);
}

QTEST_GUILESS_MAIN(TestAccountCli)
#include "tst_accountcli.moc"
