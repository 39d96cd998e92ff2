// SPDX-License-Identifier: GPL-3.0-or-later
#include "../integration/AccountFixtures.h"
#include "AccessibilityAudit.h"
#include "batch/BatchController.h"
#include "batch/BatchExportWindow.h"
#include "batch/BatchPlan.h"
#include "batch/BatchTableModel.h"
#include "diagnostics/DoctorDialog.h"
#include "diagnostics/ErrorDialog.h"
#include "doctor/DoctorRun.h"
#include "errors/ErrorMapper.h"
#include "FakeCredentialStore.h"
#include "harness/GuiTestEnvironment.h"
#include "harness/ScriptedPrompts.h"
#include "LayoutAudit.h"
#include "profile/ProfileStore.h"
#include "profiles/ProfileDialog.h"
#include "Screenshot.h"
#include "window/LanguageManager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

using namespace smsc;

namespace {

// The 403 the service sends (forbidden_0204 in the loopback server), mapped by the real ErrorMapper,
// so the headline and hint are the app's own, in the current language.
ErrorReport forbidden()
{
    QString encoded;
    while (encoded.size() < 2048)
        encoded += u"Qm9vdHN0cmFwLWVuY29kZWQtYXV0aG9yaXphdGlvbi1tZXNzYWdl"_s;
    const QJsonObject body{
        {u"error_code"_s, u"SMS.0204"_s},
        {u"error_msg"_s, u"Insufficient permissions. Cause: {0[0]}"_s},
        {u"error_param"_s, QJsonArray{u"Policy doesn't allow sms:server:getBatchConsistencyResults to be performed."_s}},
        {u"details"_s, QJsonArray{QJsonObject{{u"error_code"_s, u"SMS.0204"_s},
                                               {u"error_msg"_s, u"Policy doesn't allow sms:server:getBatchConsistencyResults to be performed."_s}},
                                   QJsonObject{{u"error_code"_s, u"SMS.0204"_s},
                                               {u"error_msg"_s, u"Policy doesn't allow sms:server:queryServer to be performed."_s}}}},
        {u"encoded_authorization_message"_s, encoded.left(2048)}};
    ReplyFacts facts;
    facts.url = QUrl(u"https://sms.ap-southeast-3.myhuaweicloud.com/v3/tasks/consistency-results/export"_s);
    facts.networkError = QNetworkReply::ContentAccessDenied;
    facts.httpStatus = 403;
    facts.headers = {{"X-Request-Id", "6f3c1b2a9e8d4c7b0a1f2e3d4c5b6a79"}, {"Date", "Fri, 27 Nov 2026 09:30:12 GMT"}};
    facts.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    facts.localNowUtc = QDateTime(QDate(2026, 11, 27), QTime(9, 30, 14), Qt::UTC);
    RequestRecord r;
    r.method = "POST";
    r.url = facts.url.toString();
    r.sentAtUtc = QDateTime(QDate(2026, 11, 27), QTime(9, 30, 10), Qt::UTC);
    ErrorReportContext context{u"migration-prod"_s, u"https://sms.ap-southeast-3.myhuaweicloud.com"_s,
                               AuthMode::AkSk, u"curl -X POST …"_s, {}, {}, {}};
    return ErrorReport(ErrorMapper::map(facts), r, context, {AuthMode::AkSk, u"SMSCTESTAK0000000001"_s, {}, {}, {}});
}

} // namespace

/*!
 * The profile dialog, the error dialog (a 403 with details and an encoded message), the batch
 * window (a run of three batches: saved, refused, pending) and the Check-connection window (a denied
 * list call against the loopback server) in English and Chinese: every control named, nothing clipped. With SMSC_SCREENSHOT_DIR set (tools/screenshots
 * runs it under Xvfb) each is saved as <dialog>-<language>.png.
 */
class TestDialogScreenshots final : public QObject
{
    Q_OBJECT
    LanguageManager m_languages;
    ProfileStore m_store;
    test::FakeCredentialStore m_secrets;
    test::ScriptedPrompts m_prompts;
    test::LoopbackServer m_server;
    QNetworkAccessManager m_network;

    void audit(QWidget *window, const QString &name)
    {
        const auto unnamed = test::AccessibilityAudit::unnamedControls(window);
        QVERIFY2(unnamed.isEmpty(), qPrintable(test::AccessibilityAudit::describe(unnamed)));
        const auto clipped = test::LayoutAudit::clippedWidgets(window);
        QVERIFY2(clipped.isEmpty(), qPrintable(test::LayoutAudit::describe(clipped)));
        if (qEnvironmentVariableIsSet("SMSC_SCREENSHOT_DIR"))
            QVERIFY(!test::saveScreenshot(window, name + u'-' + m_languages.language()).isEmpty());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QSettings().clear();
        Profile p;
        p.name = u"migration-prod"_s;
        p.region = u"ap-southeast-3"_s;
        p.domainId = u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s;
        QVERIFY(m_store.save(p).ok());
        m_store.setCurrentName(p.name);
        m_secrets.entries.insert(u"migration-prod/ak"_s, u"SMSCTESTAK0000000001"_s);
        m_secrets.entries.insert(u"migration-prod/sk"_s, u"SMSCTESTSECRETKEY0000000000000000000000000"_s);
    }

