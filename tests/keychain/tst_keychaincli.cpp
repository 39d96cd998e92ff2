// SPDX-License-Identifier: GPL-3.0-or-later
#include "../integration/CliTestHelpers.h"
#include "../integration/PtyRunner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace smsc::test;

namespace {

QProcessEnvironment vars(std::initializer_list<std::pair<QString, QString>> list)
{
    QProcessEnvironment e;
    for (const auto &[k, v] : list)
        e.insert(k, v);
    return e;
}

//! A non-secret header of a logged request (case-insensitive name).
QString sentHeader(const QJsonValue &record, const QString &name)
{
    for (const QJsonValue pair : record[u"headers"_s].toArray()) {
        if (pair.toArray().at(0).toString().compare(name, Qt::CaseInsensitive) == 0)
            return pair.toArray().at(1).toString();
    }
    return {};
}

} // namespace

/*!
 * `profile set|list|show|delete|import-sdk` and `export --profile` through the real CLI and the real
 * Secret Service of tools/in-test-session (an isolated gnome-keyring).
 */
class TestKeychainCli final : public QObject
{
    Q_OBJECT
private:
    LoopbackServer m_server;
    std::unique_ptr<CliRunner> m_cli;  // fresh HOME (and QSettings) per test
    std::unique_ptr<QTemporaryDir> m_out;

    CliResult exportWith(const QString &profile)
    {
        return m_cli->run({u"export"_s, u"--profile"_s, profile, u"--row"_s, u"t1,s1,n1"_s, u"--output-dir"_s, m_out->path()});
    }
    QStringList settingsArgs(const QString &name) const
    {
        return {u"profile"_s, u"set"_s, name, u"--endpoint"_s, m_server.httpUrl().toString(), u"--domain-id"_s, kTestDomainId};
    }
    //! No file under the CLI's HOME holds a secret in plain text (the keyring lives elsewhere).
    void verifyHomeHoldsNoSecret()
    {
        QDirIterator it(m_cli->home(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray data = f.readAll();
            for (const QString &s : kCliSecrets)
                QVERIFY2(!data.contains(s.toUtf8()), qPrintable(f.fileName()));
        }
    }

    //! An SDK credentials file outside the CLI's HOME (which must stay free of secrets).
    QString writeSdkFile(const QByteArray &text)
    {
        const QString path = m_sdkDir->filePath(u"credentials"_s);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(text);
        return path;
    }
    QByteArray sdkSection(const char *name, const QByteArray &extra = {}) const
    {
        return "[" + QByteArray(name) + "]\nak = " + kTestAk.toUtf8() + "\nsk = " + kTestSk.toUtf8() + "\n" + extra;
    }
    static QByteArray contents(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    std::unique_ptr<QTemporaryDir> m_sdkDir;

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }
    void init()
    {
        m_server.reset();
        m_cli = std::make_unique<CliRunner>();
        m_out = std::make_unique<QTemporaryDir>();
        m_sdkDir = std::make_unique<QTemporaryDir>();
    }

    void profileSetFromStdinThenExport()
    {
        const CliResult set = m_cli->run(settingsArgs(u"prod"_s), {}, (kTestAk + u'\n' + kTestSk + u'\n').toUtf8());
        VERIFY_NO_SECRET(set);
        QVERIFY2(set.exitCode == 0, set.err.constData());
        verifyHomeHoldsNoSecret();

        const CliResult list = m_cli->run({u"profile"_s, u"list"_s});
        QCOMPARE(list.out, QByteArray("prod\n"));
        const CliResult show = m_cli->run({u"profile"_s, u"show"_s, u"prod"_s});
        VERIFY_NO_SECRET(show);
        QCOMPARE(show.exitCode, 0);
        QVERIFY2(show.out.contains(m_server.httpUrl().toString().toUtf8()), show.out.constData());
        QVERIFY2(show.out.contains("stored in the keychain"), show.out.constData());
        QVERIFY2(show.out.contains("(from profile)"), show.out.constData());
        QVERIFY(!show.out.contains(kTestAk.toUtf8()));  // masked

        const CliResult exported = exportWith(u"prod"_s);
        VERIFY_NO_SECRET(exported);
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QVERIFY(QFileInfo::exists(QString::fromUtf8(exported.out).trimmed()));
        const QJsonArray log = m_server.requests(kExportPath);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.at(0)[u"auth_mode"_s].toString(), u"aksk"_s);
        QCOMPARE(log.at(0)[u"signature_ok"_s].toBool(), true);
    }

