// SPDX-License-Identifier: GPL-3.0-or-later
#include "input/CredentialSource.h"
#include "input/RowsInput.h"
#include "output/ExitCode.h"
#include "output/JsonReport.h"
#include "output/OutputTarget.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace smsc;
using namespace smsc::cli;

namespace {

const QString kAk = u"SMSCTESTAK0000000001"_s;
const QString kSk = u"SMSCTESTSECRETKEY0000000000000000000000000"_s;
const QString kToken = u"SMSCTESTSECURITYTOKEN00000000000000000000"_s;
const QString kIam = u"SMSCTESTIAMTOKEN000000000000000000000000"_s;

QProcessEnvironment env(std::initializer_list<std::pair<const char *, QString>> vars)
{
    QProcessEnvironment e;
    for (const auto &[k, v] : vars)
        e.insert(QLatin1String(k), v);
    return e;
}

} // namespace

class TestCliParts final : public QObject
{
    Q_OBJECT
private slots:
    void environmentCredentials_data()
    {
        QTest::addColumn<QProcessEnvironment>("environment");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("ak");
        QTest::addColumn<QString>("sk");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("iam");
        QTest::addColumn<QString>("errorMentions");
        QTest::newRow("CLOUD_SDK names of the official samples")
            << env({{"CLOUD_SDK_AK", kAk}, {"CLOUD_SDK_SK", kSk}}) << int(AuthMode::AkSk) << kAk << kSk << QString() << QString() << QString();
        QTest::newRow("HUAWEICLOUD_SDK names of the SDK provider chain")
            << env({{"HUAWEICLOUD_SDK_AK", kAk}, {"HUAWEICLOUD_SDK_SK", kSk}}) << int(AuthMode::AkSk) << kAk << kSk << QString() << QString() << QString();
        QTest::newRow("CLOUD_SDK wins over HUAWEICLOUD_SDK")
            << env({{"CLOUD_SDK_AK", kAk}, {"CLOUD_SDK_SK", kSk}, {"HUAWEICLOUD_SDK_AK", u"OTHERAK000"_s}, {"HUAWEICLOUD_SDK_SK", u"OTHERSK000"_s}})
            << int(AuthMode::AkSk) << kAk << kSk << QString() << QString() << QString();
        QTest::newRow("security token makes temporary keys")
            << env({{"CLOUD_SDK_AK", kAk}, {"CLOUD_SDK_SK", kSk}, {"HUAWEICLOUD_SDK_SECURITY_TOKEN", kToken}})
            << int(AuthMode::TemporaryAkSk) << kAk << kSk << kToken << QString() << QString();
        QTest::newRow("IAM token alone")
            << env({{"CLOUD_SDK_IAM_TOKEN", kIam}}) << int(AuthMode::IamToken) << QString() << QString() << QString() << kIam << QString();
        QTest::newRow("missing SK is named")
            << env({{"CLOUD_SDK_AK", kAk}}) << int(AuthMode::AkSk) << kAk << QString() << QString() << QString() << u"CLOUD_SDK_SK"_s;
        QTest::newRow("missing AK is named")
            << env({{"CLOUD_SDK_SK", kSk}}) << int(AuthMode::AkSk) << QString() << kSk << QString() << QString() << u"CLOUD_SDK_AK"_s;
        QTest::newRow("nothing at all")
            << QProcessEnvironment() << int(AuthMode::AkSk) << QString() << QString() << QString() << QString() << u"--profile"_s;
    }
    void environmentCredentials()
    {
        QFETCH(QProcessEnvironment, environment);
        QFETCH(int, mode);
        QFETCH(QString, ak);
        QFETCH(QString, sk);
        QFETCH(QString, token);
        QFETCH(QString, iam);
        QFETCH(QString, errorMentions);
        const EnvironmentCredentials c = CredentialSource::fromEnvironment(environment, {});
        QCOMPARE(int(c.credentials.mode), mode);
        QCOMPARE(c.credentials.accessKey, ak);
        QCOMPARE(c.credentials.secretKey, sk);
        QCOMPARE(c.credentials.securityToken, token);
        QCOMPARE(c.credentials.iamToken, iam);
        if (errorMentions.isEmpty())
            QVERIFY2(c.ok(), qPrintable(c.error));
        else
            QVERIFY2(c.error.contains(errorMentions), qPrintable(c.error));
        QVERIFY(!c.error.contains(kSk));
    }

