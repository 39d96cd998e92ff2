// SPDX-License-Identifier: GPL-3.0-or-later
// The account features wired into the real window: Add from account, History, Decode and
// the signature diagnosis from the error dialog, the support bundle, Check profile — against the
// loopback server over real sockets, with an in-memory keychain and pre-answered prompts.
#include "account/AccountPickerDialog.h"
#include "account/AccountWorkflows.h"
#include "diagnostics/DenialDecodeDialog.h"
#include "diagnostics/ErrorDialog.h"
#include "diagnostics/SignatureDiagnosisView.h"
#include "diagnostics/WhoAmIDialog.h"
#include "export/ExportController.h"
#include "export/HistoryDialog.h"
#include "FakeCredentialStore.h"
#include "harness/GuiTestEnvironment.h"
#include "harness/ScriptedPrompts.h"
#include "LoopbackServer.h"
#include "profile/ProfileStore.h"
#include "profiles/ProfileDialog.h"
#include "rows/RowTableModel.h"
#include "window/AppController.h"
#include "window/LanguageManager.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Qt::StringLiterals;

using namespace smsc;

namespace {

struct App
{
    RowTableModel model;
    LanguageManager languages;
    test::ScriptedPrompts prompts;
    test::FakeCredentialStore secrets;
    ProfileStore profiles;
    QNetworkAccessManager network;
    MainWindow window{&model, &languages, &prompts};
    std::unique_ptr<AppController> app;

    explicit App(const QString &folder)
    {
        secrets.entries.insert(u"loopback/ak"_s, test::kTestAk);
        secrets.entries.insert(u"loopback/sk"_s, test::kTestSk);
        app = std::make_unique<AppController>(&window, &profiles, &secrets, &network, &prompts);
        app->exportController()->setFolderOpener([](const QUrl &) { return true; });
        app->exportController()->setExportFolder(folder);
        model.setEntries({{TaskRow{u"7a000000-0000-4000-8000-000000000001"_s, u"5e000000-0000-4000-8000-000000000001"_s,
                                   u"srv-001"_s}, false}});
        window.show();
    }
    AccountWorkflows *workflows() const { return app->accountWorkflows(); }
    void trigger(const char *action) { window.findChild<QAction *>(QLatin1String(action))->trigger(); }
    bool exportNow()
    {
        QSignalSpy finished(app->exportController(), &ExportController::finished);
        trigger("exportAction");
        return finished.wait(30000);
    }
    template <typename T> T *top() const
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *found = qobject_cast<T *>(w); found && found->isVisible())
                return found;
        }
        return nullptr;
    }
};

} // namespace

class TestAccountWorkflows final : public QObject
{
    Q_OBJECT
    test::LoopbackServer m_server;
    QTemporaryDir m_folder;

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }
    void init()
    {
        QSettings().clear();
        QFile::remove(ExportHistory::defaultPath());
        QVERIFY(m_server.reset());
        Profile p;
        p.name = u"loopback"_s;
        p.endpoint = m_server.httpsUrl().toString();
        p.iamEndpoint = p.endpoint;
        p.stsEndpoint = p.endpoint;
        p.domainId = test::kTestDomainId;
        p.transport.caFile = m_server.caFile();
        p.transport.proxyUrl = u"none"_s;
        ProfileStore store;
        QVERIFY(store.save(p).ok());
        store.setCurrentName(p.name);
    }
    void cleanup()
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            w->close();
    }

    void addFromAccountAddsMarkedRows();
    void pickerOffersOneRetryWithTheMeasuredClockOffset();
    void historyRecordsExportsAndLoadsRowsAgain();
    void errorDialogDecodesTheDenialAndSavesABundle();
    void errorDialogShowsTheSignatureDiagnosis();
    void profileDialogChecksTheProfile();
};