    void profileShowSaysWhereEachEndpointCameFrom()
    {
        const CliResult set = m_cli->run({u"profile"_s, u"set"_s, u"moscow"_s, u"--region"_s, u"ru-moscow-1"_s,
                                          u"--domain-id"_s, kTestDomainId},
                                         {}, (kTestAk + u'\n' + kTestSk + u'\n').toUtf8());
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QVERIFY(QDir(m_cli->home()).mkpath(u".huaweicloud"_s));
        const QString regions = QDir(m_cli->home()).filePath(u".huaweicloud/regions.yaml"_s);
        QFile file(regions);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# SDK regions\nSMS:\n  - id: ru-moscow-1\n    endpoint: https://sms.file.example\n");
        file.close();
        const CliResult show = m_cli->run({u"profile"_s, u"show"_s, u"moscow"_s},
                                          vars({{u"HUAWEICLOUD_SDK_IAM_ENDPOINT"_s, u"iam.env.example"_s}}));
        VERIFY_NO_SECRET(show);
        QCOMPARE(show.exitCode, 0);
        const QByteArray expected = "SMS endpoint: https://sms.file.example (from regions file " + regions.toUtf8() + ":3)";
        QVERIFY2(show.out.contains(expected), show.out.constData());
        QVERIFY2(show.out.contains("IAM endpoint: https://iam.env.example (from environment variable "
                                   "HUAWEICLOUD_SDK_IAM_ENDPOINT)"),
                 show.out.constData());
        QVERIFY2(show.out.contains("STS endpoint: none (Region ru-moscow-1 has no STS endpoint"), show.out.constData());

        // A malformed regions file is an error naming the line, not a silent fallback.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("SMS:\n\t- id: ru-moscow-1\n");
        file.close();
        const CliResult broken = m_cli->run({u"profile"_s, u"show"_s, u"moscow"_s});
        QVERIFY2(broken.out.contains(QByteArray(regions.toUtf8() + ", line 2:")), broken.out.constData());
    }

    void profileSetFromEnvironmentWithSecurityToken()
    {
        const auto env = vars({{u"CLOUD_SDK_AK"_s, kTestAk}, {u"CLOUD_SDK_SK"_s, kTestSk},
                               {u"CLOUD_SDK_SECURITY_TOKEN"_s, kTestSecurityToken}});
        const CliResult set = m_cli->run(settingsArgs(u"temp"_s) + QStringList{u"--from-env"_s}, env);
        VERIFY_NO_SECRET(set);
        QVERIFY2(set.exitCode == 0, set.err.constData());
        const CliResult exported = exportWith(u"temp"_s);
        VERIFY_NO_SECRET(exported);
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QCOMPARE(m_server.requests(kExportPath).at(0)[u"auth_mode"_s].toString(), u"aksk_token"_s);
        verifyHomeHoldsNoSecret();
    }

    void iamTokenProfileFromStdin()
    {
        const CliResult set = m_cli->run(settingsArgs(u"tok"_s) + QStringList{u"--auth"_s, u"token"_s}, {},
                                         kTestIamToken.toUtf8() + '\n');
        QVERIFY2(set.exitCode == 0, set.err.constData());
        const CliResult exported = exportWith(u"tok"_s);
        VERIFY_NO_SECRET(exported);
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QCOMPARE(m_server.requests(kExportPath).at(0)[u"auth_mode"_s].toString(), u"iam_token"_s);
    }

    void deleteRemovesSettingsAndSecrets()
    {
        QCOMPARE(m_cli->run(settingsArgs(u"gone"_s), {}, (kTestAk + u'\n' + kTestSk + u'\n').toUtf8()).exitCode, 0);
        const CliResult deleted = m_cli->run({u"profile"_s, u"delete"_s, u"gone"_s});
        QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
        QCOMPARE(m_cli->run({u"profile"_s, u"list"_s}).out, QByteArray());
        // Same settings again without secrets: the old ones must really be gone from the keychain.
        QCOMPARE(m_cli->run(settingsArgs(u"gone"_s) + QStringList{u"--keep-secrets"_s}).exitCode, 0);
        const CliResult exported = exportWith(u"gone"_s);
        QCOMPARE(exported.exitCode, 6);
        QCOMPARE(exported.errLines().size(), 1);
        QVERIFY2(exported.err.contains("Profile \"gone\" has no access key (AK) stored in the keychain."), exported.err.constData());
        QCOMPARE(m_server.requests().size(), 0);
    }

    void incompleteSecretsFromStdinAreRefused()
    {
        const CliResult set = m_cli->run(settingsArgs(u"half"_s), {}, (kTestAk + u'\n').toUtf8());
        QCOMPARE(set.exitCode, 6);
        QCOMPARE(set.errLines().size(), 1);
        QVERIFY2(set.err.contains("SK"), set.err.constData());
        QCOMPARE(m_cli->run({u"profile"_s, u"list"_s}).out, QByteArray());
    }

