// SPDX-License-Identifier: GPL-3.0-or-later
// `sms-consistency-cli doctor` as a real process against the loopback server: the text lines and
// their marks, --json, the exit codes 0, 8, 6 and 2, and the secret scan over its output.
#include "CliProcess.h"
#include "CliTestHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace smsc::test;

class TestCliDoctor final : public QObject, private CliExportFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { startFixture(); }
    void init() { resetFixture(); }

    void textWhenEverythingIsFine();
    void asciiMarksOutsideAUtf8Locale();
    void jsonWhenAKeyIsRejected();
    void failedCheckPrintsItsFixAndExits8();
    void withoutCredentialsExits6();
    void unexpectedArgumentExits2();
    void jsonPassesTheSecretScan();
    void ctrlCStopsTheRunningCheckAndSkipsTheRest();

private:
    QStringList doctor(const QUrl &base) const
    {
        return {u"doctor"_s, u"--endpoint"_s, base.toString(), u"--iam-endpoint"_s, base.toString(),
                u"--sts-endpoint"_s, base.toString(), u"--ca-file"_s, m_server.caFile(), u"--proxy"_s, u"none"_s};
    }
    static QJsonObject json(const CliResult &r) { return QJsonDocument::fromJson(r.out).object(); }
};

void TestCliDoctor::textWhenEverythingIsFine()
{
    const CliResult r = m_cli.run(doctor(m_server.httpsUrl()), akSkEnvironment());
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 9);  // eight checks and the summary
    const QStringList names{u"Configuration"_s, u"Name resolution"_s, u"Connection"_s, u"TLS"_s, u"Clock"_s,
                            u"Credentials accepted"_s, u"Account id"_s, u"Permissions"_s};
    for (int i = 0; i < names.size(); ++i)
        QVERIFY2(lines.at(i).startsWith(u"\u2713 "_s + names.at(i) + u": "_s), qPrintable(lines.at(i)));
    QVERIFY(lines.at(3).contains(u"TLS 1."_s));
    QCOMPARE(lines.last(), u"No check failed."_s);
    VERIFY_NO_SECRET(r);
}

void TestCliDoctor::asciiMarksOutsideAUtf8Locale()
{
    QProcessEnvironment env = akSkEnvironment();
    env.insert(u"LANG"_s, u"C"_s);
    env.insert(u"LC_ALL"_s, u"C"_s);
    QUrl closed = m_server.httpsUrl();
    closed.setPort(1);  // nothing listens on port 1 of 127.0.0.1
    const CliResult r = m_cli.run(doctor(closed), env);
    QCOMPARE(r.exitCode, 8);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.startsWith(u"+ Configuration: "_s), qPrintable(out));
    QVERIFY(out.contains(u"\nx Connection: "_s));
    QVERIFY(out.contains(u"\n- Credentials accepted: "_s));
    for (const QChar c : out)
        QVERIFY2(c.unicode() < 128, qPrintable(out));
}

void TestCliDoctor::jsonWhenAKeyIsRejected()
{
    QProcessEnvironment env = akSkEnvironment();
    env.insert(u"CLOUD_SDK_AK"_s, u"SMSCTESTAK0000000009"_s);
    const CliResult r = m_cli.run(doctor(m_server.httpsUrl()) << u"--json"_s, env);
    QCOMPARE(r.exitCode, 8);
    const QJsonObject o = json(r);
    QCOMPARE(o.value(u"ok"_s).toBool(true), false);
    const QJsonArray checks = o.value(u"checks"_s).toArray();
    QCOMPARE(checks.size(), 8);
    for (const QJsonValue &v : checks) {
        for (const QString &key : {u"id"_s, u"name"_s, u"verdict"_s, u"figure"_s, u"detail"_s, u"fix"_s})
            QVERIFY2(v.toObject().contains(key), qPrintable(key));
    }
    const QJsonObject credentials = checks.at(5).toObject();
    QCOMPARE(credentials.value(u"id"_s).toString(), u"credentials"_s);
    QCOMPARE(credentials.value(u"verdict"_s).toString(), u"failed"_s);
    QVERIFY(credentials.value(u"fix"_s).toString().contains(u"5 failed attempts"_s));
    QCOMPARE(checks.at(7).toObject().value(u"verdict"_s).toString(), u"skipped"_s);
    const QJsonArray actions = o.value(u"policy"_s).toObject().value(u"Statement"_s).toArray().at(0).toObject()
                                   .value(u"Action"_s).toArray();
    QCOMPARE(actions.size(), 2);
    QCOMPARE(m_server.requests(u"/v5/caller-identity"_s).size(), 1);  // sent once, by the doctor's check 6
    VERIFY_NO_SECRET(r);
}

