// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeCredentialStore.h"
#include "MnemonicAudit.h"
#include "account/AccountPickerDialog.h"
#include "batch/BatchController.h"
#include "batch/BatchExportWindow.h"
#include "diagnostics/DenialDecodeDialog.h"
#include "diagnostics/DoctorDialog.h"
#include "diagnostics/ErrorDialog.h"
#include "diagnostics/WhoAmIDialog.h"
#include "doctor/DoctorRun.h"
#include "errors/ErrorReport.h"
#include "export/ExportProgressDialog.h"
#include "export/HistoryDialog.h"
#include "harness/GuiTestEnvironment.h"
#include "harness/ScriptedPrompts.h"
#include "profile/ProfileStore.h"
#include "profiles/ProfileDialog.h"
#include "rows/RowTableModel.h"
#include "window/LanguageManager.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTest>
#include <QVBoxLayout>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

using namespace smsc;

// Alt+key must do one thing in every window and dialog, in both languages: a mnemonic claimed
// twice only moves focus between its owners (and never presses a button).
class TestMnemonics final : public QObject
{
    Q_OBJECT
private:
    // Sets up one window in one of its states; returns what to audit.
    using Setup = std::function<QWidget *()>;

    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<RowTableModel> m_rows;
    test::ScriptedPrompts m_prompts;
    test::FakeCredentialStore m_secrets;
    QNetworkAccessManager m_network;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<BatchController> m_batch;
    std::unique_ptr<QWidget> m_window;

    static Profile profile()
    {
        Profile profile;
        profile.name = u"migration-prod"_s;
        return profile;
    }

    std::unique_ptr<QWidget> errorDialog()
    {
        ApiError error;
        error.kind = ErrorKind::Permission;
        error.httpStatus = 403;
        error.errorCode = u"SMS.0204"_s;
        error.errorMsg = u"Insufficient permissions. Encoded authorization message: SMSCTESTENC1.e30."_s;
        error.headline = u"You do not have permission to export consistency results."_s;
        error.requestId = u"req-0001"_s;
        RequestRecord request;
        request.method = "POST";
        request.url = u"https://sms.example.test/v3/tasks/consistency-results/export"_s;
        const ErrorReportContext context{u"migration-prod"_s, u"https://sms.example.test"_s, AuthMode::AkSk, {}, {}, {}, {}};
        return std::make_unique<ErrorDialog>(ErrorReport(error, request, context, {}), &m_prompts);
    }

    QWidget *build(const QString &name)
    {
        if (name == u"main window") {
            m_rows = std::make_unique<RowTableModel>();
            auto window = std::make_unique<MainWindow>(m_rows.get(), m_languages.get(), &m_prompts);
            window->setProfileNames({u"migration-prod"_s}, {});
            m_window = std::move(window);
        } else if (name.startsWith(u"profile dialog")) {
            m_window = std::make_unique<ProfileDialog>(m_store.get(), &m_secrets, &m_prompts);
            auto *auth = m_window->findChild<QComboBox *>(u"authModeCombo"_s);
            auth->setCurrentIndex(name.back().digitValue());
        } else if (name == u"error dialog") {
            m_window = errorDialog();
        } else if (name.startsWith(u"account picker")) {
            m_window = std::make_unique<AccountPickerDialog>(&m_network, profile(), Credentials(), QString());
            m_window->findChild<QTabWidget *>()->setCurrentIndex(name.endsWith(u"tasks") ? 1 : 0);
        } else if (name == u"batch export") {
            m_batch = std::make_unique<BatchController>(m_store.get(), &m_secrets, &m_network);
            m_window = std::make_unique<BatchExportWindow>(m_batch.get(), &m_prompts);
        } else if (name == u"history") {
            m_window = std::make_unique<HistoryDialog>();
        } else if (name == u"decode") {
            m_window = std::make_unique<DenialDecodeDialog>(&m_network, profile(), Credentials(), u"SMSCTESTENC1.e30."_s);
        } else if (name == u"who am I") {
            m_window = std::make_unique<WhoAmIDialog>(&m_network, profile(), Credentials(), QString());
        } else if (name == u"check connection") {  // not started: nothing is sent
            m_window = std::make_unique<DoctorDialog>(new DoctorRun(&m_network, profile(), std::nullopt), profile().name);
        } else if (name == u"shortcuts") {
            m_rows = std::make_unique<RowTableModel>();
            auto main = std::make_unique<MainWindow>(m_rows.get(), m_languages.get(), &m_prompts);
            main->findChild<QAction *>(u"shortcutsAction"_s)->trigger();
            auto *dialog = main->findChild<QDialog *>(u"shortcutsDialog"_s);
            m_window = std::move(main);
            return dialog;
        } else if (name.startsWith(u"export progress")) {
            auto *dialog = new ExportProgressDialog;
            if (name.endsWith(u"working"))
                dialog->showWorking(u"Sending"_s);
            else if (name.endsWith(u"saved"))
                dialog->showSuccess(u"/tmp/results.zip"_s, 1024, u"req-1"_s);
            else if (name.endsWith(u"no file"))
                dialog->showNoFile("{}", u"req-1"_s);
            else
                dialog->showFailure(u"Failed"_s, u"Detail"_s, u"Hint"_s, true, true);
            m_window.reset(dialog);
        }
        return m_window.get();
    }

private slots:
    void initTestCase()
    {
        m_languages = std::make_unique<LanguageManager>();
        QSettings().clear();
        m_store = std::make_unique<ProfileStore>();
        QVERIFY(m_store->save(profile()).ok());
    }
    void cleanup()
    {
        m_window.reset();
        m_rows.reset();
    }

