// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessibilityAudit.h"
#include "account/AccountPickerDialog.h"
#include "batch/BatchController.h"
#include "batch/BatchExportWindow.h"
#include "CaretAudit.h"
#include "DarkPalette.h"
#include "diagnostics/DenialDecodeDialog.h"
#include "diagnostics/ErrorDialog.h"
#include "diagnostics/SignatureDiagnosisView.h"
#include "diagnostics/WhoAmIDialog.h"
#include "errors/ErrorReport.h"
#include "export/ExportProgressDialog.h"
#include "export/HistoryDialog.h"
#include "harness/GuiTestEnvironment.h"
#include "harness/ScriptedPrompts.h"
#include "LayoutAudit.h"
#include "rows/RowTableModel.h"
#include "Screenshot.h"
#include "TextStyleAudit.h"
#include "ThemeAudit.h"
#include "window/LanguageManager.h"
#include "window/MainWindow.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

using namespace smsc;

// Every window of the app, as a user meets it: each interactive
// widget has an accessible name, nothing is clipped at the scale this process runs at (ctest
// also runs this at QT_SCALE_FACTOR 1.5 and 2), with a dark palette no colour is hard-coded, the
// English texts keep one style (sentence case, straight quotes) and no read-only text shows a caret.
// Run by tools/screenshots, it saves each window into docs/screenshots.
class TestWindowAudits final : public QObject
{
    Q_OBJECT
private:
    using Factory = std::function<std::unique_ptr<QWidget>()>;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<RowTableModel> m_rows;
    std::unique_ptr<test::ScriptedPrompts> m_prompts;
    QNetworkAccessManager m_network;   // the account dialogs are audited before any request

    std::unique_ptr<QWidget> accountWindow(const QString &name)
    {
        Profile profile;
        profile.name = u"migration-prod"_s;
        if (name == u"account-picker")
            return std::make_unique<AccountPickerDialog>(&m_network, profile, Credentials(), QString());
        if (name == u"decode-dialog")
            return std::make_unique<DenialDecodeDialog>(&m_network, profile, Credentials(), u"SMSCTESTENC1.e30."_s);
        if (name == u"whoami-dialog")
            return std::make_unique<WhoAmIDialog>(&m_network, profile, Credentials(), QString());
        if (name == u"history-dialog")
            return std::make_unique<HistoryDialog>();
        if (name == u"batch-export") {
            auto *controller = new BatchController(nullptr, nullptr, &m_network);
            auto window = std::make_unique<BatchExportWindow>(controller, m_prompts.get());
            controller->setParent(window.get());
            return window;
        }
        if (name == u"export-failed") {
            auto dialog = std::make_unique<ExportProgressDialog>();
            dialog->showFailure(u"The export folder cannot be written to."_s, u"Permission denied"_s,
                                u"Choose another folder, or check its permissions."_s, false, true);
            return dialog;
        }
        // Shown inside a dialog, as the error dialog hosts it.
        auto host = std::make_unique<QDialog>();
        auto *view = new SignatureDiagnosisView;
        (new QVBoxLayout(host.get()))->addWidget(view);
        view->setRequests(u"GET\n/v3/sources\nname=web+server\nhost:sms.example.test\n\nhost\ne3b0c442"_s,
                          u"GET\n/v3/sources/\nname=web%20server\nhost:sms.example.test\n\nhost\ne3b0c442"_s,
                          u"SDK-HMAC-SHA256\n20261127T193000Z\n5d41402a"_s);
        return host;
    }

    std::unique_ptr<QWidget> mainWindow()
    {
        m_rows = std::make_unique<RowTableModel>();
        // Sample rows with one duplicate, so the screenshot shows validation at work.
        const QList<QStringList> sample = {{u"4d2b8f6e-0000-4000-8000-000000000001"_s, u"src-web-01"_s, u"web-01"_s},
                                           {u"4d2b8f6e-0000-4000-8000-000000000002"_s, u"src-db-01"_s, u"db-01"_s},
                                           {u"4d2b8f6e-0000-4000-8000-000000000002"_s, u"src-db-01"_s, u"db-01"_s}};
        m_rows->insertRows(0, int(sample.size()));
        for (int r = 0; r < sample.size(); ++r) {
            for (int c = 0; c < 3; ++c)
                m_rows->setData(m_rows->index(r, c), sample[r][c]);
        }
        auto window = std::make_unique<MainWindow>(m_rows.get(), m_languages.get(), m_prompts.get());
        window->setProfileNames({u"migration-prod"_s}, {});
        return window;
    }

