#include "AccessibilityAudit.h"
#include "ErrorDialog.h"
#include "FakeCredentialStore.h"
#include "GuiTestEnvironment.h"
#include "LanguageManager.h"
#include "LayoutAudit.h"
#include "ProfileDialog.h"
#include "ProfileStore.h"
#include "Screenshot.h"
#include "ScriptedPrompts.h"

#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QToolButton>

using namespace smsc;

namespace {

ErrorReport forbidden()
{
    ApiError e;
    e.kind = ErrorKind::Permission;
    e.httpStatus = 403;
    e.errorCode = u"SMS.0204"_qs;
    e.errorMsgRaw = u"Insufficient permissions. Cause: {0[0]}"_qs;
    e.errorMsg = u"Insufficient permissions. Cause: Policy doesn't allow sms:server:getBatchConsistencyResults to be performed."_qs;
    e.errorParam = {u"Policy doesn't allow sms:server:getBatchConsistencyResults to be performed."_qs};
    e.details = {{u"SMS.0204"_qs, u"Policy doesn't allow sms:server:getBatchConsistencyResults to be performed."_qs},
                 {u"SMS.0204"_qs, u"Policy doesn't allow sms:server:queryServer to be performed."_qs}};
    QString encoded;
    for (int i = 0; encoded.size() < 2048; ++i)
        encoded += u"Qm9vdHN0cmFwLWVuY29kZWQtYXV0aG9yaXphdGlvbi1tZXNzYWdl"_qs;
    e.encodedAuthorizationMessage = encoded.left(2048);
    e.requestId = u"6f3c1b2a9e8d4c7b0a1f2e3d4c5b6a79"_qs;
    e.serverDate = QDateTime(QDate(2026, 11, 27), QTime(9, 30, 12), Qt::UTC);
    e.clockSkewSeconds = 2;
    e.headline = u"You do not have permission to export consistency results."_qs;
    e.hint = u"Ask an administrator to grant sms:server:getBatchConsistencyResults (and sms:server:queryServer)."_qs;
    RequestRecord r;
    r.method = "POST";
    r.url = u"https://sms.ap-southeast-3.myhuaweicloud.com/v3/tasks/consistency-results/export"_qs;
    r.sentAtUtc = QDateTime(QDate(2026, 11, 27), QTime(9, 30, 10), Qt::UTC);
    ErrorReportContext context{u"migration-prod"_qs, u"https://sms.ap-southeast-3.myhuaweicloud.com"_qs,
                               AuthMode::AkSk, u"curl -X POST …"_qs, {}, {}, {}};
    return ErrorReport(e, r, context, {AuthMode::AkSk, u"SMSCTESTAK0000000001"_qs, {}, {}, {}});
}

} // namespace

/*!
 * The profile dialog and the error dialog (a 403 with details and an encoded message) in English
 * and Chinese: every control named, nothing clipped. With SMSC_SCREENSHOT_DIR set (tools/screenshots
 * runs it under Xvfb) each is saved as <dialog>-<language>.png.
 */
class TestDialogScreenshots final : public QObject
{
    Q_OBJECT
    LanguageManager m_languages;
    ProfileStore m_store;
    test::FakeCredentialStore m_secrets;
    test::ScriptedPrompts m_prompts;

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
        QSettings().clear();
        Profile p;
        p.name = u"migration-prod"_qs;
        p.region = u"ap-southeast-3"_qs;
        p.domainId = u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_qs;
        QVERIFY(m_store.save(p).isEmpty());
        m_store.setCurrentName(p.name);
        m_secrets.entries.insert(u"migration-prod/ak"_qs, u"SMSCTESTAK0000000001"_qs);
        m_secrets.entries.insert(u"migration-prod/sk"_qs, u"SMSCTESTSECRETKEY0000000000000000000000000"_qs);
    }

    void dialogs_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_qs;
        QTest::newRow("Chinese") << u"zh_CN"_qs;
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
        const QString save = profiles.findChild<QPushButton *>(u"saveButton"_qs)->text();
        QCOMPARE(language == u"zh_CN" , save.contains(QChar(0x4fdd)));  // 保存
        audit(&profiles, u"profile-dialog"_qs);

        ErrorDialog error(forbidden(), &m_prompts);
        error.show();
        QVERIFY(QTest::qWaitForWindowExposed(&error));
        QTest::mouseClick(error.findChild<QToolButton *>(u"encodedMessageToggle"_qs), Qt::LeftButton);
        audit(&error, u"error-dialog-403"_qs);
    }
};

SMSC_GUI_TEST_MAIN(TestDialogScreenshots)
#include "tst_dialogscreenshots.moc"