void TestAccountWorkflows::addFromAccountAddsMarkedRows()
{
    App app(m_folder.path());
    QCOMPARE(app.window.findChild<QAction *>(u"addFromAccountAction"_s)->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    app.trigger("addFromAccountAction");
    QTRY_VERIFY_WITH_TIMEOUT(app.workflows()->accountPicker(), 10000);
    AccountPickerDialog *picker = app.workflows()->accountPicker();
    QTRY_VERIFY_WITH_TIMEOUT(!picker->isLoading(), 30000);
    auto *view = picker->findChild<QTableView *>(u"serverTable"_s);
    QCOMPARE(view->model()->rowCount(), 450);
    QCOMPARE(m_server.requests(u"/v3/sources"_s).size(), 3);

    // The server whose task is already a row is marked; three others go in, marked "from account".
    QTest::keyClicks(picker->findChild<QLineEdit *>(u"serverSearch"_s), u"srv-00"_s);
    QTest::mouseClick(picker->findChild<QPushButton *>(u"serverCheckShown"_s), Qt::LeftButton);
    QTest::mouseClick(picker->findChild<QPushButton *>(u"addRows"_s), Qt::LeftButton);
    QCOMPARE(app.model.rowCount(), 8);   // srv-000…009 less 003, 007 (other names) and 001 (present)
    QVERIFY(!app.model.index(0, 0).data(RowTableModel::FromAccountRole).toBool());
    for (int row = 1; row < 8; ++row) {
        QVERIFY(app.model.index(row, 0).data(RowTableModel::FromAccountRole).toBool());
        QVERIFY(app.model.index(row, 0).data(Qt::ToolTipRole).toString().contains(u"account"_s));
    }
    // One undoable step.
    app.window.undoStack()->undo();
    QCOMPARE(app.model.rowCount(), 1);
}

void TestAccountWorkflows::pickerOffersOneRetryWithTheMeasuredClockOffset()
{
    m_server.setConfig({{u"date_offset_seconds"_s, 3600}});   // this computer an hour behind
    App app(m_folder.path());
    app.prompts.confirmAnswers << true;
    app.trigger("addFromAccountAction");
    QTRY_VERIFY_WITH_TIMEOUT(app.workflows()->accountPicker(), 10000);
    AccountPickerDialog *picker = app.workflows()->accountPicker();
    auto *view = picker->findChild<QTableView *>(u"serverTable"_s);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 450, 30000);
    QCOMPARE(app.prompts.asked.size(), 1);   // asked once, before the retry
    QVERIFY(!app.top<ErrorDialog>());
    // The first page was refused once (expired), then the three pages went through.
    const QJsonArray requests = m_server.requests(u"/v3/sources"_s);
    QCOMPARE(requests.size(), 4);
    QCOMPARE(requests.first().toObject().value(u"response_status").toInt(), 401);
}

void TestAccountWorkflows::historyRecordsExportsAndLoadsRowsAgain()
{
    {
        App app(m_folder.path());
        QVERIFY(app.exportNow());
        m_server.setScenario(test::kExportPath, {{u"name"_s, u"forbidden_0204"_s}});
        QVERIFY(app.exportNow());
    }
    // A new window (a restart) reads the history from the app-data folder.
    App app(m_folder.path());
    QCOMPARE(app.window.findChild<QAction *>(u"historyAction"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_H));
    app.trigger("historyAction");
    HistoryDialog *history = app.workflows()->historyDialog();
    QVERIFY(history);
    QCOMPARE(history->entryCount(), 2);
    auto *view = history->findChild<QTableView *>(u"historyTable"_s);
    QCOMPARE(view->model()->index(0, 1).data().toString(), u"loopback"_s);
    QVERIFY(view->model()->index(0, 3).data().toString().contains(u"403"_s));
    QCOMPARE(view->model()->index(1, 3).data().toString(), u"Saved"_s);
    const QJsonArray exports = m_server.requests(test::kExportPath);
    QVERIFY(history->findChild<QLabel *>(u"historyDetails"_s)->text().contains(
        exports.last().toObject().value(u"request_id").toString()));

    // Loading replaces the table (after asking, as it has rows), rather than appending duplicates.
    const QList<TaskRow> exported = app.model.rows();
    app.model.setEntries({{TaskRow{u"other"_s, {}, {}}, false}, {TaskRow{u"more"_s, {}, {}}, false}});
    app.prompts.confirmAnswers << true;
    view->selectRow(1);
    QTest::mouseClick(history->findChild<QPushButton *>(u"loadRowsButton"_s), Qt::LeftButton);
    QTRY_COMPARE(app.model.rows(), exported);
    QVERIFY2(app.prompts.questions.last().contains(u"The table has 2 row"_s), qPrintable(app.prompts.questions.last()));
    QVERIFY(app.model.validation().ok());
    app.window.undoStack()->undo();
    QCOMPARE(app.model.rowCount(), 2);
}