    void unknownProfileIsUsage()
    {
        const CliResult exported = exportWith(u"nobody"_s);
        QCOMPARE(exported.exitCode, 2);
        QVERIFY(exported.err.contains("nobody"));
        QCOMPARE(m_server.requests().size(), 0);
    }

    void unavailableKeychainSavesNothing()
    {
        const auto noBus = vars({{u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s}});
        const CliResult set = m_cli->run(settingsArgs(u"nokeyring"_s), noBus, (kTestAk + u'\n' + kTestSk + u'\n').toUtf8());
        VERIFY_NO_SECRET(set);
        QCOMPARE(set.exitCode, 6);
        QCOMPARE(set.errLines().size(), 1);
        QVERIFY2(set.err.contains("keychain"), set.err.constData());
        QVERIFY2(set.err.contains("unavailable"), set.err.constData());
        QCOMPARE(m_cli->run({u"profile"_s, u"list"_s}).out, QByteArray());
        verifyHomeHoldsNoSecret();
    }

    void importSdkThenExportInProjectMode()
    {
        // [basic] without project_id: the project id is looked up through the file's IAM endpoint.
        const QByteArray text = sdkSection("basic", "iam_endpoint = " + m_server.httpUrl().toString().toUtf8() + "\n");
        const QString path = writeSdkFile(text);
        const CliResult imported = m_cli->run({u"profile"_s, u"import-sdk"_s, u"--file"_s, path, u"--region"_s,
                                               u"cn-north-4"_s, u"sdk"_s});
        VERIFY_NO_SECRET(imported);
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY2(imported.err.contains("left as it is"), imported.err.constData());
        QCOMPARE(contents(path), text);  // not asked (no terminal): the file is left alone
        QVERIFY(!imported.err.contains(kTestAk.toUtf8()));
        verifyHomeHoldsNoSecret();

        const CliResult show = m_cli->run({u"profile"_s, u"show"_s, u"sdk"_s});
        VERIFY_NO_SECRET(show);
        QVERIFY2(show.out.contains("X-Project-Id: (looked up through IAM for region cn-north-4)"), show.out.constData());
        QVERIFY2(show.out.contains("stored in the keychain"), show.out.constData());

        // The keys come back from the keychain: the loopback server checks the signature.
        const auto sms = vars({{u"HUAWEICLOUD_SDK_REGION_SMS_CN_NORTH_4"_s, m_server.httpUrl().toString()}});
        const CliResult exported = m_cli->run({u"export"_s, u"--profile"_s, u"sdk"_s, u"--row"_s, u"t1,s1,n1"_s,
                                               u"--output-dir"_s, m_out->path()}, sms);
        VERIFY_NO_SECRET(exported);
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QVERIFY2(exported.err.contains(QByteArray("X-Project-Id: " + kTestProjectId.toUtf8())), exported.err.constData());
        const QJsonArray projects = m_server.requests(u"/v3/projects"_s);
        QCOMPARE(projects.size(), 1);
        QCOMPARE(projects.at(0)[u"signature_ok"_s].toBool(), true);
        QCOMPARE(projects.at(0)[u"query"_s].toArray(), (QJsonArray{QJsonArray{u"name"_s, u"cn-north-4"_s}}));
        const QJsonArray log = m_server.requests(kExportPath);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.at(0)[u"signature_ok"_s].toBool(), true);
        QCOMPARE(sentHeader(log.at(0), u"X-Project-Id"_s), kTestProjectId);
        QCOMPARE(m_server.requests(u"/v3/auth/domains"_s).size(), 0);

