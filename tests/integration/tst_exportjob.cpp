// SPDX-License-Identifier: GPL-3.0-or-later
// ExportJob end to end against the real loopback server: local checks before anything is sent,
// naming and saving the file, SMS endpoint fail-over, dry run, cancel, clock skew. Resolving the
// account id on the way: tst_exportjobaccount.
#include "ExportJobFixture.h"
#include "redaction/RequestRedactor.h"

#include <QRegularExpression>
#include <QScopeGuard>

using namespace Qt::StringLiterals;

using namespace smsc;
using smsc::test::LoopbackServer;
using smsc::test::scenario;

Q_DECLARE_METATYPE(smsc::ErrorKind)

class TestExportJob final : public test::ExportJobFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { startServer(); }
    void init() { resetServer(); }

    void savesTheFile_data()
    {
        QTest::addColumn<bool>("https");
        QTest::newRow("http") << false;
        QTest::newRow("https") << true;
    }
    void savesTheFile()
    {
        QFETCH(bool, https);
        ExportJob job(&m_nam, profile(https), test::testCredentials(), test::testRows(), intoDir());
        QSignalSpy stages(&job, &ExportJob::stageChanged);
        const ExportOutcome outcome = run(job);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.headline));
        QVERIFY(!outcome.noFile);
        QCOMPARE(outcome.filePath, m_dir->filePath(u"consistency-results.csv"_s));
        QCOMPARE(outcome.bytes, QFileInfo(outcome.filePath).size());
        QCOMPARE(test::sha256Of(outcome.filePath), m_server.lastBody().value(u"sha256"_s).toString());
        QCOMPARE(outcome.httpStatus, 200);
        const QJsonObject sentRecord = m_server.requests(test::kExportPath).at(0).toObject();
        QCOMPARE(outcome.requestId, sentRecord[u"request_id"_s].toString());
        QCOMPARE(sentRecord[u"signature_ok"_s].toBool(), true);
        QCOMPARE(test::loggedHeader(sentRecord, u"X-Domain-Id"_s), test::kTestDomainId);
        QCOMPARE(outcome.attempts, 1);
        QCOMPARE(stages.last().at(0).value<ExportJob::Stage>(), ExportJob::Stage::Done);
        QVERIFY(stages.contains(QVariantList{QVariant::fromValue(ExportJob::Stage::Receiving)}));
        // The record support staff see: signed, but nothing that could be replayed.
        QCOMPARE(outcome.request.method, QByteArray("POST"));
        QVERIFY(outcome.request.url.endsWith(test::kExportPath));
        QVERIFY(!outcome.request.canonicalRequest.isEmpty());
        QVERIFY(!outcome.request.stringToSign.isEmpty());
        bool sawAuthorization = false;
        for (const auto &[name, value] : outcome.request.headers) {
            if (name.compare("Authorization", Qt::CaseInsensitive) == 0) {
                sawAuthorization = true;
                QVERIFY(value.endsWith(QByteArray(QByteArray("Signature=") + kRedacted)));
            }
        }
        QVERIFY(sawAuthorization);
        QVERIFY(outcome.curlCommand.contains(u"Signature="_s + QLatin1String(kRedacted)));
        QVERIFY(!outcome.curlCommand.contains(test::kTestSk));
    }

    void fileNameFromTheAnswer_data()
    {
        QTest::addColumn<QJsonObject>("answer");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("filename* UTF-8") << scenario(u"file"_s, {{u"filename_star"_s, u"一致性 结果.csv"_s}})
                                          << u"一致性 结果.csv"_s;
        QTest::newRow("hostile ../ name") << scenario(u"hostile_name"_s, {{u"variant"_s, u"dotdot"_s}}) << u"evil.csv"_s;
        QTest::newRow("hostile ..\\ name") << scenario(u"hostile_name"_s, {{u"variant"_s, u"backslash"_s}}) << u"evil.csv"_s;
        QTest::newRow("hostile filename* with %2F and newline")
            << scenario(u"hostile_name"_s, {{u"variant"_s, u"star_dotdot"_s}}) << u"evil.csv"_s;
        QTest::newRow("absolute path") << scenario(u"hostile_name"_s, {{u"variant"_s, u"absolute"_s}}) << u"passwd"_s;
        QTest::newRow("no Content-Disposition: name from Content-Type")
            << scenario(u"file"_s, {{u"no_disposition"_s, true}, {u"content_type"_s, u"text/csv"_s}})
            << u"consistency-results-*.csv"_s;
        QTest::newRow("only dots: name from Content-Type") << scenario(u"hostile_name"_s, {{u"variant"_s, u"dots_only"_s}})
                                                           << u"consistency-results-*.bin"_s;
    }
    void fileNameFromTheAnswer()
    {
        QFETCH(QJsonObject, answer);
        QFETCH(QString, fileName);
        // The folder sits one level down so that an escape to the parent would be visible.
        QVERIFY(QDir(m_dir->path()).mkdir(u"out"_s));
        const QString outDir = m_dir->filePath(u"out"_s);
        m_server.setScenario(test::kExportPath, answer);
        const ExportOutcome outcome = exportWith(profile(), OutputOptions{outDir, {}, false, false, {}});
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.headline));
        QCOMPARE(QFileInfo(outcome.filePath).absolutePath(), QDir(outDir).absolutePath());
        const QStringList saved = test::folderEntries(outDir);
        QCOMPARE(saved.size(), 1);
        const QRegularExpression pattern(QRegularExpression::wildcardToRegularExpression(fileName));
        QVERIFY2(pattern.match(saved.constFirst()).hasMatch(), qPrintable(saved.constFirst()));
        QCOMPARE(test::folderEntries(m_dir->path()), QStringList{u"out"_s});
        QCOMPARE(test::sha256Of(outcome.filePath), m_server.lastBody().value(u"sha256"_s).toString());
    }

    void noFileAnswers_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("returned");
        QTest::newRow("{}") << u"json_empty"_s << QByteArray("{}");
        QTest::newRow("OK") << u"ok_text"_s << QByteArray("OK");
        QTest::newRow("empty") << u"empty"_s << QByteArray();
    }
    void noFileAnswers()
    {
        QFETCH(QString, name);
        m_server.setScenario(test::kExportPath, scenario(name));
        const ExportOutcome outcome = exportWith(profile(), intoDir());
        QVERIFY(outcome.ok());
        QVERIFY(outcome.noFile);
        QTEST(outcome.returnedBody.trimmed(), "returned");
        QVERIFY(outcome.filePath.isEmpty());
        QVERIFY(test::folderEntries(m_dir->path()).isEmpty());
    }

    void localProblemsSendNothing_data()
    {
        QTest::addColumn<QList<TaskRow>>("rows");
        QTest::addColumn<bool>("dropSecret");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<int>("detailLines");
        const QString longId(37, u'a');
        QTest::newRow("two invalid rows") << QList<TaskRow>{{longId, u"s"_s, u"n"_s}, {QString(), u"s"_s, u"n"_s}}
                                          << false << ErrorKind::InvalidInput << 2;
        QTest::newRow("201 rows") << QList<TaskRow>(201, TaskRow{u"t"_s, u"s"_s, u"n"_s}) << false
                                  << ErrorKind::InvalidInput << -1;
        QTest::newRow("missing secret key") << test::testRows() << true << ErrorKind::Credentials << 0;
    }
    void localProblemsSendNothing()
    {
        QFETCH(QList<TaskRow>, rows);
        QFETCH(bool, dropSecret);
        QFETCH(int, detailLines);
        Credentials credentials = test::testCredentials();
        if (dropSecret)
            credentials.secretKey.clear();
        Profile p = profile();
        p.domainId.clear();  // would need resolution: that must not happen either
        const ExportOutcome outcome = exportWith(p, intoDir(), credentials, rows);
        QVERIFY(!outcome.ok());
        QTEST(outcome.error.kind, "kind");
        QVERIFY(!outcome.error.headline.isEmpty());
        if (detailLines > 0)
            QCOMPARE(outcome.error.technicalDetail.split(u'\n').size(), detailLines);
        QCOMPARE(m_server.requests().size(), 0);
        QVERIFY(test::folderEntries(m_dir->path()).isEmpty());
    }

    void existingFile_data()
    {
        QTest::addColumn<bool>("explicitPath");
        QTest::addColumn<bool>("overwrite");
        QTest::addColumn<bool>("unique");
        QTest::newRow("explicit path: refused before sending") << true << false << false;
        QTest::newRow("explicit path: overwritten when told") << true << true << false;
        QTest::newRow("named by the answer: refused") << false << false << false;
        QTest::newRow("named by the answer: unique name") << false << false << true;
    }
    void existingFile()
    {
        QFETCH(bool, explicitPath);
        QFETCH(bool, overwrite);
        QFETCH(bool, unique);
        const QString existing = m_dir->filePath(u"consistency-results.csv"_s);
        QFile f(existing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious");
        f.close();
        OutputOptions out = explicitPath ? OutputOptions{{}, existing, overwrite, unique, {}}
                                         : OutputOptions{m_dir->path(), {}, overwrite, unique, {}};
        const ExportOutcome outcome = exportWith(profile(), out);
        const bool refused = !overwrite && !unique;
        QCOMPARE(outcome.ok(), !refused);
        QCOMPARE(sent(), (refused && explicitPath) ? 0 : 1);
        if (refused) {
            QCOMPARE(outcome.error.kind, ErrorKind::LocalFile);
            QVERIFY(outcome.error.headline.contains(existing));
        }
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll() == "precious", !overwrite);
        if (unique)
            QCOMPARE(outcome.filePath, m_dir->filePath(u"consistency-results (1).csv"_s));
        QCOMPARE(test::folderEntries(m_dir->path()).size(), unique ? 2 : 1);
    }

    void nextSmsEndpointWhenTheFirstCannotBeConnected()
    {
        // HUAWEICLOUD_SDK_REGION_SMS_<REGION>: a closed port first, then the loopback server.
        const QList<quint16> ports = test::closedLoopbackPorts(1);
        QCOMPARE(ports.size(), 1);
        const quint16 closed = ports.at(0);
        const QByteArray variable = "HUAWEICLOUD_SDK_REGION_SMS_CN_NORTH_4";
        qputenv(variable.constData(),
                u"http://127.0.0.1:%1,%2"_s.arg(closed).arg(m_server.httpUrl().toString()).toUtf8());
        const auto restore = qScopeGuard([&variable] { qunsetenv(variable.constData()); });
        Profile p = profile();
        p.endpoint.clear();
        p.region = u"cn-north-4"_s;
        const ExportOutcome outcome = exportWith(p, intoDir());
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.headline));
        QCOMPARE(QUrl(outcome.endpoint), m_server.httpUrl());
        QCOMPARE(sent(), 1);
        QVERIFY(QFileInfo::exists(outcome.filePath));
    }
    void noOtherSmsEndpointAfterAnHttpAnswer()
    {
        // The first endpoint answers 503; the second (the same server's HTTPS port) is never asked.
        m_server.setScenario(test::kExportPath, scenario(u"error"_s, {{u"status"_s, 503}}));
        const QByteArray variable = "HUAWEICLOUD_SDK_REGION_SMS_CN_NORTH_4";
        qputenv(variable.constData(),
                u"%1,%2"_s.arg(m_server.httpUrl().toString(), m_server.httpsUrl().toString()).toUtf8());
        const auto restore = qScopeGuard([&variable] { qunsetenv(variable.constData()); });
        Profile p = profile();
        p.endpoint.clear();
        p.region = u"cn-north-4"_s;
        const ExportOutcome outcome = exportWith(p, intoDir());
        QCOMPARE(outcome.error.httpStatus, 503);
        QCOMPARE(sent(), 1);
        QCOMPARE(QUrl(outcome.endpoint), m_server.httpUrl());
    }
    void everyEndpointRefusingReportsTheLast()
    {
        const QList<quint16> ports = test::closedLoopbackPorts(2);
        QCOMPARE(ports.size(), 2);
        const quint16 first = ports.at(0);
        const quint16 second = ports.at(1);
        const QByteArray variable = "HUAWEICLOUD_SDK_REGION_SMS_CN_NORTH_4";
        qputenv(variable.constData(), u"http://127.0.0.1:%1,http://127.0.0.1:%2"_s.arg(first).arg(second).toUtf8());
        const auto restore = qScopeGuard([&variable] { qunsetenv(variable.constData()); });
        Profile p = profile();
        p.endpoint.clear();
        p.region = u"cn-north-4"_s;
        const ExportOutcome outcome = exportWith(p, intoDir());
        QCOMPARE(outcome.error.kind, ErrorKind::Network);
        QCOMPARE(QUrl(outcome.endpoint).port(), int(second));
    }

    void dryRunSendsNothing_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("AK/SK") << int(AuthMode::AkSk);
        QTest::newRow("AK/SK + security token") << int(AuthMode::TemporaryAkSk);
        QTest::newRow("IAM token") << int(AuthMode::IamToken);
    }
    void dryRunSendsNothing()
    {
        QFETCH(int, mode);
        Profile p = profile();
        p.authMode = AuthMode(mode);
        ExportJob job(&m_nam, p, test::testCredentials(AuthMode(mode)), test::testRows(), intoDir());
        job.setDryRun(true);
        const ExportOutcome outcome = run(job);
        QVERIFY(outcome.ok());
        QVERIFY(outcome.dryRun);
        QCOMPARE(m_server.requests().size(), 0);
        QVERIFY(test::folderEntries(m_dir->path()).isEmpty());
        QCOMPARE(outcome.request.method, QByteArray("POST"));
        QVERIFY(outcome.request.body.startsWith("{\"task_info\":[{\"task_id\":"));
        const QString everything = outcome.curlCommand + QString::fromUtf8(outcome.request.canonicalRequest);
        for (const QString &secret : {test::kTestSk, test::kTestSecurityToken, test::kTestIamToken})
            QVERIFY(!everything.contains(secret));
        QVERIFY(outcome.curlCommand.startsWith(u"curl "_s));
        QVERIFY(outcome.curlCommand.contains(QLatin1String(kRedacted)));
    }

    void cancelDuringAHang()
    {
        m_server.setScenario(test::kExportPath, scenario(u"hang"_s));
        ExportJob job(&m_nam, profile(), test::testCredentials(), test::testRows(), intoDir());
        QSignalSpy finished(&job, &ExportJob::finished);
        job.start();
        QTRY_COMPARE_WITH_TIMEOUT(sent(), 1, 10000);
        job.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        const ExportOutcome outcome = finished.at(0).at(0).value<ExportOutcome>();
        QCOMPARE(outcome.error.kind, ErrorKind::Cancelled);
        QVERIFY(test::folderEntries(m_dir->path()).isEmpty());
    }

    void clockSkewFromShiftedServerDate()
    {
        m_server.setConfig({{u"date_offset_seconds"_s, -1200}});  // the server's clock is 20 minutes behind
        const ExportOutcome outcome = exportWith(profile(), intoDir());
        QCOMPARE(outcome.error.kind, ErrorKind::Authentication);
        QVERIFY(outcome.error.clockSkewSeconds.has_value());
        QVERIFY(qAbs(*outcome.error.clockSkewSeconds - 1200) <= 5);
        QVERIFY2(outcome.error.hint.contains(u"Your clock is 20 minutes ahead of the server."_s),
                 qPrintable(outcome.error.hint));
    }
};

QTEST_GUILESS_MAIN(TestExportJob)
#include "tst_exportjob.moc"