    void tokenFileWinsAndIsTrimmed()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(u"token"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kIam.toUtf8() + "\n");
        f.close();
        const auto c = CredentialSource::fromEnvironment(env({{"CLOUD_SDK_AK", kAk}, {"CLOUD_SDK_SK", kSk}}), f.fileName());
        QVERIFY(c.ok());
        QCOMPARE(c.credentials.mode, AuthMode::IamToken);
        QCOMPARE(c.credentials.iamToken, kIam);
        const auto missing = CredentialSource::fromEnvironment({}, dir.filePath(u"nope"_s));
        QVERIFY(missing.error.contains(dir.filePath(u"nope"_s)));
    }

    void domainAndProjectIdsComeFromTheEnvironment()
    {
        const auto c = CredentialSource::fromEnvironment(
            env({{"HUAWEICLOUD_SDK_DOMAIN_ID", u"dom"_s}, {"HUAWEICLOUD_SDK_PROJECT_ID", u"proj"_s}}), {});
        QCOMPARE(c.domainId, u"dom"_s);
        QCOMPARE(c.projectId, u"proj"_s);
    }

    void secretOptionsAreRefusedWithAReason()
    {
        for (const char *option : {"sk", "ak", "secret-key", "security-token", "token", "iam-token"}) {
            QVERIFY(CredentialSource::forbiddenOptions().contains(QLatin1String(option)));
            const QString why = CredentialSource::refusal(QLatin1String(option));
            QVERIFY2(why.startsWith(u"--"_s + QLatin1String(option)), qPrintable(why));
            QVERIFY2(why.contains(u"CLOUD_SDK_SK"_s), qPrintable(why));
        }
    }

    void rowArguments_data()
    {
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QList<TaskRow>>("rows");
        QTest::addColumn<bool>("ok");
        QTest::newRow("one row") << QStringList{u"t1,s1,web-01"_s} << QList<TaskRow>{{u"t1"_s, u"s1"_s, u"web-01"_s}} << true;
        QTest::newRow("name keeps its commas") << QStringList{u"t1,s1,a,b"_s} << QList<TaskRow>{{u"t1"_s, u"s1"_s, u"a,b"_s}} << true;
        QTest::newRow("empty source fields") << QStringList{u"t1,,"_s} << QList<TaskRow>{{u"t1"_s, {}, {}}} << true;
        QTest::newRow("one comma is not a row") << QStringList{u"t1,s1"_s} << QList<TaskRow>{} << false;
        QTest::newRow("order kept") << QStringList{u"a,,"_s, u"b,,"_s}
                                    << QList<TaskRow>{{u"a"_s, {}, {}}, {u"b"_s, {}, {}}} << true;
    }
    void rowArguments()
    {
        QFETCH(QStringList, values);
        QFETCH(QList<TaskRow>, rows);
        QFETCH(bool, ok);
        const RowsInputResult r = RowsInput::fromArguments(values);
        QCOMPARE(r.ok(), ok);
        QCOMPARE(r.rows, rows);
    }

    void outputTargetChecks()
    {
        QTemporaryDir dir;
        const QString existing = dir.filePath(u"existing.zip"_s);
        QFile f(existing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QVERIFY(OutputTarget::check(existing, {}, false).error.contains(u"--force"_s));
        const OutputCheck forced = OutputTarget::check(existing, {}, true);
        QVERIFY(forced.ok());
        QVERIFY(forced.options.overwrite);
        QCOMPARE(forced.options.filePath, existing);
        QVERIFY(OutputTarget::check(dir.filePath(u"missing/x.zip"_s), {}, false).error.contains(u"does not exist"_s));
        QVERIFY(OutputTarget::check({}, dir.filePath(u"missing"_s), false).error.contains(u"does not exist"_s));
        QVERIFY(OutputTarget::check({}, existing, false).error.contains(u"not a folder"_s));
        QVERIFY(OutputTarget::check(dir.path(), {}, false).error.contains(u"--output-dir"_s));
        const OutputCheck folder = OutputTarget::check({}, dir.path(), false);
        QVERIFY(folder.ok());
        QCOMPARE(folder.options.directory, QDir(dir.path()).absolutePath());
        // The probe leaves nothing behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{u"existing.zip"_s});
    }

    void sysfsIsNotWritableEvenForRoot()
    {
        if (!QFileInfo(u"/sys/fs"_s).isDir())
            QSKIP("no sysfs here");
        QVERIFY(OutputTarget::check({}, u"/sys/fs"_s, false).error.contains(u"not writable"_s));
    }

    void jsonReportHasExactlyTheDocumentedKeys()
    {
        ExportOutcome failed;
        failed.httpStatus = 403;
        failed.error.kind = ErrorKind::Permission;
        failed.error.httpStatus = 403;
        failed.error.errorCode = u"SMS.0204"_s;
        failed.error.errorMsg = u"Insufficient permissions. Cause: sms:server:getBatchConsistencyResults"_s;
        failed.error.errorParam = {u"sms:server:getBatchConsistencyResults"_s};
        failed.error.details = {{u"SMS.2002"_s, u"no permission"_s}};
        failed.error.encodedAuthorizationMessage = u"ENCODED"_s;
        failed.error.requestId = u"req-1"_s;
        failed.error.hint = u"Grant the permission"_s;
        failed.error.clockSkewSeconds = -3;
        const QJsonObject o = JsonReport::fromOutcome(failed);
        QStringList keys = o.keys();
        QStringList expected = JsonReport::keys();
        keys.sort();
        expected.sort();
        QCOMPARE(keys, expected);
        QCOMPARE(o.value(u"ok"_s).toBool(true), false);
        QCOMPARE(o.value(u"http_status"_s).toInt(), 403);
        QCOMPARE(o.value(u"request_id"_s).toString(), u"req-1"_s);
        QCOMPARE(o.value(u"error_code"_s).toString(), u"SMS.0204"_s);
        QCOMPARE(o.value(u"error_param"_s).toArray().size(), 1);
        QCOMPARE(o.value(u"details"_s).toArray().at(0).toObject().value(u"error_code"_s).toString(), u"SMS.2002"_s);
        QCOMPARE(o.value(u"encoded_authorization_message"_s).toString(), u"ENCODED"_s);
        QCOMPARE(o.value(u"clock_skew_seconds"_s).toInt(), -3);
        QVERIFY(o.value(u"output_file"_s).isNull());
        QCOMPARE(exitCodeFor(failed.error), int(Rejected));

        const QByteArray bytes = JsonReport::toBytes(JsonReport::failure(u"bad"_s));
        QVERIFY(bytes.endsWith('\n'));
        QCOMPARE(bytes.count('\n'), 1);
        QCOMPARE(QJsonDocument::fromJson(bytes).object().keys().size(), JsonReport::keys().size());
    }

    void exitCodes_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("code");
        QTest::newRow("400 rejected") << int(ErrorKind::InvalidInput) << 400 << 3;
        QTest::newRow("401 rejected") << int(ErrorKind::Authentication) << 401 << 3;
        QTest::newRow("429 rejected") << int(ErrorKind::Throttled) << 429 << 3;
        QTest::newRow("500 service error") << int(ErrorKind::Server) << 500 << 4;
        QTest::newRow("HTML 502 from a proxy") << int(ErrorKind::Server) << 502 << 4;
        QTest::newRow("connection refused") << int(ErrorKind::Network) << 0 << 5;
        QTest::newRow("TLS") << int(ErrorKind::Tls) << 0 << 5;
        QTest::newRow("timeout") << int(ErrorKind::Timeout) << 0 << 5;
        QTest::newRow("cancelled") << int(ErrorKind::Cancelled) << 0 << 130;
        QTest::newRow("keychain") << int(ErrorKind::Credentials) << 0 << 6;
        QTest::newRow("local validation") << int(ErrorKind::InvalidInput) << 0 << 2;
        QTest::newRow("key rejected while resolving the account") << int(ErrorKind::Authentication) << 0 << 3;
    }
    void exitCodes()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(int, code);
        ApiError e;
        e.kind = ErrorKind(kind);
        e.httpStatus = status;
        QCOMPARE(exitCodeFor(e), code);
    }
};

QTEST_GUILESS_MAIN(TestCliParts)
#include "tst_cliparts.moc"