        // whoami shows the X-Project-Id an export sends, looked up the same way.
        const auto sts = vars({{u"HUAWEICLOUD_SDK_STS_ENDPOINT"_s, m_server.httpUrl().toString()}});
        const CliResult whoami = m_cli->run({u"whoami"_s, u"--profile"_s, u"sdk"_s}, sts);
        VERIFY_NO_SECRET(whoami);
        QVERIFY2(whoami.exitCode == 0, whoami.err.constData());
        QVERIFY2(whoami.out.contains(QByteArray("X-Project-Id: " + kTestProjectId.toUtf8())), whoami.out.constData());
        QCOMPARE(m_server.requests(u"/v3/projects"_s).size(), 2);  // another process: asked again
        verifyHomeHoldsNoSecret();
    }

    void importSdkChoosesASectionAndNeverOverwritesSilently()
    {
        const QByteArray text = sdkSection("basic") + sdkSection("global", "domain_id = " + kTestDomainId.toUtf8() + "\n");
        const QString path = writeSdkFile(text);
        const QStringList args{u"profile"_s, u"import-sdk"_s, u"--file"_s, path, u"--endpoint"_s,
                               m_server.httpUrl().toString(), u"both"_s};
        const CliResult ambiguous = m_cli->run(args);
        QCOMPARE(ambiguous.exitCode, 2);
        QVERIFY2(ambiguous.err.contains("[basic]") && ambiguous.err.contains("[global]"), ambiguous.err.constData());
        QCOMPARE(m_cli->run({u"profile"_s, u"list"_s}).out, QByteArray());

        const CliResult global = m_cli->run(args + QStringList{u"--section"_s, u"global"_s});
        VERIFY_NO_SECRET(global);
        QVERIFY2(global.exitCode == 0, global.err.constData());
        const CliResult again = m_cli->run(args + QStringList{u"--section"_s, u"global"_s});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains("exists already") && again.err.contains("--force"), again.err.constData());
        const CliResult forced = m_cli->run(args + QStringList{u"--section"_s, u"global"_s, u"--force"_s});
        QVERIFY2(forced.exitCode == 0, forced.err.constData());
        QCOMPARE(contents(path), text);

        const CliResult exported = exportWith(u"both"_s);
        VERIFY_NO_SECRET(exported);
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QCOMPARE(sentHeader(m_server.requests(kExportPath).at(0), u"X-Domain-Id"_s), kTestDomainId);
        verifyHomeHoldsNoSecret();
    }

    void importSdkDeletesTheFileOnlyWhenAsked()
    {
        const QString path = writeSdkFile(sdkSection("global", "domain_id = " + kTestDomainId.toUtf8() + "\n"));
        // The SDKs' variable names the file when --file is not given.
        const auto env = vars({{u"HUAWEICLOUD_SDK_CREDENTIALS_FILE"_s, path}});
        const CliResult imported = m_cli->run({u"profile"_s, u"import-sdk"_s, u"--endpoint"_s,
                                               m_server.httpUrl().toString(), u"--delete-file"_s, u"gone"_s}, env);
        VERIFY_NO_SECRET(imported);
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY2(imported.err.contains("Deleted"), imported.err.constData());
        const CliResult exported = exportWith(u"gone"_s);
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
    }

    void importSdkMalformedFileNamesTheLineNotTheSecret()
    {
        const QString path = writeSdkFile("[basic]\nak = " + kTestAk.toUtf8() + "\n" + kTestSk.toUtf8() + "\n");
        const CliResult imported = m_cli->run({u"profile"_s, u"import-sdk"_s, u"--file"_s, path, u"--region"_s,
                                               u"cn-north-4"_s, u"bad"_s});
        VERIFY_NO_SECRET(imported);
        QCOMPARE(imported.exitCode, 2);
        QVERIFY2(imported.err.contains(QByteArray(path.toUtf8() + ", line 3:")), imported.err.constData());
        QVERIFY(!imported.err.contains(kTestAk.toUtf8()));
        QCOMPARE(m_cli->run({u"profile"_s, u"list"_s}).out, QByteArray());
    }

    void importSdkAtATerminalAsksAndDefaultsToKeeping_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<bool>("deleted");
        QTest::newRow("Enter: the default keeps the file") << QByteArray("\n") << false;
        QTest::newRow("n") << QByteArray("n\n") << false;
        QTest::newRow("y") << QByteArray("y\n") << true;
    }
    void importSdkAtATerminalAsksAndDefaultsToKeeping()
    {
        QFETCH(QByteArray, answer);
        QFETCH(bool, deleted);
        const QByteArray text = sdkSection("global", "domain_id = " + kTestDomainId.toUtf8() + "\n");
        const QString path = writeSdkFile(text);
        bool asked = false;
        const PtyResult r = PtyRunner::run({u"profile"_s, u"import-sdk"_s, u"--file"_s, path, u"--endpoint"_s,
                                            m_server.httpUrl().toString(), u"tty"_s},
                                           m_cli->environment(), 200, [&asked, answer](const QByteArray &screen, int fd) {
                                               if (!asked && screen.contains("[y/N]")) {
                                                   asked = true;
                                                   std::ignore = ::write(fd, answer.constData(), size_t(answer.size()));
                                               }
                                           });
        QVERIFY2(r.problem.isEmpty(), qPrintable(r.problem));
        QVERIFY2(r.exitCode == 0, r.screen.constData());
        QVERIFY2(asked, r.screen.constData());
        for (const QString &secret : kCliSecrets)
            QVERIFY(!r.screen.contains(secret.toUtf8()));
        QVERIFY(!r.screen.contains(kTestAk.toUtf8()));
        QCOMPARE(QFileInfo::exists(path), !deleted);
        if (!deleted)
            QCOMPARE(contents(path), text);
        QCOMPARE(exportWith(u"tty"_s).exitCode, 0);  // the keys are in the keychain either way
    }
};

QTEST_GUILESS_MAIN(TestKeychainCli)
#include "tst_keychaincli.moc"