void TestAccountWorkflows::errorDialogDecodesTheDenialAndSavesABundle()
{
    App app(m_folder.path());
    m_server.setScenario(test::kExportPath, {{u"name"_s, u"forbidden_0204"_s}});
    QVERIFY(app.exportNow());
    ErrorDialog *error = app.app->exportController()->errorDialog();
    QVERIFY(error);
    auto *decode = error->findChild<QPushButton *>(u"decodeButton"_s);
    QVERIFY(decode && decode->isVisibleTo(error) && decode->isEnabled());
    QTest::mouseClick(decode, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(app.top<DenialDecodeDialog>(), 10000);
    DenialDecodeDialog *decoded = app.top<DenialDecodeDialog>();
    QTRY_VERIFY_WITH_TIMEOUT(!decoded->isRunning(), 30000);
    QVERIFY(decoded->findChild<QLabel *>(u"decisionLabel"_s)->text().startsWith(u"Denied"_s));
    QCOMPARE(decoded->findChild<QLineEdit *>(u"actionField"_s)->text(), u"sms:server:getBatchConsistencyResults"_s);

    // The saved report keeps the decode already done, in both forms.
    for (const QString &name : {u"report.txt"_s, u"report.json"_s}) {
        const QString path = m_folder.filePath(name);
        app.prompts.fileNames << path;
        QTest::mouseClick(error->findChild<QPushButton *>(u"saveReportButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 5000);
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray content = saved.readAll();
        QVERIFY2(content.contains(name.endsWith(u".json") ? "decoded_authorization_message" : "Decoded authorization message"),
                 content.constData());
        QVERIFY2(content.contains("getBatchConsistencyResults") && content.contains("Deny"), content.constData());
    }

    const QString bundle = m_folder.filePath(u"bundle.json"_s);
    app.prompts.fileNames << bundle;
    QTest::mouseClick(error->findChild<QPushButton *>(u"saveSupportBundleButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(bundle), 5000);
    QFile file(bundle);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains(error->report().error().requestId.toUtf8()));
    QVERIFY2(!text.contains(test::kTestSk.toUtf8()) && !text.contains(test::kTestAk.toUtf8()),
             "a fake secret landed in the bundle");
}

void TestAccountWorkflows::errorDialogShowsTheSignatureDiagnosis()
{
    App app(m_folder.path());
    m_server.setScenario(test::kExportPath, {{u"name"_s, u"gateway_echo"_s}, {u"tamper"_s, u"path_slash"_s}});
    QVERIFY(app.exportNow());
    ErrorDialog *error = app.app->exportController()->errorDialog();
    QVERIFY(error);
    auto *view = error->findChild<SignatureDiagnosisView *>();
    QVERIFY(view && view->isVisibleTo(error));
    QCOMPARE(view->highlightedLine(true), 1);
    QVERIFY(view->findChild<QLabel *>(u"differenceLabel"_s)->text().startsWith(u"▶ Line 2 differs"_s));
    QVERIFY(view->findChild<QLabel *>(u"causeLabel"_s)->text().contains(u"trailing slash"_s));
    QVERIFY(!error->findChild<QPushButton *>(u"decodeButton"_s)->isVisibleTo(error));
}

void TestAccountWorkflows::profileDialogChecksTheProfile()
{
    App app(m_folder.path());
    app.trigger("manageProfilesAction");
    ProfileDialog *profiles = app.app->profileDialog();
    QVERIFY(profiles);
    QTRY_VERIFY_WITH_TIMEOUT(!profiles->findChild<QLineEdit *>(u"secretKeyEdit"_s)
                                  || !profiles->findChild<QLineEdit *>(u"secretKeyEdit"_s)->text().isEmpty(), 5000);
    QTest::mouseClick(profiles->findChild<QPushButton *>(u"checkProfileButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(app.top<WhoAmIDialog>(), 10000);
    WhoAmIDialog *check = app.top<WhoAmIDialog>();
    QTRY_VERIFY_WITH_TIMEOUT(!check->isRunning(), 30000);
    QCOMPARE(check->findChild<QLineEdit *>(u"accountField"_s)->text(), test::kTestDomainId);
    QCOMPARE(m_server.requests(u"/v5/caller-identity"_s).size(), 1);
}

SMSC_GUI_TEST_MAIN(TestAccountWorkflows)
#include "tst_accountworkflows.moc"