    // The audit itself: a clash of a button, a buddy label and a menu-bar title, and one in a menu.
    void theAuditFindsClashes()
    {
        QMainWindow window;
        auto *central = new QWidget;
        auto *layout = new QVBoxLayout(central);
        auto *label = new QLabel(u"&Files:"_s);
        auto *edit = new QLineEdit;
        label->setBuddy(edit);
        layout->addWidget(label);
        layout->addWidget(edit);
        layout->addWidget(new QPushButton(u"&Save"_s));
        layout->addWidget(new QPushButton(u"&Stop"_s));
        auto *hidden = new QPushButton(u"&Go"_s);
        layout->addWidget(hidden);
        hidden->hide();
        layout->addWidget(new QPushButton(u"&Go on"_s));  // a hidden twin does not count
        window.setCentralWidget(central);
        QMenu *file = window.menuBar()->addMenu(u"&File"_s);
        file->addAction(u"&Open"_s);
        file->addAction(u"Save &as"_s);
        file->addAction(u"Cl&ose"_s);
        const auto clashes = test::MnemonicAudit::clashes(&window);
        const QString found = test::MnemonicAudit::describe(clashes);
        QCOMPARE(clashes.size(), 3);
        QVERIFY2(found.contains(u"Alt+F is claimed by"_s) && found.contains(u"&Files:"_s), qPrintable(found));
        QVERIFY2(found.contains(u"Alt+S is claimed by"_s), qPrintable(found));
        QVERIFY2(found.contains(u"Alt+O is claimed by"_s) && found.contains(u"Cl&ose"_s), qPrintable(found));
    }

    void everyMnemonicIsUniqueInItsWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("window");
        for (const QString &language : LanguageManager::availableLanguages()) {
            for (const char *window : {"main window", "profile dialog, auth 0", "profile dialog, auth 1",
                                       "profile dialog, auth 2", "error dialog", "account picker, servers",
                                       "account picker, tasks", "history", "batch export", "decode", "who am I",
                                       "check connection", "shortcuts",
                                       "export progress, working", "export progress, saved",
                                       "export progress, no file", "export progress, failed"}) {
                QTest::addRow("%s: %s", qPrintable(language), window) << language << QString::fromLatin1(window);
            }
        }
    }
    void everyMnemonicIsUniqueInItsWindow()
    {
        QFETCH(QString, language);
        QFETCH(QString, window);
        QVERIFY(m_languages->setLanguage(language));
        QCoreApplication::sendPostedEvents();
        QWidget *audited = build(window);
        QVERIFY(audited);
        QCoreApplication::sendPostedEvents();
        const auto clashes = test::MnemonicAudit::clashes(audited);
        QVERIFY2(clashes.isEmpty(), qPrintable(test::MnemonicAudit::describe(clashes)));
        if (window == u"main window" || window.startsWith(u"profile"))
            QVERIFY2(test::MnemonicAudit::windowMnemonics(audited).size() > 4, "the audit missed the mnemonics");
    }
};

SMSC_GUI_TEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
