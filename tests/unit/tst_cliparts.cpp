#include "CredentialSource.h"
#include "ExitCode.h"
#include "JsonReport.h"
#include "OutputTarget.h"
#include "RowsInput.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace smsc;
using namespace smsc::cli;

namespace {

const QString kAk = u"SMSCTESTAK0000000001"_qs;
const QString kSk = u"SMSCTESTSECRETKEY0000000000000000000000000"_qs;
const QString kToken = u"SMSCTESTSECURITYTOKEN00000000000000000000"_qs;
const QString kIam = u"SMSCTESTIAMTOKEN000000000000000000000000"_qs;

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
            << env({{"CLOUD_SDK_AK", kAk}, {"CLOUD_SDK_SK", kSk}, {"HUAWEICLOUD_SDK_AK", u"OTHERAK000"_qs}, {"HUAWEICLOUD_SDK_SK", u"OTHERSK000"_qs}})
            << int(AuthMode::AkSk) << kAk << kSk << QString() << QString() << QString();
        QTest::newRow("security token makes temporary keys")
            << env({{"CLOUD_SDK_AK", kAk}, {"CLOUD_SDK_SK", kSk}, {"HUAWEICLOUD_SDK_SECURITY_TOKEN", kToken}})
            << int(AuthMode::TemporaryAkSk) << kAk << kSk << kToken << QString() << QString();
        QTest::newRow("IAM token alone")
            << env({{"CLOUD_SDK_IAM_TOKEN", kIam}}) << int(AuthMode::IamToken) << QString() << QString() << QString() << kIam << QString();
        QTest::newRow("missing SK is named")
            << env({{"CLOUD_SDK_AK", kAk}}) << int(AuthMode::AkSk) << kAk << QString() << QString() << QString() << u"CLOUD_SDK_SK"_qs;
        QTest::newRow("missing AK is named")
            << env({{"CLOUD_SDK_SK", kSk}}) << int(AuthMode::AkSk) << QString() << kSk << QString() << QString() << u"CLOUD_SDK_AK"_qs;
        QTest::newRow("nothing at all")
            << QProcessEnvironment() << int(AuthMode::AkSk) << QString() << QString() << QString() << QString() << u"--profile"_qs;
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
        QFile f(dir.filePath(u"token"_qs));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kIam.toUtf8() + "\n");
        f.close();
        const auto c = CredentialSource::fromEnvironment(env({{"CLOUD_SDK_AK", kAk}, {"CLOUD_SDK_SK", kSk}}), f.fileName());
        QVERIFY(c.ok());
        QCOMPARE(c.credentials.mode, AuthMode::IamToken);
        QCOMPARE(c.credentials.iamToken, kIam);
        const auto missing = CredentialSource::fromEnvironment({}, dir.filePath(u"nope"_qs));
        QVERIFY(missing.error.contains(dir.filePath(u"nope"_qs)));
    }

    void domainAndProjectIdsComeFromTheEnvironment()
    {
        const auto c = CredentialSource::fromEnvironment(
            env({{"HUAWEICLOUD_SDK_DOMAIN_ID", u"dom"_qs}, {"HUAWEICLOUD_SDK_PROJECT_ID", u"proj"_qs}}), {});
        QCOMPARE(c.domainId, u"dom"_qs);
        QCOMPARE(c.projectId, u"proj"_qs);
    }

    void secretOptionsAreRefusedWithAReason()
    {
        for (const char *option : {"sk", "ak", "secret-key", "security-token", "token", "iam-token"}) {
            QVERIFY(CredentialSource::forbiddenOptions().contains(QLatin1String(option)));
            const QString why = CredentialSource::refusal(QLatin1String(option));
            QVERIFY2(why.startsWith(u"--"_qs + QLatin1String(option)), qPrintable(why));
            QVERIFY2(why.contains(u"CLOUD_SDK_SK"_qs), qPrintable(why));
        }
    }

    void rowArguments_data()
    {
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QList<TaskRow>>("rows");
        QTest::addColumn<bool>("ok");
        QTest::newRow("one row") << QStringList{u"t1,s1,web-01"_qs} << QList<TaskRow>{{u"t1"_qs, u"s1"_qs, u"web-01"_qs}} << true;
        QTest::newRow("name keeps its commas") << QStringList{u"t1,s1,a,b"_qs} << QList<TaskRow>{{u"t1"_qs, u"s1"_qs, u"a,b"_qs}} << true;
        QTest::newRow("empty source fields") << QStringList{u"t1,,"_qs} << QList<TaskRow>{{u"t1"_qs, {}, {}}} << true;
        QTest::newRow("one comma is not a row") << QStringList{u"t1,s1"_qs} << QList<TaskRow>{} << false;
        QTest::newRow("order kept") << QStringList{u"a,,"_qs, u"b,,"_qs}
                                    << QList<TaskRow>{{u"a"_qs, {}, {}}, {u"b"_qs, {}, {}}} << true;
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
        const QString existing = dir.filePath(u"existing.zip"_qs);
        QFile f(existing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QVERIFY(OutputTarget::check(existing, {}, false).error.contains(u"--force"_qs));
        const OutputCheck forced = OutputTarget::check(existing, {}, true);
        QVERIFY(forced.ok());
        QVERIFY(forced.options.overwrite);
        QCOMPARE(forced.options.filePath, existing);
        QVERIFY(OutputTarget::check(dir.filePath(u"missing/x.zip"_qs), {}, false).error.contains(u"does not exist"_qs));
        QVERIFY(OutputTarget::check({}, dir.filePath(u"missing"_qs), false).error.contains(u"does not exist"_qs));
        QVERIFY(OutputTarget::check({}, existing, false).error.contains(u"not a folder"_qs));
        QVERIFY(OutputTarget::check(dir.path(), {}, false).error.contains(u"--output-dir"_qs));
        const OutputCheck folder = OutputTarget::check({}, dir.path(), false);
        QVERIFY(folder.ok());
        QCOMPARE(folder.options.directory, QDir(dir.path()).absolutePath());
        // The probe leaves nothing behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{u"existing.zip"_qs});
    }

    void sysfsIsNotWritableEvenForRoot()
    {
        if (!QFileInfo(u"/sys/fs"_qs).isDir())
            QSKIP("no sysfs here");
        QVERIFY(OutputTarget::check({}, u"/sys/fs"_qs, false).error.contains(u"not writable"_qs));
    }

    void jsonReportHasExactlyTheDocumentedKeys()
    {
        ExportOutcome failed;
        failed.httpStatus = 403;
        failed.error.kind = ErrorKind::Permission;
        failed.error.httpStatus = 403;
        failed.error.errorCode = u"SMS.0204"_qs;
        failed.error.errorMsg = u"Insufficient permissions. Cause: sms:server:getBatchConsistencyResults"_qs;
        failed.error.errorParam = {u"sms:server:getBatchConsistencyResults"_qs};
        failed.error.details = {{u"SMS.2002"_qs, u"no permission"_qs}};
        failed.error.encodedAuthorizationMessage = u"ENCODED"_qs;
        failed.error.requestId = u"req-1"_qs;
        failed.error.hint = u"Grant the permission"_qs;
        failed.error.clockSkewSeconds = -3;
        const QJsonObject o = JsonReport::fromOutcome(failed);
        QStringList keys = o.keys();
        QStringList expected = JsonReport::keys();
        keys.sort();
        expected.sort();
        QCOMPARE(keys, expected);
        QCOMPARE(o.value(u"ok"_qs).toBool(true), false);
        QCOMPARE(o.value(u"http_status"_qs).toInt(), 403);
        QCOMPARE(o.value(u"request_id"_qs).toString(), u"req-1"_qs);
        QCOMPARE(o.value(u"error_code"_qs).toString(), u"SMS.0204"_qs);
        QCOMPARE(o.value(u"error_param"_qs).toArray().size(), 1);
        QCOMPARE(o.value(u"details"_qs).toArray().at(0).toObject().value(u"error_code"_qs).toString(), u"SMS.2002"_qs);
        QCOMPARE(o.value(u"encoded_authorization_message"_qs).toString(), u"ENCODED"_qs);
        QCOMPARE(o.value(u"clock_skew_seconds"_qs).toInt(), -3);
        QVERIFY(o.value(u"output_file"_qs).isNull());
        QCOMPARE(exitCodeFor(failed.error), int(Rejected));

        const QByteArray bytes = JsonReport::toBytes(JsonReport::failure(u"bad"_qs));
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
