#include "CliTestHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <sys/types.h>
#include <csignal>
#include <unistd.h>

using namespace smsc::test;

//! `export` through the real CLI against the loopback server: files, errors, exit codes, SIGINT.
class TestCli final : public QObject
{
    Q_OBJECT
private:
    LoopbackServer m_server;
    CliRunner m_cli;
    std::unique_ptr<QTemporaryDir> m_work;  // fresh per test: output folder and input files

    QString out() const { return m_work->filePath(u"out"_qs); }
    QStringList exportTo(const QUrl &endpoint) const
    {
        return {u"export"_qs, u"--endpoint"_qs, endpoint.toString(), u"--output-dir"_qs, out()};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(CliRunner::program()).isExecutable(), qPrintable(CliRunner::program()));
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    }
    void init()
    {
        m_server.reset();
        m_work = std::make_unique<QTemporaryDir>();
        QVERIFY(QDir().mkpath(out()));
    }
    void exportSavesTheFile_data()
    {
        QTest::addColumn<bool>("https");
        QTest::newRow("http") << false;
        QTest::newRow("https with --ca-file") << true;
    }
    void exportSavesTheFile()
    {
        QFETCH(bool, https);
        QStringList args = exportTo(https ? m_server.httpsUrl() : m_server.httpUrl());
        if (https)
            args << u"--ca-file"_qs << m_server.caFile();
        args << u"--row"_qs << u"7a000000-0000-4000-8000-000000000003,5e000000-0000-4000-8000-000000000003,web server 003"_qs;
        const CliResult r = m_cli.run(args, akSkEnvironment());
        VERIFY_NO_SECRET(r);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString saved = QString::fromUtf8(r.out).trimmed();
        QCOMPARE(saved, QDir(out()).filePath(u"consistency-results.csv"_qs));
        QCOMPARE(entriesIn(out()), QStringList{u"consistency-results.csv"_qs});
        const QJsonObject body = m_server.lastBody();
        QCOMPARE(sha256Of(saved), body.value(u"sha256"_qs).toString().toLatin1());
        QCOMPARE(QFileInfo(saved).size(), body.value(u"size"_qs).toInteger());
        const QJsonArray log = m_server.requests(kExportPath);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.at(0)[u"signature_ok"_qs].toBool(), true);
        QVERIFY(r.err.contains(log.at(0)[u"request_id"_qs].toString().toUtf8()));
    }

    void exportToAnExplicitPathAndJson()
    {
        const QString target = m_work->filePath(u"out/result.bin"_qs);
        const CliResult r = m_cli.run(exportTo(m_server.httpUrl()).mid(0, 3) + QStringList{
            u"--output"_qs, target, u"--row"_qs, u"t1,s1,n1"_qs, u"--json"_qs}, akSkEnvironment());
        VERIFY_NO_SECRET(r);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"ok"_qs).toBool(), true);
        QCOMPARE(o.value(u"http_status"_qs).toInt(), 200);
        QCOMPARE(o.value(u"output_file"_qs).toString(), target);
        QCOMPARE(o.value(u"bytes"_qs).toInteger(), QFileInfo(target).size());
        QCOMPARE(o.value(u"request_id"_qs).toString(), m_server.requests(kExportPath).at(0)[u"request_id"_qs].toString());
        QVERIFY(o.value(u"error_code"_qs).isNull());
    }

    void otherCredentialsAndSources_data()
    {
        QTest::addColumn<QProcessEnvironment>("env");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QByteArray>("stdinRows");
        QTest::addColumn<QString>("authMode");
        QProcessEnvironment temporary = akSkEnvironment();
        temporary.insert(u"HUAWEICLOUD_SDK_SECURITY_TOKEN"_qs, kTestSecurityToken);
        QProcessEnvironment huawei;
        huawei.insert(u"HUAWEICLOUD_SDK_AK"_qs, kTestAk);
        huawei.insert(u"HUAWEICLOUD_SDK_SK"_qs, kTestSk);
        huawei.insert(u"HUAWEICLOUD_SDK_PROJECT_ID"_qs, kTestProjectId);
        QProcessEnvironment domainOnly;
        domainOnly.insert(u"HUAWEICLOUD_SDK_DOMAIN_ID"_qs, kTestDomainId);
        QTest::newRow("temporary AK/SK + security token") << temporary << QStringList{u"--row"_qs, u"t,s,n"_qs}
                                                          << QByteArray() << u"aksk_token"_qs;
        QTest::newRow("HUAWEICLOUD_SDK names with X-Project-Id") << huawei << QStringList{u"--row"_qs, u"t,s,n"_qs}
                                                                  << QByteArray() << u"aksk"_qs;
        QTest::newRow("IAM token from --token-file") << domainOnly
            << QStringList{u"--row"_qs, u"t,s,n"_qs, u"--token-file"_qs, u"@TOKEN@"_qs} << QByteArray() << u"iam_token"_qs;
        QTest::newRow("rows from stdin (TSV with BOM)") << akSkEnvironment() << QStringList{u"--rows"_qs, u"-"_qs}
            << QByteArray("\xEF\xBB\xBFsource_name\ttask_id\tsource_id\nweb 1\tt1\ts1\n") << u"aksk"_qs;
    }
    void otherCredentialsAndSources()
    {
        QFETCH(QProcessEnvironment, env);
        QFETCH(QStringList, extra);
        QFETCH(QByteArray, stdinRows);
        QFETCH(QString, authMode);
        const QString tokenFile = writeFile(m_work->filePath(u"token"_qs), kTestIamToken.toUtf8() + '\n');
        extra.replaceInStrings(u"@TOKEN@"_qs, tokenFile);
        const CliResult r = m_cli.run(exportTo(m_server.httpUrl()) + extra, env, stdinRows);
        VERIFY_NO_SECRET(r);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray log = m_server.requests(kExportPath);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.at(0)[u"auth_mode"_qs].toString(), authMode);
        QVERIFY(QFileInfo::exists(QString::fromUtf8(r.out).trimmed()));
    }

    void accountIdIsResolvedThroughIam()
    {
        QProcessEnvironment env;
        env.insert(u"CLOUD_SDK_AK"_qs, kTestAk);
        env.insert(u"CLOUD_SDK_SK"_qs, kTestSk);
        const CliResult r = m_cli.run(exportTo(m_server.httpUrl()) + QStringList{u"--iam-endpoint"_qs, m_server.httpUrl().toString(),
                                                                                 u"--row"_qs, u"t,s,n"_qs}, env);
        VERIFY_NO_SECRET(r);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(m_server.requests(u"/v3/auth/domains"_qs).size(), 1);
        QCOMPARE(m_server.requests(kExportPath).at(0)[u"signature_ok"_qs].toBool(), true);
    }

    void noFileIsReportedWithWhatCameBack()
    {
        m_server.setScenario(kExportPath, {{u"name"_qs, u"ok_text"_qs}});
        const CliResult text = m_cli.run(exportTo(m_server.httpUrl()) + QStringList{u"--row"_qs, u"t,s,n"_qs}, akSkEnvironment());
        QCOMPARE(text.exitCode, 4);
        QVERIFY(text.out.isEmpty());
        QVERIFY2(text.err.contains("returned no file") && text.err.contains("OK"), text.err.constData());
        const CliResult json = m_cli.run(exportTo(m_server.httpUrl()) + QStringList{u"--row"_qs, u"t,s,n"_qs, u"--json"_qs}, akSkEnvironment());
        QCOMPARE(json.exitCode, 4);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o[u"ok"_qs].toBool(true), false);
        QCOMPARE(o[u"http_status"_qs].toInt(), 200);
        QVERIFY(o[u"output_file"_qs].isNull());
        QVERIFY(o[u"error_msg"_qs].toString().contains(u"no file"_qs));
        QCOMPARE(entriesIn(out()), QStringList());
    }

    void jsonOnA403HasEveryField()
    {
        m_server.setScenario(kExportPath, {{u"name"_qs, u"forbidden_0204"_qs}});
        const CliResult r = m_cli.run(exportTo(m_server.httpUrl()) + QStringList{u"--row"_qs, u"t1,s1,n1"_qs, u"--json"_qs}, akSkEnvironment());
        VERIFY_NO_SECRET(r);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.out.count('\n'), 1);  // exactly one JSON object, one line
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QStringList keys = o.keys();
        keys.sort();
        QStringList expected{u"ok"_qs, u"http_status"_qs, u"request_id"_qs, u"error_code"_qs, u"error_msg"_qs,
                             u"error_param"_qs, u"details"_qs, u"encoded_authorization_message"_qs, u"hint"_qs,
                             u"clock_skew_seconds"_qs, u"output_file"_qs, u"bytes"_qs};
        expected.sort();
        QCOMPARE(keys, expected);
        const QJsonObject sent = m_server.requests(kExportPath).at(0).toObject();
        QCOMPARE(o[u"ok"_qs].toBool(true), false);
        QCOMPARE(o[u"http_status"_qs].toInt(), 403);
        QCOMPARE(o[u"request_id"_qs].toString(), sent[u"request_id"_qs].toString());
        QCOMPARE(o[u"error_code"_qs].toString(), u"SMS.0204"_qs);
        QCOMPARE(o[u"error_msg"_qs].toString(),
                 u"Insufficient permissions. Cause: Policy doesn't allow sms:server:getBatchConsistencyResults to be performed."_qs);
        QCOMPARE(o[u"error_param"_qs].toArray(),
                 QJsonArray{u"Policy doesn't allow sms:server:getBatchConsistencyResults to be performed."_qs});
        const QJsonArray details = o[u"details"_qs].toArray();
        QCOMPARE(details.size(), 2);
        QCOMPARE(details.at(0)[u"error_code"_qs].toString(), u"SMS.0204"_qs);
        QVERIFY(details.at(1)[u"error_msg"_qs].toString().contains(u"queryServer"_qs));
        const QString encoded = o[u"encoded_authorization_message"_qs].toString();
        QCOMPARE(encoded.size(), 2048);
        QVERIFY(encoded.startsWith(u"SMSCTESTENC1."_qs));
        QVERIFY2(o[u"hint"_qs].toString().contains(u"sms:server:getBatchConsistencyResults"_qs), qPrintable(o[u"hint"_qs].toString()));
        QVERIFY2(o[u"hint"_qs].toString().contains(u"sms:server:queryServer"_qs), qPrintable(o[u"hint"_qs].toString()));
        QVERIFY(o[u"clock_skew_seconds"_qs].isDouble());
        QVERIFY(o[u"output_file"_qs].isNull());
        QVERIFY(o[u"bytes"_qs].isNull());
        QCOMPARE(entriesIn(out()), QStringList());
        QCOMPARE(m_server.requests(kExportPath).size(), 1);  // never retried
    }

    void textOnA403NamesTheFieldsOnStderr()
    {
        m_server.setScenario(kExportPath, {{u"name"_qs, u"forbidden_0204"_qs}});
        const CliResult r = m_cli.run(exportTo(m_server.httpUrl()) + QStringList{u"--row"_qs, u"t1,s1,n1"_qs}, akSkEnvironment());
        VERIFY_NO_SECRET(r);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("SMS.0204"));
        QVERIFY(r.err.contains(m_server.requests(kExportPath).at(0)[u"request_id"_qs].toString().toUtf8()));
        QVERIFY(r.err.contains("sms:server:queryServer"));
    }

    void dryRunSendsNothingAndPrintsNoSecret_data()
    {
        QTest::addColumn<QProcessEnvironment>("credentials");
        QProcessEnvironment temporary = akSkEnvironment();
        temporary.insert(u"CLOUD_SDK_SECURITY_TOKEN"_qs, kTestSecurityToken);
        QProcessEnvironment token;
        token.insert(u"HUAWEICLOUD_SDK_IAM_TOKEN"_qs, kTestIamToken);
        token.insert(u"HUAWEICLOUD_SDK_DOMAIN_ID"_qs, kTestDomainId);
        QTest::newRow("AK/SK") << akSkEnvironment();
        QTest::newRow("temporary AK/SK with token") << temporary;
        QTest::newRow("IAM token") << token;
    }
    void dryRunSendsNothingAndPrintsNoSecret()
    {
        QFETCH(QProcessEnvironment, credentials);
        const CliResult r = m_cli.run(exportTo(m_server.httpUrl()) + QStringList{u"--row"_qs, u"t1,s1,n1"_qs, u"--dry-run"_qs},
                                      credentials);
        VERIFY_NO_SECRET(r);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(m_server.requests().size(), 0);
        QCOMPARE(entriesIn(out()), QStringList());
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(m_server.httpUrl().toString() + kExportPath), qPrintable(text));
        QVERIFY(text.contains(u"{\"task_info\":[{\"task_id\":\"t1\",\"source_id\":\"s1\",\"source_name\":\"n1\"}]}"_qs));
        QVERIFY(text.contains(u"X-Domain-Id"_qs, Qt::CaseInsensitive));
        if (!credentials.contains(u"HUAWEICLOUD_SDK_IAM_TOKEN"_qs)) {
            QVERIFY(text.contains(u"SDK-HMAC-SHA256 Access="_qs));
            QVERIFY(text.contains(kTestAk));
        }
    }

    void exitCodes_data()
    {
        QTest::addColumn<QJsonObject>("scenario");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("404 SMS.2252 → 3") << QJsonObject{{u"name"_qs, u"not_found_2252"_qs}} << u"http"_qs << 3;
        QTest::newRow("401 bad signature → 3") << QJsonObject{{u"name"_qs, u"unauthorized"_qs}} << u"http"_qs << 3;
        QTest::newRow("HTML 502 → 4") << QJsonObject{{u"name"_qs, u"html_502"_qs}} << u"http"_qs << 4;
        QTest::newRow("500 → 4") << QJsonObject{{u"name"_qs, u"error"_qs}, {u"status"_qs, 500}} << u"http"_qs << 4;
        QTest::newRow("untrusted certificate → 5") << QJsonObject{} << u"untrusted"_qs << 5;
        QTest::newRow("connection refused → 5") << QJsonObject{} << u"refused"_qs << 5;
        QTest::newRow("hang with --timeout 1 → 5") << QJsonObject{{u"name"_qs, u"hang"_qs}} << u"http"_qs << 5;
        QTest::newRow("200 with {} is no file → 4") << QJsonObject{{u"name"_qs, u"json_empty"_qs}} << u"http"_qs << 4;
    }
    void exitCodes()
    {
        QFETCH(QJsonObject, scenario);
        QFETCH(QString, endpoint);
        QFETCH(int, exitCode);
        if (!scenario.isEmpty())
            m_server.setScenario(kExportPath, scenario);
        QUrl url = m_server.httpUrl();
        QStringList extra;
        if (endpoint == u"untrusted"_qs) {
            url = m_server.httpsUntrustedUrl();
            extra << u"--ca-file"_qs << m_server.caFile();
        } else if (endpoint == u"refused"_qs) {
            url = QUrl(u"http://127.0.0.1:1"_qs);
        }
        const CliResult r = m_cli.run(exportTo(url) + extra + QStringList{u"--row"_qs, u"t1,s1,n1"_qs, u"--timeout"_qs, u"1"_qs}, akSkEnvironment());
        VERIFY_NO_SECRET(r);
        QVERIFY2(r.exitCode == exitCode, qPrintable(QString::number(r.exitCode) + u' ' + QString::fromUtf8(r.err)));
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(entriesIn(out()), QStringList());
    }

    void interruptRemovesThePartialFileAndExits130()
    {
        m_server.setScenario(kExportPath, {{u"name"_qs, u"slow"_qs}, {u"total"_qs, 65536}, {u"chunk"_qs, 1024}, {u"delay_ms"_qs, 100}});
        QProcess process;
        process.setProcessEnvironment(m_cli.merged(akSkEnvironment()));
        process.start(CliRunner::program(), exportTo(m_server.httpUrl()) + QStringList{u"--row"_qs, u"t1,s1,n1"_qs});
        QVERIFY(process.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return m_server.requests(kExportPath).size() == 1; }, 20000));
        QTest::qWait(500);  // let a few chunks land in the partial file
        QCOMPARE(process.state(), QProcess::Running);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        QCOMPARE(entriesIn(out()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
