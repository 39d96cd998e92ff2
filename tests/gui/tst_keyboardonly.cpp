// SPDX-License-Identifier: GPL-3.0-or-later
// The whole flow of the desktop app by keyboard only, as one user session: the real window wired
// like app/gui/main.cpp, the real keychain (run it with tools/in-test-session) and the loopback
// server. Every user step is a key press delivered to the window that has the keyboard focus;
// questions go through the prompt seam (ScriptedPrompts). The slots run in order and share the
// session: each one is a step of the same story.
#include "account/AccountWorkflows.h"
#include "diagnostics/DenialDecodeDialog.h"
#include "diagnostics/ErrorDialog.h"
#include "export/ExportController.h"
#include "export/ExportProgressDialog.h"
#include "export/HistoryDialog.h"
#include "harness/GuiTestEnvironment.h"
#include "harness/KeyboardUser.h"
#include "harness/ScriptedPrompts.h"
#include "KeychainCredentialStore.h"
#include "LoopbackServer.h"
#include "profile/ProfileStore.h"
#include "profiles/ProfileDialog.h"
#include "rows/AutosaveController.h"
#include "rows/RowTableModel.h"
#include "window/AppController.h"
#include "window/LanguageManager.h"
#include "window/MainWindow.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

#include <memory>

using namespace Qt::StringLiterals;

using namespace smsc;
using test::kExportPath;
using test::allSettings;
using test::child;
using test::describe;
using test::focus;
using test::focusIsIn;
using test::press;
using test::sentHeader;
using test::sentTaskIds;
using test::type;

namespace {
const QString kProfile = u"loopback-keyboard"_s;
} // namespace

class TestKeyboardOnly final : public QObject
{
    Q_OBJECT

    test::LoopbackServer m_server;
    QTemporaryDir m_exports;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<RowTableModel> m_model;
    std::unique_ptr<AutosaveController> m_autosave;
    test::ScriptedPrompts m_prompts;
    KeychainCredentialStore m_keychain{10000};
    ProfileStore m_profiles;
    QNetworkAccessManager m_network;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<AppController> m_app;
    QTableView *m_table = nullptr;
    QList<QStringList> m_exported;  // the rows of the first export, as typed and pasted

    ExportController *exports() const { return m_app->exportController(); }
    QList<QStringList> tableRows() const
    {
        QList<QStringList> rows;
        for (const TaskRow &row : m_model->rows()) {
            if (!row.isBlank())
                rows.append({row.taskId, row.sourceId, row.sourceName});
        }
        return rows;
    }
    QJsonArray exportRequests() { return m_server.requests(kExportPath); }

    //! Runs `keys` with the focus in the table and checks that they changed no profile, language or setting.
    template<typename Keys>
    void inTheTable(Keys &&keys)
    {
        QVERIFY2(focusIsIn(m_table), qPrintable(describe(focus())));
        const QMap<QString, QVariant> settings = allSettings();
        const QString profile = m_window->currentProfile();
        const QString language = m_languages->language();
        QSignalSpy profileChanged(m_window.get(), &MainWindow::currentProfileChanged);
        QSignalSpy languageChanged(m_languages.get(), &LanguageManager::languageChanged);
        keys();
        QVERIFY2(focusIsIn(m_table), qPrintable(describe(focus())));
        QCOMPARE(m_window->currentProfile(), profile);
        QVERIFY(profileChanged.isEmpty());
        QCOMPARE(m_languages->language(), language);
        QVERIFY(languageChanged.isEmpty());
        QCOMPARE(allSettings(), settings);
    }