    std::unique_ptr<QWidget> errorDialog()
    {
        ApiError error;
        error.kind = ErrorKind::Permission;
        error.httpStatus = 403;
        error.errorCode = u"SMS.0204"_s;
        error.errorMsg = u"Insufficient permissions. Cause: sms:server:getBatchConsistencyResults"_s;
        error.headline = u"You do not have permission to export consistency results."_s;
        error.hint = u"Ask your administrator for sms:server:getBatchConsistencyResults."_s;
        error.requestId = u"req-0001"_s;
        RequestRecord request;
        request.method = "POST";
        request.url = u"https://sms.example.test/v3/tasks/consistency-results/export"_s;
        const ErrorReportContext context{u"migration-prod"_s, u"https://sms.example.test"_s,
                                         AuthMode::AkSk, {}, {}, {}, {}};
        return std::make_unique<ErrorDialog>(ErrorReport(error, request, context, {}), m_prompts.get());
    }

private slots:
    void initTestCase()
    {
        m_languages = std::make_unique<LanguageManager>();
        QVERIFY(m_languages->setLanguage(u"en"_s));
        m_prompts = std::make_unique<test::ScriptedPrompts>();
    }

    // The audits themselves: a keyboard-selectable label and read-only text field draw a caret,
    // their mouse-only twins do not; title case and curly quotes are found.
    void theTextAuditsFindWhatTheyLookFor()
    {
        QDialog dialog;
        dialog.setWindowTitle(u"Export History"_s);
        auto *layout = new QVBoxLayout(&dialog);
        const QString text = u"Permission denied: this account may not export."_s;
        auto *caretLabel = new QLabel(text);
        caretLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        auto *quietLabel = new QLabel(u"Profile \u201Cprod\u201D saved."_s);
        quietLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        quietLabel->setFocusPolicy(Qt::StrongFocus);
        auto *caretText = new QPlainTextEdit(text);
        caretText->setReadOnly(true);
        caretText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        auto *quietText = new QPlainTextEdit(text);
        quietText->setReadOnly(true);
        quietText->setTextInteractionFlags(Qt::TextSelectableByMouse);
        for (QWidget *w : std::initializer_list<QWidget *>{caretLabel, quietLabel, caretText, quietText})
            layout->addWidget(w);
        layout->addWidget(new QPushButton(u"Save Report"_s));
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(test::CaretAudit::widgetsShowingACaret(&dialog), (QList<QWidget *>{caretLabel, caretText}));
        const QString style = test::TextStyleAudit::problems(&dialog).join(u'\n');
        QVERIFY2(style.contains(u"Export History (title case: History)"_s), qPrintable(style));
        QVERIFY2(style.contains(u"Save Report (title case: Report)"_s), qPrintable(style));
        QVERIFY2(style.contains(u"(curly quotation marks)"_s), qPrintable(style));
        QCOMPARE(test::TextStyleAudit::titleCaseWords(u"Check &who I am: AK/SK, cURL, X-Language, SMS Consistency Exporter"_s),
                 QStringList());
    }

    void window_data()
    {
        QTest::addColumn<QString>("window");
        QTest::addColumn<bool>("dark");
        for (const char *name : {"main-window", "error-dialog", "account-picker", "decode-dialog", "whoami-dialog",
                                 "history-dialog", "batch-export", "signature-diagnosis", "export-failed"}) {
            QTest::newRow(name) << QString::fromLatin1(name) << false;
            QTest::newRow(QByteArray(name).append("-dark").constData()) << QString::fromLatin1(name) << true;
        }
    }
    void window()
    {
        QFETCH(QString, window);
        QFETCH(bool, dark);
        // A palette change does not reach existing widgets here: set it before building the window.
        QApplication::setStyle(u"Fusion"_s);
        QApplication::setPalette(dark ? test::darkFusionPalette() : QApplication::style()->standardPalette());

        std::unique_ptr<QWidget> widget = window == u"main-window" ? mainWindow()
            : window == u"error-dialog"                          ? errorDialog()
                                                                 : accountWindow(window);
        widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(widget.get()));

        const auto unnamed = test::AccessibilityAudit::unnamedControls(widget.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(test::AccessibilityAudit::describe(unnamed)));
        const auto clipped = test::LayoutAudit::clippedWidgets(widget.get());
        QVERIFY2(clipped.isEmpty(), qPrintable(test::LayoutAudit::describe(clipped)));
        const auto colours = test::ThemeAudit::hardCodedColours(widget.get());
        QVERIFY2(colours.isEmpty(), qPrintable(test::ThemeAudit::describe(colours)));
        const QStringList style = test::TextStyleAudit::problems(widget.get());
        QVERIFY2(style.isEmpty(), qPrintable(style.join(u'\n')));
        widget->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(widget.get()));
        const auto carets = test::CaretAudit::widgetsShowingACaret(widget.get());
        QVERIFY2(carets.isEmpty(), qPrintable(test::CaretAudit::describe(widget.get(), carets)));

        const QString name = dark ? window + u"-dark"_s : window;
        if (qEnvironmentVariableIsSet("SMSC_SCREENSHOT_DIR"))
            QVERIFY(!test::saveScreenshot(widget.get(), name).isEmpty());
    }
};

SMSC_GUI_TEST_MAIN(TestWindowAudits)
#include "tst_windowaudits.moc"
