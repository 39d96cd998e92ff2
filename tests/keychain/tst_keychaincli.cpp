// SPDX-License-Identifier: GPL-3.0-or-later
#include "../integration/CliTestHelpers.h"

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

} // namespace

/*!
 * `profile set|list|show|delete` and `export --profile` through the real CLI and the real
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

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }
    void init()
    {
        m_server.reset();
        m_cli = std::make_unique<CliRunner>();
        m_out = std::make_unique<QTemporaryDir>();
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
};

QTEST_GUILESS_MAIN(TestKeychainCli)
#include "tst_keychaincli.moc"