    //! Ctrl+E in the main window; waits for the export's outcome.
    ExportOutcome exportByKeyboard()
    {
        QSignalSpy finished(exports(), &ExportController::finished);
        press(Qt::Key_E, Qt::ControlModifier);
        if (finished.isEmpty() && !finished.wait(30000))
            return {};
        return finished.first().at(0).value<ExportOutcome>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QVERIFY(m_exports.isValid());
        QSettings().clear();
        m_languages = std::make_unique<LanguageManager>();
        QVERIFY(m_languages->setLanguage(u"en"_s));
        // As app/gui/main.cpp: the autosave, one blank row on a first start, the window and its controller.
        m_model = std::make_unique<RowTableModel>();
        m_autosave = std::make_unique<AutosaveController>(m_model.get(), AutosaveController::defaultFilePath());
        QCOMPARE(m_autosave->restore().kind(), FailureKind::NotFound);  // a first start: nothing saved yet
        if (m_model->rowCount() == 0)
            m_model->insertRows(0, 1);
        m_window = std::make_unique<MainWindow>(m_model.get(), m_languages.get(), &m_prompts);
        m_app = std::make_unique<AppController>(m_window.get(), &m_profiles, &m_keychain, &m_network, &m_prompts);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_table = child<QTableView>(m_window.get(), "rowTable");
        QVERIFY(m_table);
    }

    void cleanupTestCase()
    {
        m_app.reset();
        m_window.reset();
        m_autosave.reset();
    }

    void firstStartShowsWhatToDoFirst()
    {
        auto *panel = child(m_window.get(), "firstStepsPanel");
        QVERIFY(panel && panel->isVisible());
        QVERIFY2(focusIsIn(m_table), qPrintable(describe(focus())));
        // Ctrl+Tab leaves the table (Tab stays in it) and reaches the first step.
        press(Qt::Key_Tab, Qt::ControlModifier);
        auto *create = child<QPushButton>(panel, "firstStepsCreateProfileButton");
        QCOMPARE(focus(), create);
        press(Qt::Key_Space);
        QTRY_VERIFY(m_app->profileDialog() && m_app->profileDialog()->isActiveWindow());
        QCOMPARE(m_server.requests().size(), 0);  // nothing is sent before there is a profile
    }

