// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTestHelpers.h"
#include "HostileText.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace smsc::test;

//! `--debug` through the real CLI (docs/ARCHITECTURE.md "The debug trace"): every command that sends
//! traces each request and answer on stderr, with no secret, no signature and no live control.
class TestCliDebug final : public QObject, private CliExportFixture
{
    Q_OBJECT
private:
    //! Every output of the run, for the secret scan at the end.
    void keep(const CliResult &r)
    {
        writeFile(m_outputs.filePath(u"run-%1.out"_s.arg(m_runs)), r.out);
        writeFile(m_outputs.filePath(u"run-%1.err"_s.arg(m_runs)), r.err);
        ++m_runs;
    }
    CliResult run(const QStringList &arguments, const QProcessEnvironment &env, const QByteArray &input = {})
    {
        const CliResult r = m_cli.run(arguments, env, input);
        keep(r);
        return r;
    }
    QStringList accountArgs(const QString &command) const
    {
        const QString base = m_server.httpsUrl().toString();
        return {command, u"--endpoint"_s, base, u"--iam-endpoint"_s, base, u"--sts-endpoint"_s, base,
                u"--ca-file"_s, m_server.caFile(), u"--proxy"_s, u"none"_s};
    }
    //! AK/SK with a security token: the token header must be redacted too.
    static QProcessEnvironment temporaryKeys()
    {
        QProcessEnvironment e = akSkEnvironment();
        e.insert(u"CLOUD_SDK_SECURITY_TOKEN"_s, kTestSecurityToken);
        return e;
    }
    //! The request ids the server sent, in order.
    QStringList serverRequestIds()
    {
        QStringList ids;
        for (const QJsonValue &request : m_server.requests())
            ids << request[u"request_id"_s].toString();
        return ids;
    }
    static void verifyTrace(const QByteArray &err, const QByteArray &method, const QString &path,
                            const QStringList &requestIds)
    {
        QVERIFY2(liveControls(err).isEmpty(), qPrintable(liveControls(err).join(u' ')));
        QVERIFY2(err.contains(QByteArray("> " + method + " https://127.0.0.1:"))
                     || err.contains(QByteArray("> " + method + " http://127.0.0.1:")),
                 err.constData());
        QVERIFY2(err.contains(path.toUtf8()), err.constData());
        QVERIFY2(QRegularExpression(u"\\* Answer \\d{3} to "_s + QString::fromUtf8(method) + u" \\S+ \\(attempt 1\\) after \\d+ ms"_s)
                     .match(QString::fromUtf8(err)).hasMatch(),
                 err.constData());
        QVERIFY(!requestIds.isEmpty());
        for (const QString &id : requestIds)
            QVERIFY2(err.contains(QByteArray("request id " + id.toUtf8())), qPrintable(id));
        QVERIFY2(err.contains("Signature=<redacted>") || err.contains("X-Auth-Token: <redacted>"), err.constData());
        QVERIFY2(!err.contains(kTestAk.toUtf8()), "the full AK is masked");
        QVERIFY2(err.contains("Response body: "), err.constData());
    }

private slots:
    void initTestCase()
    {
        startFixture();
        QVERIFY(m_outputs.isValid());
    }
    void init() { resetFixture(); }

    void exportTracesOverHttps()
    {
        const CliResult r = run(exportTo(m_server.httpsUrl()) + QStringList{u"--ca-file"_s, m_server.caFile(), u"--proxy"_s,
                                                                            u"none"_s, u"--row"_s, u"t1,s1,n1"_s, u"--debug"_s},
                                temporaryKeys());
        VERIFY_NO_SECRET(r);
        QCOMPARE(r.exitCode, 0);
        verifyTrace(r.err, "POST", u"/v3/tasks/consistency-results/export"_s, serverRequestIds());
        QVERIFY2(r.err.contains("> X-Security-Token: <redacted>"), r.err.constData());
        QVERIFY2(r.err.contains("* TLS: TLSv1."), r.err.constData());
        QVERIFY2(r.err.contains("* Attempt 1, no proxy"), r.err.constData());
        QVERIFY2(QRegularExpression(u"Request body: [1-9]\\d* bytes"_s).match(QString::fromUtf8(r.err)).hasMatch(), r.err.constData());
        // The file's content is saved, never shown; its size is.
        QVERIFY2(!r.err.contains("task_id") && !r.err.contains("t1,s1"), r.err.constData());
    }

