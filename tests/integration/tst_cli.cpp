#include "CliRunner.h"
#include "LoopbackServer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <sys/types.h>
#include <unistd.h>

using namespace smsc::test;

namespace {

const QStringList kSecrets = {kTestSk, kTestSecurityToken, kTestIamToken};

QProcessEnvironment akSk()
{
    QProcessEnvironment e;
    e.insert(u"CLOUD_SDK_AK"_qs, kTestAk);
    e.insert(u"CLOUD_SDK_SK"_qs, kTestSk);
    e.insert(u"HUAWEICLOUD_SDK_DOMAIN_ID"_qs, kTestDomainId);
    return e;
}

QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

} // namespace

#define VERIFY_NO_SECRET(result)                                                           \
    do {                                                                                   \
        QString leaked;                                                                    \
        QVERIFY2(!CliRunner::leaksSecret((result), kSecrets, &leaked), qPrintable(leaked)); \
    } while (false)

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
        const CliResult r = m_cli.run(args, akSk());
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
            u"--output"_qs, target, u"--row"_qs, u"t1,s1,n1"_qs, u"--json"_qs}, akSk());
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
        QProcessEnvironment temporary = akSk();
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
        QTest::newRow("rows from stdin (TSV with BOM)") << akSk() << QStringList{u"--rows"_qs, u"-"_qs}
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
        const CliResult text = m_cli.run(exportTo(m_server.httpUrl()) + QStringList{u"--row"_qs, u"t,s,n"_qs}, akSk());
        QCOMPARE(text.exitCode, 4);
        QVERIFY(text.out.isEmpty());
        QVERIFY2(text.err.contains("returned no file") && text.err.contains("OK"), text.err.constData());
        const CliResult json = m_cli.run(exportTo(m_server.httpUrl()) + QStringList{u"--row"_qs, u"t,s,n"_qs, u"--json"_qs}, akSk());
        QCOMPARE(json.exitCode, 4);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o[u"ok"_qs].toBool(true), false);
        QCOMPARE(o[u"http_status"_qs].toInt(), 200);
        QVERIFY(o[u"output_file"_qs].isNull());
        QVERIFY(o[u"error_msg"_qs].toString().contains(u"no file"_qs));
        QCOMPARE(entriesIn(out()), QStringList());
    }

    void existingOutputNeedsForce()
    {
        const QString target = writeFile(m_work->filePath(u"out/keep.csv"_qs), "precious");
        const QStringList args = exportTo(m_server.httpUrl()).mid(0, 3) + QStringList{u"--output"_qs, target, u"--row"_qs, u"t1,s1,n1"_qs};
        const CliResult refused = m_cli.run(args, akSk());
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(refused.errLines().size(), 1);
        QVERIFY2(refused.err.contains("--force"), refused.err.constData());
        QCOMPARE(m_server.requests().size(), 0);
        QFile kept(target);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("precious"));
        kept.close();

        const CliResult forced = m_cli.run(args + QStringList{u"--force"_qs}, akSk());
        QCOMPARE(forced.exitCode, 0);
        QCOMPARE(sha256Of(target), m_server.lastBody().value(u"sha256"_qs).toString().toLatin1());
    }

    void jsonOnA403HasEveryField()
    {
        m_server.setScenario(kExportPath, {{u"name"_qs, u"forbidden_0204"_qs}});
        const CliResult r = m_cli.run(exportTo(m_server.httpUrl()) + QStringList{u"--row"_qs, u"t1,s1,n1"_qs, u"--json"_qs}, akSk());
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
        const CliResult r = m_cli.run(exportTo(m_server.httpUrl()) + QStringList{u"--row"_qs, u"t1,s1,n1"_qs}, akSk());
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
        QProcessEnvironment temporary = akSk();
        temporary.insert(u"CLOUD_SDK_SECURITY_TOKEN"_qs, kTestSecurityToken);
        QProcessEnvironment token;
        token.insert(u"HUAWEICLOUD_SDK_IAM_TOKEN"_qs, kTestIamToken);
        token.insert(u"HUAWEICLOUD_SDK_DOMAIN_ID"_qs, kTestDomainId);
        QTest::newRow("AK/SK") << akSk();
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

    void badInputIsRefusedBeforeSending_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QProcessEnvironment>("env");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        QTest::addColumn<QByteArray>("rowsFile");  // written to @ROWS@ first when not empty
        const QString dir = u"@OUT@"_qs;
        const QString ep = u"@EP@"_qs;
        QStringList many;
        for (int i = 0; i < 201; ++i)
            many << u"--row"_qs << QStringLiteral("task-%1,,").arg(i);
        const QString id37(37, QLatin1Char('a'));
        QTest::newRow("201 rows") << (QStringList{u"export"_qs, u"--endpoint"_qs, ep, u"--output-dir"_qs, dir} + many)
                                  << akSk() << 2 << u"200"_qs << QByteArray();
        QTest::newRow("37-character task id")
            << QStringList{u"export"_qs, u"--endpoint"_qs, ep, u"--output-dir"_qs, dir, u"--row"_qs, id37 + u",s,n"_qs}
            << akSk() << 2 << u"task_id"_qs << QByteArray();
        QTest::newRow("unknown region")
            << QStringList{u"export"_qs, u"--region"_qs, u"xx-nowhere-9"_qs, u"--output-dir"_qs, dir, u"--row"_qs, u"t,s,n"_qs}
            << akSk() << 2 << u"xx-nowhere-9"_qs << QByteArray();
        QTest::newRow("endpoint without scheme")
            << QStringList{u"export"_qs, u"--endpoint"_qs, u"127.0.0.1:8443"_qs, u"--output-dir"_qs, dir, u"--row"_qs, u"t,s,n"_qs}
            << akSk() << 2 << u"scheme"_qs << QByteArray();
        QTest::newRow("rows file does not exist")
            << QStringList{u"export"_qs, u"--endpoint"_qs, ep, u"--output-dir"_qs, dir, u"--rows"_qs, u"@WORK@/missing.csv"_qs}
            << akSk() << 2 << u"missing.csv"_qs << QByteArray();
        QTest::newRow("rows file is a folder")
            << QStringList{u"export"_qs, u"--endpoint"_qs, ep, u"--output-dir"_qs, dir, u"--rows"_qs, u"@WORK@"_qs}
            << akSk() << 2 << u"folder"_qs << QByteArray();
        QTest::newRow("output folder does not exist")
            << QStringList{u"export"_qs, u"--endpoint"_qs, ep, u"--output-dir"_qs, u"@WORK@/nope"_qs, u"--row"_qs, u"t,s,n"_qs}
            << akSk() << 2 << u"nope"_qs << QByteArray();
        QTest::newRow("output folder nobody can write (sysfs)")
            << QStringList{u"export"_qs, u"--endpoint"_qs, ep, u"--output-dir"_qs, u"/sys/fs"_qs, u"--row"_qs, u"t,s,n"_qs}
            << akSk() << 2 << u"not writable"_qs << QByteArray();
        QTest::newRow("read-only output folder (mode 555)")
            << QStringList{u"export"_qs, u"--endpoint"_qs, ep, u"--output-dir"_qs, u"@RO@"_qs, u"--row"_qs, u"t,s,n"_qs}
            << akSk() << 2 << u"not writable"_qs << QByteArray();
        QProcessEnvironment noSk;
        noSk.insert(u"CLOUD_SDK_AK"_qs, kTestAk);
        QTest::newRow("missing SK")
            << QStringList{u"export"_qs, u"--endpoint"_qs, ep, u"--output-dir"_qs, dir, u"--row"_qs, u"t,s,n"_qs}
            << noSk << 6 << u"CLOUD_SDK_SK"_qs << QByteArray();
        QTest::newRow("no credentials at all")
            << QStringList{u"export"_qs, u"--endpoint"_qs, ep, u"--output-dir"_qs, dir, u"--row"_qs, u"t,s,n"_qs}
            << QProcessEnvironment() << 6 << u"CLOUD_SDK_AK"_qs << QByteArray();
        QTest::newRow("secret as an argument")
            << QStringList{u"export"_qs, u"--endpoint"_qs, ep, u"--sk"_qs, u"whatever-it-is"_qs, u"--row"_qs, u"t,s,n"_qs}
            << akSk() << 2 << u"--sk is not accepted"_qs << QByteArray();
        QTest::newRow("secret as --sk=value")
            << QStringList{u"export"_qs, u"--sk=whatever-it-is"_qs, u"--endpoint"_qs, ep, u"--row"_qs, u"t,s,n"_qs}
            << akSk() << 2 << u"shell history"_qs << QByteArray();
        QTest::newRow("unknown option")
            << QStringList{u"export"_qs, u"--endpoint"_qs, ep, u"--colour"_qs, u"--row"_qs, u"t,s,n"_qs}
            << akSk() << 2 << u"colour"_qs << QByteArray();
        QTest::newRow("no rows")
            << QStringList{u"export"_qs, u"--endpoint"_qs, ep, u"--output-dir"_qs, dir} << akSk() << 2 << u"--rows"_qs << QByteArray();
        QTest::newRow("unknown language")
            << QStringList{u"export"_qs, u"--endpoint"_qs, ep, u"--language"_qs, u"fr"_qs, u"--row"_qs, u"t,s,n"_qs}
            << akSk() << 2 << u"en-us"_qs << QByteArray();
        QTest::newRow("no region or endpoint")
            << QStringList{u"export"_qs, u"--output-dir"_qs, dir, u"--row"_qs, u"t,s,n"_qs} << akSk() << 2 << u"--region"_qs << QByteArray();
        const QStringList fromFile{u"export"_qs, u"--endpoint"_qs, ep, u"--output-dir"_qs, dir, u"--rows"_qs, u"@ROWS@"_qs};
        QTest::newRow("malformed CSV: quote not closed")
            << fromFile << akSk() << 2 << u"rows.csv: Line 3: a quoted field is not closed"_qs
            << QByteArray("task_id,source_id,source_name\r\nt1,s1,n1\r\n\"t2,s2,n2\r\n");
        QTest::newRow("CSV without a task_id column")
            << fromFile << akSk() << 2 << u"task_id"_qs << QByteArray("id,source_id,source_name\nt1,s1,n1\n");
        QByteArray rows201 = "task_id,source_id,source_name\n";
        for (int i = 0; i < 201; ++i)
            rows201 += "task-" + QByteArray::number(i) + ",s,n\n";
        QTest::newRow("201 rows in a file") << fromFile << akSk() << 2 << u"200"_qs << rows201;
        QTest::newRow("37-character task id in a file, named by line")
            << fromFile << akSk() << 2 << u"rows.csv, line 3: Row 2, task_id: 37 characters"_qs
            << QByteArray("task_id,source_id,source_name\nok,s,n\n" + QByteArray(37, 'x') + ",s,n\n");
        QTest::newRow("unreadable rows file (mode 000)") << fromFile << akSk() << 2 << u"rows.csv"_qs << QByteArray("@UNREADABLE@");
    }
    void badInputIsRefusedBeforeSending()
    {
        QFETCH(QStringList, args);
        QFETCH(QProcessEnvironment, env);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        QFETCH(QByteArray, rowsFile);
        const QString rowsPath = m_work->filePath(u"rows.csv"_qs);
        if (rowsFile == "@UNREADABLE@") {
            if (::geteuid() == 0)
                QSKIP("root reads mode-000 files; the missing-file and folder rows cover this case");
            writeFile(rowsPath, "task_id,source_id,source_name\nt,s,n\n");
            QFile::setPermissions(rowsPath, QFile::Permissions());
        } else if (!rowsFile.isEmpty()) {
            writeFile(rowsPath, rowsFile);
        }
        const QString readOnly = m_work->filePath(u"ro"_qs);
        if (args.contains(u"@RO@"_qs)) {
            if (::geteuid() == 0)
                QSKIP("root writes into mode-555 folders; the sysfs row covers this case");
            QVERIFY(QDir().mkpath(readOnly));
            QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner);
        }
        for (QString &a : args) {
            a.replace(u"@OUT@"_qs, out()).replace(u"@EP@"_qs, m_server.httpUrl().toString());
            a.replace(u"@WORK@"_qs, m_work->path()).replace(u"@RO@"_qs, readOnly).replace(u"@ROWS@"_qs, rowsPath);
        }
        const CliResult r = m_cli.run(args, env);
        VERIFY_NO_SECRET(r);
        QVERIFY(!r.err.contains("whatever-it-is"));
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.contains(mentions.toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(m_server.requests().size(), 0);
        QCOMPARE(entriesIn(out()), QStringList());
        if (QFileInfo::exists(readOnly))
            QCOMPARE(entriesIn(readOnly), QStringList());
    }

    void badInputWithJsonIsOneObject()
    {
        const CliResult r = m_cli.run({u"export"_qs, u"--region"_qs, u"xx-nowhere-9"_qs, u"--row"_qs, u"t,s,n"_qs, u"--json"_qs}, akSk());
        QCOMPARE(r.exitCode, 2);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.keys().size(), 12);
        QCOMPARE(o[u"ok"_qs].toBool(true), false);
        QVERIFY(o[u"error_msg"_qs].toString().contains(u"xx-nowhere-9"_qs));
        QVERIFY(o[u"http_status"_qs].isNull());
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
        const CliResult r = m_cli.run(exportTo(url) + extra + QStringList{u"--row"_qs, u"t1,s1,n1"_qs, u"--timeout"_qs, u"1"_qs}, akSk());
        VERIFY_NO_SECRET(r);
        QVERIFY2(r.exitCode == exitCode, qPrintable(QString::number(r.exitCode) + u' ' + QString::fromUtf8(r.err)));
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(entriesIn(out()), QStringList());
    }

    void interruptRemovesThePartialFileAndExits130()
    {
        m_server.setScenario(kExportPath, {{u"name"_qs, u"slow"_qs}, {u"total"_qs, 65536}, {u"chunk"_qs, 1024}, {u"delay_ms"_qs, 100}});
        QProcess process;
        process.setProcessEnvironment(m_cli.merged(akSk()));
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
        QCOMPARE(m_server.requests().size(), 0);
    }

    void signTextNamesEveryPartAndNeverTheSk()
    {
        QProcessEnvironment env = akSk();
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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