    void createAProfileByKeyboard()
    {
        ProfileDialog *dialog = m_app->profileDialog();
        QVERIFY(dialog);
        QVERIFY2(focusIsIn(dialog), qPrintable(describe(focus())));
        const QString endpoint = m_server.httpUrl().toString();
        press(Qt::Key_N, Qt::AltModifier);
        QCOMPARE(focus(), child(dialog, "nameEdit"));
        type(kProfile);
        press(Qt::Key_R, Qt::AltModifier);  // Region: the last entry is "Custom endpoint…"
        QCOMPARE(focus(), child(dialog, "regionCombo"));
        press(Qt::Key_End);
        QCOMPARE(child<QComboBox>(dialog, "regionCombo")->currentData().toString(), QString());
        press(Qt::Key_E, Qt::AltModifier);
        QCOMPARE(focus(), child(dialog, "endpointEdit"));
        type(endpoint);
        press(Qt::Key_I, Qt::AltModifier);
        QCOMPARE(focus(), child(dialog, "iamEndpointEdit"));
        type(endpoint);
        press(Qt::Key_Tab);
        QCOMPARE(focus(), child(dialog, "stsEndpointEdit"));
        type(endpoint);
        press(Qt::Key_K, Qt::AltModifier);
        QCOMPARE(focus(), child(dialog, "accessKeyEdit"));
        type(test::kTestAk);
        press(Qt::Key_Tab);
        QCOMPARE(focus(), child(dialog, "secretKeyEdit"));
        type(test::kTestSk);
        press(Qt::Key_X, Qt::AltModifier);  // Proxy: a direct connection to the loopback server
        QCOMPARE(focus(), child(dialog, "proxyEdit"));
        type(u"none"_s);

        // Detect (Alt+D presses it) asks IAM for the account ID with the typed keys.
        auto *domainId = child<QLineEdit>(dialog, "domainIdEdit");
        press(Qt::Key_D, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(domainId->text(), test::kTestDomainId, 20000);
        QCOMPARE(m_server.requests(u"/v3/auth/domains"_s).size(), 1);
        QCOMPARE(sentHeader(m_server.requests(u"/v3/auth/domains"_s).first().toObject(), u"Authorization"_s)
                     .contains(test::kTestAk),
                 true);

        QSignalSpy saved(dialog, &ProfileDialog::saveFinished);
        press(Qt::Key_S, Qt::ControlModifier);  // Save
        QVERIFY(!saved.isEmpty() || saved.wait(15000));
        QCOMPARE(saved.first().at(0).toBool(), true);
        QVERIFY2(saved.first().at(1).toBool(),  // the keys are in the keychain
                 qPrintable(u"keys not stored (run under tools/in-test-session): "_s
                            + child<QLabel>(dialog, "statusLabel")->text()));
        QVERIFY(m_profiles.contains(kProfile));
        QCOMPARE(m_profiles.load(kProfile)->domainId, test::kTestDomainId);

        press(Qt::Key_Escape);  // nothing unsaved: closes without a question
        QTRY_VERIFY(!m_app->profileDialog());
        QVERIFY(m_prompts.asked.isEmpty());
        QTRY_VERIFY2(focusIsIn(m_table), qPrintable(describe(focus())));
        QCOMPARE(m_window->currentProfile(), kProfile);
    }

    void typeRowsWithTabAndEnter()
    {
        inTheTable([this] {
            QCOMPARE(m_table->currentIndex(), m_model->index(0, 0));
            type(u"task-1"_s);
            press(Qt::Key_Tab);
            type(u"src-1"_s);
            press(Qt::Key_Tab);
            type(u"web-01"_s);
            press(Qt::Key_Tab);  // past the last cell: a new row, ready for typing
            QCOMPARE(m_table->currentIndex(), m_model->index(1, 0));
            type(u"task-2"_s);
            press(Qt::Key_Tab);
            type(u"src-2"_s);
            press(Qt::Key_Tab);
            type(u"db-01"_s);
            press(Qt::Key_Return);
        });
        QTRY_COMPARE(tableRows(), (QList<QStringList>{{u"task-1"_s, u"src-1"_s, u"web-01"_s},
                                                      {u"task-2"_s, u"src-2"_s, u"db-01"_s}}));
        QVERIFY(!child(m_window.get(), "firstStepsPanel")->isVisible());
        QCOMPARE(exportRequests().size(), 0);  // typing sends nothing
    }

    void pasteABlockHeadedByTheWindowsOwnTitles()
    {
        // The columns in another order than the table's, titled as the table titles them.
        const auto title = [this](int column) { return m_model->headerData(column, Qt::Horizontal).toString(); };
        QGuiApplication::clipboard()->setText(
            title(RowTableModel::SourceNameColumn) + u'\t' + title(RowTableModel::TaskIdColumn) + u'\t'
            + title(RowTableModel::SourceIdColumn) + u"\nfile-01\ttask-3\tsrc-3\ncache-02\ttask-4\tsrc-4\n"_s);
        inTheTable([this] {
            press(Qt::Key_Home);  // the first cell of the last row, then Down: a new row
            press(Qt::Key_Down);
            QCOMPARE(m_table->currentIndex(), m_model->index(2, 0));
            press(Qt::Key_V, Qt::ControlModifier);
        });
        m_exported = {{u"task-1"_s, u"src-1"_s, u"web-01"_s}, {u"task-2"_s, u"src-2"_s, u"db-01"_s},
                      {u"task-3"_s, u"src-3"_s, u"file-01"_s}, {u"task-4"_s, u"src-4"_s, u"cache-02"_s}};
        QTRY_COMPARE(tableRows(), m_exported);
        QVERIFY2(m_prompts.questions.isEmpty(), qPrintable(m_prompts.questions.join(u'\n')));  // recognised: no question
        QCOMPARE(exportRequests().size(), 0);
    }

    void exportWithCtrlE()
    {
        m_prompts.directories << m_exports.path();  // first export: where to save, asked once
        const ExportOutcome outcome = exportByKeyboard();
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.headline));
        const QJsonArray sent = exportRequests();
        QCOMPARE(sent.size(), 1);
        QVERIFY(sent.last().toObject().value(u"signature_ok"_s).toBool());
        QCOMPARE(sentTaskIds(sent.last().toObject()),
                 (QStringList{u"task-1"_s, u"task-2"_s, u"task-3"_s, u"task-4"_s}));
        QCOMPARE(sentHeader(sent.last().toObject(), u"X-Language"_s), u"en-us"_s);
        QCOMPARE(sentHeader(sent.last().toObject(), u"X-Domain-Id"_s), test::kTestDomainId);
        QVERIFY(QFile::exists(QDir(m_exports.path()).filePath(u"consistency-results.csv"_s)));