    void dialogs_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("Chinese") << u"zh_CN"_s;
    }
    void dialogs()
    {
        QFETCH(QString, language);
        QVERIFY(m_languages.setLanguage(language));

        ProfileDialog profiles(&m_store, &m_secrets, &m_prompts);
        QSignalSpy loaded(&profiles, &ProfileDialog::secretsLoaded);
        profiles.show();
        QVERIFY(QTest::qWaitForWindowExposed(&profiles));
        QVERIFY(loaded.wait());
        // Qt's own buttons come from qtbase_zh_CN: proof that the language really switched.
        const QString save = profiles.findChild<QPushButton *>(u"saveButton"_s)->text();
        QCOMPARE(language == u"zh_CN" , save.contains(QChar(0x4fdd)));  // 保存
        audit(&profiles, u"profile-dialog"_s);

        ErrorDialog error(forbidden(), &m_prompts);
        error.show();
        QVERIFY(QTest::qWaitForWindowExposed(&error));
        QTest::mouseClick(error.findChild<QToolButton *>(u"encodedMessageToggle"_s), Qt::LeftButton);
        QVERIFY(error.findChild<QLineEdit *>(u"requestIdEdit"_s)->text().startsWith(u"6f3c1b2a"_s));
        audit(&error, u"error-dialog-403"_s);

        // A run of three batches as its manifest tells it: one saved, one refused, one pending.
        QTemporaryDir runFolder;
        QList<TaskRow> rows;
        for (int i = 1; i <= 450; ++i)
            rows << TaskRow{u"task-%1"_s.arg(i), u"src-%1"_s.arg(i), u"server %1"_s.arg(i)};
        BatchManifest manifest = BatchManifest::fromPlan(BatchPlan::split(rows));
        manifest.rowsFile = runFolder.filePath(u"rows.csv"_s);
        manifest.rowsSha256 = QString(64, u'0');
        manifest.endpoint = u"https://sms.ap-southeast-3.myhuaweicloud.com"_s;
        manifest.profile = u"migration-prod"_s;
        BatchRecord &saved = manifest.batches[0];
        saved.status = BatchStatus::Saved;
        saved.file = u"batch-001-consistency-results.csv"_s;
        saved.bytes = 48213;
        saved.sha256 = QString(64, u'a');
        saved.requestId = u"6f3c1b2a9e8d4c7b0a1f2e3d4c5b6a79"_s;
        saved.httpStatus = 200;
        saved.attempts = 1;
        BatchRecord &refused = manifest.batches[1];
        refused.status = BatchStatus::Failed;
        refused.requestId = u"0a1f2e3d4c5b6a796f3c1b2a9e8d4c7b"_s;
        refused.httpStatus = 403;
        refused.attempts = 1;
        refused.errorKind = u"permission"_s;
        refused.errorCode = u"SMS.0204"_s;
        refused.errorMessage = u"Insufficient permissions."_s;
        const QString manifestPath = runFolder.filePath(u"manifest.json"_s);
        QVERIFY(manifest.write(manifestPath).ok());
        BatchController controller(&m_store, &m_secrets, nullptr);
        BatchExportWindow batch(&controller, &m_prompts);
        batch.openRun(manifestPath);
        batch.show();
        QVERIFY(QTest::qWaitForWindowExposed(&batch));
        QCOMPARE(controller.model()->rowCount(), 3);
        audit(&batch, u"batch-export"_s);
        QVERIFY(m_server.setScenario(u"/v3/sources"_s, {{u"name"_s, u"forbidden_0204"_s}}));
        Profile loopback = test::loopbackProfile(m_server, m_server.httpsUrl());
        loopback.name = u"migration-prod"_s;
        DoctorDialog doctor(new DoctorRun(&m_network, loopback, test::akSk()), loopback.name);
        QSignalSpy checked(&doctor, &DoctorDialog::runFinished);
        doctor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&doctor));
        doctor.start();
        QVERIFY(checked.wait(120'000));
        audit(&doctor, u"doctor-dialog"_s);
    }
};

SMSC_GUI_TEST_MAIN(TestDialogScreenshots)
#include "tst_dialogscreenshots.moc"