void TestCliDoctor::failedCheckPrintsItsFixAndExits8()
{
    m_server.setConfig({{u"date_offset_seconds"_s, 1200}});
    const CliResult r = m_cli.run(doctor(m_server.httpsUrl()), akSkEnvironment());
    QCOMPARE(r.exitCode, 8);
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    const int clock = int(lines.indexOf(QRegularExpression(u"^\u2717 Clock: skew -1[12]\\d\\d s$"_s)));
    QVERIFY2(clock >= 0, r.out.constData());
    QVERIFY2(lines.value(clock + 1).startsWith(u"    Fix: "_s) && lines.value(clock + 1).contains(u"--clock-offset"_s),
             r.out.constData());
    QCOMPARE(lines.last(), u"1 check failed."_s);
}

void TestCliDoctor::withoutCredentialsExits6()
{
    const CliResult r = m_cli.run(doctor(m_server.httpsUrl()));
    QCOMPARE(r.exitCode, 6);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains("CLOUD_SDK_AK"));
    QCOMPARE(m_server.requests().size(), 0);
}

void TestCliDoctor::unexpectedArgumentExits2()
{
    const CliResult r = m_cli.run(doctor(m_server.httpsUrl()) << u"now"_s, akSkEnvironment());
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(m_server.requests().size(), 0);
}

void TestCliDoctor::jsonPassesTheSecretScan()
{
    // a run that goes everywhere: a temporary key, a denied list call decoded through STS
    m_server.setScenario(u"/v3/sources"_s, {{u"name"_s, u"forbidden_0204"_s}});
    QProcessEnvironment env = akSkEnvironment();
    env.insert(u"CLOUD_SDK_SECURITY_TOKEN"_s, kTestSecurityToken);
    const CliResult r = m_cli.run(doctor(m_server.httpsUrl()) << u"--json"_s, env);
    QCOMPARE(r.exitCode, 8);
    QCOMPARE(json(r).value(u"checks"_s).toArray().at(7).toObject().value(u"verdict"_s).toString(), u"failed"_s);
    const CliResult text = m_cli.run(doctor(m_server.httpsUrl()), env);
    QCOMPARE(text.exitCode, 8);
    QVERIFY2(text.out.contains("\n    Fix: Ask an administrator to grant sms:server:list"), text.out.constData());
    QVERIFY(text.out.contains("\n    The export needs two IAM actions"));  // the policy the fix points to
    QVERIFY(text.out.contains("\"sms:server:queryServer\""));
    const QString scanner = QString::fromUtf8(SMSC_TEST_DATA_DIR "/../../tools/scan-secrets.py");
    const QString list = QString::fromUtf8(SMSC_TEST_DATA_DIR "/test-secrets.txt");
    const auto scan = [&](const QByteArray &bytes) {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"doctor.json"_s), bytes);
        QProcess p;
        p.start(u"python3"_s, {scanner, list, dir.path()});
        return p.waitForFinished(30'000) ? p.exitCode() : -1;
    };
    QCOMPARE(scan(r.out + r.err + text.out + text.err), 0);
    QCOMPARE(scan(r.out + kTestSk.toUtf8()), 1);  // the scanner does see a secret
    QString leaked;
    QVERIFY2(!CliRunner::leaksSecret(r, {kTestAk, kTestSk, kTestSecurityToken}, &leaked), qPrintable(leaked));
}

void TestCliDoctor::ctrlCStopsTheRunningCheckAndSkipsTheRest()
{
    m_server.setScenario(u"/v5/caller-identity"_s, {{u"name"_s, u"hang"_s}});
    CliProcess process(m_cli, doctor(m_server.httpsUrl()), akSkEnvironment());
    QVERIFY(process.start());
    QVERIFY(process.waitUntilCatchingSignals());
    QTRY_COMPARE_WITH_TIMEOUT(m_server.requests(u"/v5/caller-identity"_s).size(), 1, 30'000);
    qint64 afterSignalMs = 0;
    const CliResult r = process.interrupt(SIGINT, &afterSignalMs);
    QCOMPARE(r.exitCode, 130);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(u"\u2713 Clock: "_s), r.out.constData());  // what ran before is kept
    QVERIFY(out.contains(u"\u2013 Credentials accepted: cancelled"_s));
    QVERIFY(out.contains(u"\u2013 Permissions: cancelled"_s));
    QCOMPARE(m_server.requests(u"/v3/sources"_s).size(), 0);
}

QTEST_GUILESS_MAIN(TestCliDoctor)
#include "tst_clidoctor.moc"