        // The export window has the keyboard; Escape closes it and the table has it again.
        ExportProgressDialog *progress = exports()->progressDialog();
        QTRY_VERIFY2(focusIsIn(progress), qPrintable(describe(focus())));
        press(Qt::Key_Escape);
        QTRY_VERIFY(!progress->isVisible());
        QTRY_VERIFY2(focusIsIn(m_table), qPrintable(describe(focus())));
    }

    void historyLoadsTheRowsAgain()
    {
        // One more row typed after the export: loading the exported rows again replaces the table.
        inTheTable([this] {
            press(Qt::Key_End, Qt::ControlModifier);
            press(Qt::Key_Home);
            press(Qt::Key_Down);
            type(u"task-5"_s);
            press(Qt::Key_Return);
        });
        QTRY_COMPARE(tableRows().size(), 5);

        press(Qt::Key_H, Qt::ControlModifier);
        // The dialog deletes itself once closed: a guarded pointer, read only while it lives.
        const QPointer<HistoryDialog> history = m_app->accountWorkflows()->historyDialog();
        QVERIFY(history);
        QTRY_VERIFY2(focusIsIn(history), qPrintable(describe(focus())));
        QCOMPARE(focus(), child(history, "historyTable"));
        QCOMPARE(history->entryCount(), 1);
        m_prompts.confirmAnswers << true;  // "Replace the rows in the table?"
        press(Qt::Key_L, Qt::AltModifier);
        QTRY_COMPARE(tableRows(), m_exported);
        QCOMPARE(m_prompts.questions.size(), 1);
        QVERIFY2(m_prompts.questions.first().startsWith(u"Replace the rows in the table?"_s),
                 qPrintable(m_prompts.questions.first()));
        QCOMPARE(exportRequests().size(), 1);  // loading sends nothing

        press(Qt::Key_Escape);
        QTRY_VERIFY(!history || !history->isVisible());
        QTRY_VERIFY2(focusIsIn(m_table), qPrintable(describe(focus())));
    }

    void a403DecodedAndReported()
    {
        QVERIFY(m_server.setScenario(kExportPath, {{u"name"_s, u"forbidden_0204"_s}}));
        const ExportOutcome outcome = exportByKeyboard();
        QCOMPARE(outcome.httpStatus, 403);
        QCOMPARE(exportRequests().size(), 2);
        QCOMPARE(sentTaskIds(exportRequests().last().toObject()),
                 (QStringList{u"task-1"_s, u"task-2"_s, u"task-3"_s, u"task-4"_s}));

        ErrorDialog *error = exports()->errorDialog();
        QVERIFY(error);
        QTRY_VERIFY2(focusIsIn(error), qPrintable(describe(focus())));

        // Decode… (Alt+D) asks STS with the profile's keys from the keychain.
        press(Qt::Key_D, Qt::AltModifier);
        DenialDecodeDialog *decode = nullptr;
        QTRY_VERIFY((decode = m_window->findChild<DenialDecodeDialog *>()) != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(!decode->isRunning() && !child<QLabel>(decode, "decisionLabel")->text().isEmpty(),
                                 20000);
        QVERIFY2(child<QLabel>(decode, "decisionLabel")->text().startsWith(u"Denied"_s),
                 qPrintable(child<QLabel>(decode, "decisionLabel")->text()));
        const QJsonArray decoded = m_server.requests(u"/v5/decode-authorization-message"_s);
        QCOMPARE(decoded.size(), 1);
        QVERIFY(decoded.first().toObject().value(u"signature_ok"_s).toBool());
        QTRY_VERIFY2(focusIsIn(decode), qPrintable(describe(focus())));
        press(Qt::Key_Escape);
        QTRY_VERIFY(!m_window->findChild<DenialDecodeDialog *>());
        QTRY_VERIFY2(focusIsIn(error), qPrintable(describe(focus())));

        // Save report… (Alt+S): the saved report carries the decoded decision.
        const QString report = QDir(m_exports.path()).filePath(u"report.txt"_s);
        m_prompts.fileNames << report;
        press(Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY(QFile::exists(report));
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("SMS.0204"));
        QVERIFY(text.contains("DenySmsExport"));
        QVERIFY(!text.contains(test::kTestSk.toUtf8()));
        QVERIFY2(focusIsIn(error), qPrintable(describe(focus())));

        press(Qt::Key_Escape);  // the error dialog: back to the export window it opened over
        QTRY_VERIFY(!exports()->errorDialog());
        QTRY_VERIFY2(focusIsIn(exports()->progressDialog()), qPrintable(describe(focus())));
        press(Qt::Key_Escape);  // the export window, which only points to the error dialog
        QTRY_VERIFY(!exports()->progressDialog()->isVisible());
        QTRY_VERIFY2(focusIsIn(m_table), qPrintable(describe(focus())));
        QCOMPARE(exportRequests().size(), 2);  // no retry on its own
    }

    void switchToChineseByTheMenuAndExportAgain()
    {
        QVERIFY(m_server.setScenario(kExportPath, {{u"name"_s, u"default"_s}}));
        press(Qt::Key_V, Qt::AltModifier);  // View
        QTRY_VERIFY(QApplication::activePopupWidget());
        press(Qt::Key_L);  // Language
        QTRY_COMPARE(QApplication::activePopupWidget(), child<QMenu>(m_window.get(), "languageMenu"));
        auto *menu = child<QMenu>(m_window.get(), "languageMenu");
        for (int i = 0; menu->activeAction() != child<QAction>(m_window.get(), "language_zh_CN"); ++i) {
            QVERIFY2(i < 5 && menu->isVisible(), "Down never reached 简体中文 in View > Language");
            press(Qt::Key_Down);
        }
        press(Qt::Key_Return);
        QTRY_COMPARE(m_languages->language(), u"zh_CN"_s);
        QTRY_VERIFY(!QApplication::activePopupWidget());
        QCOMPARE(m_window->windowTitle(), QCoreApplication::translate("smsc::MainWindow", "SMS Consistency Exporter"));
        QVERIFY(m_window->windowTitle() != u"SMS Consistency Exporter"_s);
        QTRY_VERIFY2(focusIsIn(m_table), qPrintable(describe(focus())));

        const ExportOutcome outcome = exportByKeyboard();
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.headline));
        const QJsonArray sent = exportRequests();
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sentHeader(sent.last().toObject(), u"X-Language"_s), u"zh-cn"_s);
        QCOMPARE(sentTaskIds(sent.last().toObject()),
                 (QStringList{u"task-1"_s, u"task-2"_s, u"task-3"_s, u"task-4"_s}));
        QCOMPARE(m_window->currentProfile(), kProfile);
        // The default keeps both files, without a question.
        QVERIFY(QFile::exists(QDir(m_exports.path()).filePath(u"consistency-results (1).csv"_s)));
        QTRY_VERIFY2(focusIsIn(exports()->progressDialog()), qPrintable(describe(focus())));
        press(Qt::Key_Escape);
        QTRY_VERIFY2(focusIsIn(m_table), qPrintable(describe(focus())));
        QCOMPARE(m_prompts.warnings, QStringList());
    }
};

SMSC_GUI_TEST_MAIN(TestKeyboardOnly)
#include "tst_keyboardonly.moc"
