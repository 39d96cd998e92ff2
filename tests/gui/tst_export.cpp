// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics/ErrorDialog.h"
#include "harness/ExportApp.h"
#include "harness/GuiTestEnvironment.h"
#include "http/transport/TransportSetup.h"
#include "profiles/ProfileDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QToolTip>

using namespace Qt::StringLiterals;

using namespace smsc;
using namespace smsc::test;

/*!
 * The export from the real main window against the loopback server: the file saved and shown,
 * names kept, failures told once with their offers, cancel, and each failure kind's message.
 */
class TestExport final : public QObject
{
    Q_OBJECT
    LoopbackServer m_server;

    void saveProfile(const QUrl &endpoint, int transferTimeout = 120)
    {
        saveLoopbackProfile(m_server, endpoint, transferTimeout);
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }

    void init()
    {
        QSettings().clear();
        QVERIFY(m_server.reset());
        saveProfile(m_server.httpsUrl());
    }

    void exportSavesTheFileAndShowsIt()
    {
        QTemporaryDir folder;
        App app{QString()};
        app.prompts.directories << folder.path();  // first use: the folder is asked for, then remembered
        const auto [outcome, saved] = app.exportNow();
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.headline + u' ' + outcome.error.technicalDetail));
        QCOMPARE(saved, QDir(folder.path()).filePath(u"consistency-results.csv"_s));
        QCOMPARE(filesIn(folder.path()), QStringList{u"consistency-results.csv"_s});  // no staging left
        QCOMPARE(sha256(saved), m_server.lastBody().value(u"sha256"_s).toString().toLatin1());
        QCOMPARE(app.controller()->exportFolder(), folder.path());

        const QJsonArray sent = m_server.requests(kExportPath);
        QCOMPARE(sent.size(), 1);
        QVERIFY(sent.at(0).toObject().value(u"signature_ok"_s).toBool());
        QVERIFY(sent.at(0).toObject().value(u"body"_s).toString().contains(u"task-2"_s));
        const QString userAgent = sentHeader(sent.at(0).toObject(), u"User-Agent"_s);
        QVERIFY2(userAgent.startsWith(u"sms-consistency-exporter/" SMSC_VERSION " (Qt "_s), qPrintable(userAgent));
        QCOMPARE(userAgent, QString::fromUtf8(TransportSetup::userAgent()));

        ExportProgressDialog *progress = app.progress();
        QVERIFY(progress->isVisible());
        QVERIFY(progress->headline().contains(u"consistency-results.csv"_s));
        QVERIFY(app.in<QLineEdit>(progress, "savedSizeEdit")->text().contains(QLocale().toString(QFileInfo(saved).size())));
        QCOMPARE(app.in<QLineEdit>(progress, "requestIdEdit")->text(), outcome.requestId);
        QVERIFY(!outcome.requestId.isEmpty());
        QTest::mouseClick(app.in<QPushButton>(progress, "openFolderButton"), Qt::LeftButton);
        QCOMPARE(app.openedFolders, QList<QUrl>{QUrl::fromLocalFile(folder.path())});
        QVERIFY(app.window.findChild<QAction *>(u"exportAction"_s)->isEnabled());

        QTemporaryDir other;
        app.prompts.directories << other.path();
        QTest::mouseClick(app.in<QPushButton>(progress, "changeFolderButton"), Qt::LeftButton);
        QTRY_COMPARE(app.controller()->exportFolder(), other.path());
    }

    void theSameNameIsKeptBesideUnlessAskedTo()
    {
        QTemporaryDir folder;
        App app(folder.path());
        const QString first = QDir(folder.path()).filePath(u"consistency-results.csv"_s);
        QCOMPARE(app.exportNow().second, first);
        // The default never asks: every next export of the same name is kept beside the last.
        QCOMPARE(app.exportNow().second, QDir(folder.path()).filePath(u"consistency-results (1).csv"_s));
        QCOMPARE(app.exportNow().second, QDir(folder.path()).filePath(u"consistency-results (2).csv"_s));
        QVERIFY2(app.prompts.asked.isEmpty(), qPrintable(app.prompts.asked.join(u", ")));

        // The choice is visible where the export is shown, and changed by keyboard; it is remembered.
        auto *sameName = app.in<QComboBox>(app.progress(), "sameNameCombo");
        QVERIFY(sameName && sameName->isVisible());
        QCOMPARE(sameName->currentData().toBool(), false);
        sameName->setFocus();
        QTest::keyClick(sameName, Qt::Key_Down);
        QCOMPARE(sameName->currentData().toBool(), true);
        QCOMPARE(QSettings().value(u"export/askWhenNameExists"_s).toBool(), true);

        // Asked: Cancel replaces nothing, and the received file is kept under a free name, said where.
        app.prompts.overwriteAnswers = {UserPrompts::Overwrite::Cancel, UserPrompts::Overwrite::Replace};
        const QString kept = QDir(folder.path()).filePath(u"consistency-results (3).csv"_s);
        QCOMPARE(app.exportNow().second, kept);
        QVERIFY2(app.progress()->headline().contains(u"consistency-results (3).csv"_s), qPrintable(app.progress()->headline()));
        QCOMPARE(sha256(kept), m_server.lastBody().value(u"sha256"_s).toString().toLatin1());
        QCOMPARE(app.exportNow().second, first);  // Replace, when the user says so
        QCOMPARE(filesIn(folder.path()).size(), 4);
        QCOMPARE(app.prompts.asked.filter(u"consistency-results.csv"_s).size(), 2);
    }

    void openingWithoutADesktopHandlerSaysSoAndOffersThePath()
    {
        QTemporaryDir folder;
        App app(folder.path());
        const auto [outcome, saved] = app.exportNow();
        QVERIFY(outcome.ok());
        // The main window tells where the file went, with its own Open file / Open folder / Copy path.
        auto *bar = app.window.findChild<QWidget *>(u"lastExportBar"_s);
        QVERIFY(bar && bar->isVisible());
        QVERIFY(app.in<QLabel>(bar, "lastExportLabel")->text().contains(u"consistency-results.csv"_s));
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(app.in<QPushButton>(bar, "lastExportCopyPathButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QDir::toNativeSeparators(saved));

        app.opens = false;  // the desktop has no handler for CSV files
        QGuiApplication::clipboard()->clear();
        app.prompts.confirmAnswers = {true};
        auto *openFile = app.in<QPushButton>(app.progress(), "openFileButton");
        QVERIFY(openFile && openFile->isVisible());
        openFile->setFocus();
        QTest::keyClick(openFile, Qt::Key_Space);
        QCOMPARE(app.openedFolders.last(), QUrl::fromLocalFile(saved));
        QCOMPARE(app.prompts.asked, QStringList{u"Cannot open"_s});
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), QDir::toNativeSeparators(saved));

        app.prompts.confirmAnswers = {false};
        QTest::mouseClick(app.in<QPushButton>(bar, "lastExportOpenFolderButton"), Qt::LeftButton);
        QCOMPARE(app.openedFolders.last(), QUrl::fromLocalFile(folder.path()));
        QCOMPARE(app.prompts.asked.size(), 2);
    }

    void aFailureIsToldOnceWithTheRightOffers_data()
    {
        QTest::addColumn<QString>("failure");
        QTest::addColumn<bool>("changeFolder");
        QTest::newRow("403: the error dialog, no folder offer") << u"403"_s << false;
        QTest::newRow("keychain: no folder offer") << u"keychain"_s << false;
        QTest::newRow("folder cannot be created: folder offer") << u"folder"_s << true;
    }

    void aFailureIsToldOnceWithTheRightOffers()
    {
        QFETCH(QString, failure);
        QFETCH(bool, changeFolder);
        QTemporaryDir folder;
        App app(folder.path());
        if (failure == u"403")
            m_server.setScenario(kExportPath, {{u"name"_s, u"forbidden_0204"_s}});
        else if (failure == u"keychain")
            app.secrets.failWith = FailureKind::Unavailable;
        else
            app.controller()->setExportFolder(u"/proc/smsc-no-such-folder"_s);
        QVERIFY(!app.exportNow().first.ok());
        ExportProgressDialog *progress = app.progress();
        QCOMPARE(app.in<QPushButton>(progress, "changeFolderButton")->isVisible(), changeFolder);
        if (failure != u"403")
            return;
        ErrorDialog *dialog = app.controller()->errorDialog();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY2(!progress->headline().contains(dialog->report().headline()), qPrintable(progress->headline()));
        // "Try again" is there, and only a click sends the request again (never on its own for a 403).
        auto *retry = app.in<QPushButton>(dialog, "retryButton");
        QVERIFY(retry && retry->isVisible());
        QCOMPARE(m_server.requests(kExportPath).size(), 1);
        QSignalSpy finished(app.controller(), &ExportController::finished);
        retry->setFocus();
        QTest::keyClick(retry, Qt::Key_Space);
        QVERIFY(finished.wait(30000));
        QCOMPARE(m_server.requests(kExportPath).size(), 2);
    }

    void aCellTooltipGoesWithItsRow()
    {
        App app{QString()};
        app.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&app.window));
        auto *view = app.window.findChild<QTableView *>(u"rowTable"_s);
        view->setFocus();
        QTest::keySequence(&app.window, QKeySequence(Qt::CTRL | Qt::Key_N));  // a third row, undoably
        QCOMPARE(app.model.rowCount(), 3);
        const QModelIndex cell = app.model.index(2, RowTableModel::TaskIdColumn);
        QVERIFY(app.model.setData(cell, QString(37, u'7')));
        const QString tip = cell.data(Qt::ToolTipRole).toString();
        QVERIFY(!tip.isEmpty());
        // The cell's problem as its tooltip, where the pointer rests, as hovering shows it.
        const QRect rect = view->visualRect(cell);
        QToolTip::showText(view->viewport()->mapToGlobal(rect.center()), tip, view->viewport(), rect);
        QTRY_VERIFY(QToolTip::isVisible());
        QTest::keySequence(&app.window, QKeySequence(Qt::CTRL | Qt::Key_Z));  // the row goes
        QCOMPARE(app.model.rowCount(), 2);
        // Hidden at once (Qt fades it out within 300 ms), not after its own 10 s expiry.
        QTRY_VERIFY_WITH_TIMEOUT(!QToolTip::isVisible(), 2000);
    }

    void firstStartSaysWhatToDoFirst()
    {
        QSettings().clear();  // no profile, and the one blank row the app starts with
        App app{QString()};
        app.model.setEntries({RowTableModel::Entry{}});
        auto *panel = app.window.findChild<QWidget *>(u"firstStepsPanel"_s);
        QVERIFY(panel);
        QTRY_VERIFY(panel->isVisible());
        auto *create = app.in<QPushButton>(panel, "firstStepsCreateProfileButton");
        QVERIFY(create->isVisible());
        // The keyboard reaches it: Tab from the profile box of the toolbar.
        app.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&app.window));
        auto *profiles = app.window.findChild<QWidget *>(u"profileCombo"_s);
        profiles->setFocus();
        QTest::keyClick(profiles, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), create);
        QTest::keyClick(create, Qt::Key_Space);
        QTRY_VERIFY(app.app->profileDialog() && app.app->profileDialog()->isVisible());
        app.app->profileDialog()->close();

        // "Add from account" without a profile says why and offers to create one.
        app.prompts.confirmAnswers = {false};
        app.window.findChild<QAction *>(u"addFromAccountAction"_s)->trigger();
        QTRY_COMPARE(app.prompts.asked, QStringList{u"No profile yet"_s});

        // Rows typed in: the panel goes.
        app.model.setEntries({{TaskRow{u"task-1"_s, u"src-1"_s, u"web-01"_s}, false}});
        QTRY_VERIFY(!panel->isVisible());
    }

    void cancelASlowExportKeepsTheWindowResponsive_data()
    {
        QTest::addColumn<bool>("escape");
        QTest::newRow("Cancel button") << false;
        QTest::newRow("Escape key") << true;
    }
    void cancelASlowExportKeepsTheWindowResponsive()
    {
        QFETCH(bool, escape);
        QTemporaryDir folder;
        App app(folder.path());
        m_server.setScenario(kExportPath, {{u"name"_s, u"slow"_s}, {u"total"_s, 65536},
                                           {u"chunk"_s, 1024}, {u"delay_ms"_s, 200}});
        QSignalSpy finished(app.controller(), &ExportController::finished);
        app.window.findChild<QAction *>(u"exportAction"_s)->trigger();
        auto *bytes = app.in<QLabel>(app.progress(), "bytesLabel");
        QTRY_VERIFY_WITH_TIMEOUT(bytes->text().contains(u"received"_s), 20000);
        // While bytes arrive, the window still takes input; only Export waits.
        QVERIFY(app.window.isEnabled());
        QVERIFY(!app.window.findChild<QAction *>(u"exportAction"_s)->isEnabled());
        QVERIFY(app.progress()->isVisible() && !app.progress()->isModal());
        if (escape)
            QTest::keyClick(app.progress(), Qt::Key_Escape);
        else
            QTest::mouseClick(app.in<QPushButton>(app.progress(), "cancelButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);  // may already have come from inside cancel()
        const auto outcome = finished.first().at(0).value<ExportOutcome>();
        QCOMPARE(outcome.error.kind, ErrorKind::Cancelled);
        QVERIFY(app.progress()->headline().contains(u"cancelled"_s));
        QCOMPARE(filesIn(folder.path()), QStringList{});
        QVERIFY(app.window.findChild<QAction *>(u"exportAction"_s)->isEnabled());
    }

    void serviceReturnedNoFile()
    {
        QTemporaryDir folder;
        App app(folder.path());
        m_server.setScenario(kExportPath, {{u"name"_s, u"ok_text"_s}});
        const auto outcome = app.exportNow().first;
        QVERIFY(outcome.noFile);
        QVERIFY(app.progress()->headline().contains(u"returned no file"_s));
        QCOMPARE(app.in<QPlainTextEdit>(app.progress(), "detailEdit")->toPlainText(), u"OK"_s);
        QCOMPARE(filesIn(folder.path()), QStringList{});
    }

    void a403IsShownWithEveryField()
    {
        QTemporaryDir folder;
        App app(folder.path());
        m_server.setScenario(kExportPath, {{u"name"_s, u"forbidden_0204"_s}});
        QSignalSpy shown(app.controller(), &ExportController::errorDialogShown);
        const auto outcome = app.exportNow().first;
        QCOMPARE(outcome.httpStatus, 403);
        QCOMPARE(shown.size(), 1);
        ErrorDialog *dialog = app.controller()->errorDialog();
        QVERIFY(dialog && dialog->isVisible());
        auto line = [&](const char *name) { return app.in<QLineEdit>(dialog, name)->text(); };
        QCOMPARE(line("httpStatusEdit"), u"403"_s);
        QCOMPARE(line("errorCodeEdit"), u"SMS.0204"_s);
        QVERIFY(line("errorParamEdit").contains(u"sms:server:getBatchConsistencyResults"_s));
        auto *message = app.in<QPlainTextEdit>(dialog, "errorMsgEdit");
        QVERIFY2(message->toPlainText().contains(u"Cause: Policy doesn't allow sms:server:getBatchConsistencyResults"_s),
                 qPrintable(message->toPlainText()));
        QTest::mouseClick(app.in<QToolButton>(dialog, "showRawMessageButton"), Qt::LeftButton);
        QVERIFY(message->toPlainText().contains(u"{0[0]}"_s));
        auto *details = app.in<QTableWidget>(dialog, "detailsTable");
        QCOMPARE(details->rowCount(), 2);
        QVERIFY(details->item(1, 1)->text().contains(u"queryServer"_s));
        QCOMPARE(line("requestIdEdit"), outcome.error.requestId);
        QVERIFY(!line("requestIdEdit").isEmpty());
        QVERIFY(line("timeUtcEdit").endsWith(u" UTC"_s));
        QVERIFY(!line("timeLocalEdit").isEmpty());
        QVERIFY(line("serverTimeEdit").endsWith(u" UTC"_s));
        QVERIFY(!line("clockSkewEdit").isEmpty());
        QVERIFY(line("endpointEdit").startsWith(m_server.httpsUrl().toString()));
        QCOMPARE(line("profileEdit"), u"loopback"_s);
        QCOMPARE(line("authModeEdit"), u"AK/SK"_s);
        QCOMPARE(line("accessKeyEdit"), u"SMSC****0001"_s);
        QVERIFY(app.in<QToolButton>(dialog, "encodedMessageToggle")->text().contains(u"2048"_s));
        QCOMPARE(app.in<QPlainTextEdit>(dialog, "encodedMessageEdit")->toPlainText().size(), 2048);

        QTest::mouseClick(app.in<QPushButton>(dialog, "copyCurlButton"), Qt::LeftButton);
        const QString curl = QGuiApplication::clipboard()->text();
        QVERIFY(curl.contains(u"consistency-results/export"_s));
        QVERIFY(!curl.contains(test::kTestSk));
        QVERIFY(!curl.contains(test::kTestAk));
        QVERIFY(!QRegularExpression(u"Signature=[0-9a-f]{64}"_s).match(curl).hasMatch());
        QCOMPARE(filesIn(folder.path()), QStringList{});
    }

    void detectFindsTheAccountIdThroughIam()
    {
        App app{QString()};
        app.window.findChild<QAction *>(u"manageProfilesAction"_s)->trigger();
        ProfileDialog *dialog = app.app->profileDialog();
        QVERIFY(dialog && dialog->isVisible());
        QSignalSpy loaded(dialog, &ProfileDialog::secretsLoaded);
        QTRY_VERIFY(!loaded.isEmpty() || !dialog->findChild<QLineEdit *>(u"secretKeyEdit"_s)->text().isEmpty());
        auto *domainId = dialog->findChild<QLineEdit *>(u"domainIdEdit"_s);
        domainId->clear();
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"detectButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(domainId->text(), test::kTestDomainId, 20000);
        QVERIFY(!m_server.requests(u"/v3/auth/domains"_s).isEmpty());

        // A key the gateway rejects is reported as that, next to the field.
        domainId->clear();
        auto *ak = dialog->findChild<QLineEdit *>(u"accessKeyEdit"_s);
        ak->setText(u"SMSCTESTAK0000000999"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"detectButton"_s), Qt::LeftButton);
        auto *error = dialog->findChild<QLabel *>(u"domainIdEditError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
        QVERIFY2(error->text().contains(u"ak not exist"_s), qPrintable(error->text()));
        QVERIFY(domainId->text().isEmpty());
    }

    void eachFailureKindHasItsOwnMessage()
    {
        QStringList headlines;
        auto failWith = [&](auto &&setUp, const char *what) {
            QTemporaryDir folder;
            App app(folder.path());
            setUp(app, folder.path());
            const auto outcome = app.exportNow().first;
            QVERIFY2(!outcome.ok(), what);
            const QString headline = app.progress()->headline();
            QVERIFY2(!headline.isEmpty(), what);
            QVERIFY2(!headlines.contains(headline), qPrintable(QString::fromLatin1(what) + u": "_s + headline));
            headlines << headline;
        };
        failWith([](App &app, const QString &) { app.secrets.entries.clear(); }, "missing secret");
        failWith([](App &app, const QString &) { app.secrets.failWith = FailureKind::Unavailable; },
                 "keychain unavailable");
        failWith([this](App &, const QString &) { saveProfile(m_server.httpsUntrustedUrl()); }, "TLS");
        failWith([this](App &, const QString &) { saveProfile(QUrl(u"http://127.0.0.1:1"_s)); }, "network");
        failWith([this](App &, const QString &) {
            saveProfile(m_server.httpsUrl(), 1);
            m_server.setScenario(kExportPath, {{u"name"_s, u"hang"_s}});
        }, "timeout");
        failWith([](App &app, const QString &) {
            app.controller()->setExportFolder(u"/proc/smsc-no-such-folder"_s);  // cannot be created, even as root
        }, "local file");
        QCOMPARE(headlines.size(), 6);
    }
};

SMSC_GUI_TEST_MAIN(TestExport)
#include "tst_export.moc"