    void accountCommandsTrace_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("list-servers") << u"list-servers"_s << QByteArray("GET") << u"/v3/sources?limit="_s;
        QTest::newRow("list-tasks") << u"list-tasks"_s << QByteArray("GET") << u"/v3/tasks?limit="_s;
        QTest::newRow("whoami") << u"whoami"_s << QByteArray("GET") << u"/v5/caller-identity"_s;
        QTest::newRow("decode") << u"decode"_s << QByteArray("POST") << u"/v5/decode-authorization-message"_s;
    }
    void accountCommandsTrace()
    {
        QFETCH(QString, command);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        const QByteArray input = command == u"decode"_s ? m_server.encodedMessage(false).toUtf8() + '\n' : QByteArray();
        const CliResult r = run(accountArgs(command) << u"--debug"_s, temporaryKeys(), input);
        VERIFY_NO_SECRET(r);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        verifyTrace(r.err, method, path, serverRequestIds());
        QVERIFY2(r.err.contains("> X-Security-Token: <redacted>"), r.err.constData());
    }

    void iamTokenIsRedacted()
    {
        const QString tokenFile = writeFile(m_work->filePath(u"token"_s), kTestIamToken.toUtf8());
        const CliResult r = run(accountArgs(u"list-servers"_s) << u"--token-file"_s << tokenFile << u"--debug"_s,
                                akSkEnvironment());
        VERIFY_NO_SECRET(r);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("> X-Auth-Token: <redacted>"), r.err.constData());
    }

    void batchExportTracesEveryBatchAndRetry()
    {
        QByteArray rows = "task_id,source_id,source_name\n";
        for (int i = 1; i <= 3; ++i)
            rows += QByteArray::number(i) + ",s" + QByteArray::number(i) + ",n\n";
        const QString rowsFile = writeFile(m_work->filePath(u"rows.csv"_s), rows);
        // The first batch meets a 502 once: its retry has its own lines.
        QVERIFY(m_server.setScenario(kExportPath, {{u"name"_s, u"html_502"_s}, {u"times"_s, 1}}));
        const CliResult r = run(exportTo(m_server.httpUrl()) << u"--batch"_s << u"--rows"_s << rowsFile << u"--batch-size"_s
                                                            << u"1"_s << u"--parallel"_s << u"1"_s << u"--retry"_s << u"1"_s
                                                            << u"--debug"_s,
                                akSkEnvironment());
        VERIFY_NO_SECRET(r);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList ids = serverRequestIds();
        QCOMPARE(ids.size(), 4);
        QVERIFY(liveControls(r.err).isEmpty());
        for (const QString &id : ids)
            QVERIFY2(r.err.contains(QByteArray("request id " + id.toUtf8())), qPrintable(id));
        QCOMPARE(r.err.count("> POST http://127.0.0.1:"), 4);
        QVERIFY2(r.err.contains("< 502 "), r.err.constData());
        QVERIFY2(QRegularExpression(u"\\* Retrying \\S+ in \\d+ ms as attempt 2: "_s).match(QString::fromUtf8(r.err)).hasMatch(),
                 r.err.constData());
        QVERIFY2(r.err.contains("* Attempt 2, "), r.err.constData());
    }

    void redirectHasItsOwnLine()
    {
        QVERIFY(m_server.setScenario(kExportPath, {{u"name"_s, u"redirect"_s}, {u"location"_s, u"https://elsewhere.example/x"_s}}));
        const CliResult r = run(exportTo(m_server.httpUrl()) << u"--row"_s << u"t1,s1,n1"_s << u"--debug"_s, akSkEnvironment());
        VERIFY_NO_SECRET(r);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("< 302 "), r.err.constData());
        QVERIFY2(r.err.contains("* Redirected to https://elsewhere.example/x (not followed)"), r.err.constData());
    }

    void proxyIsNamed()
    {
        const CliResult r = run(exportTo(m_server.httpUrl()) << u"--proxy"_s << m_server.proxyUrl().toString() << u"--row"_s
                                                            << u"t1,s1,n1"_s << u"--debug"_s,
                                akSkEnvironment());
        VERIFY_NO_SECRET(r);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains(QByteArray("* Attempt 1, proxy " + m_server.proxyUrl().toString().toUtf8() + " (configured)")),
                 r.err.constData());
    }

    void hostileHeaderArrivesNeutralised()
    {
        QVERIFY(m_server.setScenario(kExportPath, {{u"name"_s, u"error"_s}, {u"status"_s, 500},
                                                   {u"headers"_s, QJsonObject{{u"X-Hostile"_s, hostileHeaderText(u"trace"_s)}}}}));
        const CliResult r = run(exportTo(m_server.httpUrl()) << u"--row"_s << u"t1,s1,n1"_s << u"--debug"_s, akSkEnvironment());
        VERIFY_NO_SECRET(r);
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(liveControls(r.err).isEmpty(), qPrintable(liveControls(r.err).join(u' ')));
        QVERIFY2(r.err.contains("< X-Hostile: trace \\x1b]52;c;"), r.err.constData());
        QVERIFY2(r.err.contains("\\u202elmth.exe"), r.err.constData());
    }

    void connectionFailureIsTraced()
    {
        QTcpServer closed;  // a port nobody listens on any more
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const CliResult r = run(exportTo(QUrl(u"http://127.0.0.1:%1"_s.arg(port))) << u"--row"_s << u"t1,s1,n1"_s << u"--debug"_s
                                                                               << u"--proxy"_s << u"none"_s,
                                akSkEnvironment());
        VERIFY_NO_SECRET(r);
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(QRegularExpression(u"\\* No answer to POST \\S+ \\(attempt 1\\) after \\d+ ms: "_s).match(QString::fromUtf8(r.err)).hasMatch(),
                 r.err.constData());
    }

    void withoutDebugNothingIsTraced()
    {
        const CliResult r = run(exportTo(m_server.httpUrl()) << u"--row"_s << u"t1,s1,n1"_s, akSkEnvironment());
        QCOMPARE(r.exitCode, 0);
        for (const char *mark : {"> POST", "< 200", "* Attempt", "* Answer", "Signature"})
            QVERIFY2(!r.err.contains(mark), r.err.constData());
        const CliResult list = run(accountArgs(u"list-servers"_s), akSkEnvironment());
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(!list.err.contains("> GET") && !list.err.contains("* Answer"), list.err.constData());
    }

    void cleanupTestCase()
    {
        // The project's own secret scan over everything the runs printed.
        QVERIFY(m_runs > 0);
        QProcess scan;
        scan.start(u"python3"_s, {QString::fromUtf8(SMSC_TEST_DATA_DIR "/../../tools/scan-secrets.py"),
                                  QString::fromUtf8(SMSC_TEST_DATA_DIR "/test-secrets.txt"), m_outputs.path()});
        QVERIFY(scan.waitForFinished(60000));
        QVERIFY2(scan.exitCode() == 0, scan.readAllStandardError().constData());
    }

private:
    QTemporaryDir m_outputs;
    int m_runs = 0;
};

QTEST_GUILESS_MAIN(TestCliDebug)
#include "tst_clidebug.moc"
