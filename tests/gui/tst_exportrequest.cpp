// SPDX-License-Identifier: GPL-3.0-or-later
#include "harness/ExportApp.h"
#include "harness/GuiTestEnvironment.h"
#include "profiles/ProfileDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

using namespace smsc;
using namespace smsc::test;

/*!
 * What the window sends and asks around an export: one clock retry, X-Language as shown and sent,
 * a clock skew reported, and unsaved profile edits asked about on close.
 */
class TestExportRequest final : public QObject
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

    void signatureExpiredOffersOneClockRetry_data()
    {
        QTest::addColumn<bool>("agree");
        QTest::newRow("user agrees: one retry signed with the offset") << true;
        QTest::newRow("user declines: nothing is sent again") << false;
    }

    void signatureExpiredOffersOneClockRetry()
    {
        QFETCH(bool, agree);
        m_server.setConfig({{u"date_offset_seconds"_s, 3600}});
        QTemporaryDir folder;
        App app{folder.path()};
        app.prompts.confirmAnswers << agree;
        const auto [outcome, saved] = app.exportNow();
        QCOMPARE(app.prompts.asked.size(), 1);  // asked exactly once, never retried on its own

        const QJsonArray sent = m_server.requests(kExportPath);
        if (!agree) {
            QCOMPARE(sent.size(), 1);
            QVERIFY(!outcome.ok());
            QVERIFY(saved.isEmpty());
            QVERIFY(filesIn(folder.path()).isEmpty());
            return;
        }
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.headline + u' ' + outcome.error.technicalDetail));
        QCOMPARE(sent.size(), 2);
        QVERIFY(sent.at(1).toObject().value(u"signature_ok"_s).toBool());
        // The retry's X-Sdk-Date carries the measured hour, not the local clock.
        const qint64 shift = sdkDate(sent.at(0).toObject()).secsTo(sdkDate(sent.at(1).toObject()));
        QVERIFY2(shift > 3000 && shift < 4200, qPrintable(QString::number(shift)));
        QCOMPARE(saved, QDir(folder.path()).filePath(u"consistency-results.csv"_s));
        QCOMPARE(sha256(saved), m_server.lastBody().value(u"sha256"_s).toString().toLatin1());
    }

    void xLanguageFollowsTheUiUntilChosen_data()
    {
        QTest::addColumn<bool>("followsUi");
        QTest::addColumn<QString>("expected");
        QTest::newRow("never chosen: follows the Chinese UI") << true << u"zh-cn"_s;
        QTest::newRow("explicit en-us stays en-us") << false << u"en-us"_s;
    }

    void xLanguageFollowsTheUiUntilChosen()
    {
        QFETCH(bool, followsUi);
        QFETCH(QString, expected);
        ProfileStore store;
        Profile profile = *store.load(u"loopback"_s);
        profile.language = RequestLanguage::EnUs;
        profile.languageFollowsUi = followsUi;
        QVERIFY(store.save(profile).ok());

        QTemporaryDir folder;
        App app{folder.path()};
        const auto [english, savedEnglish] = app.exportNow();
        QVERIFY2(english.ok(), qPrintable(english.error.headline));
        QVERIFY(app.languages.setLanguage(u"zh_CN"_s));
        app.prompts.overwriteAnswers << UserPrompts::Overwrite::Replace;
        const auto [chinese, savedChinese] = app.exportNow();
        app.languages.setLanguage(u"en"_s);
        QVERIFY2(chinese.ok(), qPrintable(chinese.error.headline));

        const QJsonArray sent = m_server.requests(kExportPath);
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sentHeader(sent.at(0).toObject(), u"X-Language"_s), u"en-us"_s);
        QCOMPARE(sentHeader(sent.at(1).toObject(), u"X-Language"_s), expected);
    }

    void theXLanguageShownIsTheOneSent()
    {
        ProfileStore store;
        Profile profile = *store.load(u"loopback"_s);
        profile.languageFollowsUi = true;  // never chosen, as a new profile is
        QVERIFY(store.save(profile).ok());
        QTemporaryDir folder;
        App app{folder.path()};
        app.app->showProfiles();
        ProfileDialog *dialog = app.app->profileDialog();
        QVERIFY(dialog);
        auto *combo = dialog->findChild<QComboBox *>(u"languageCombo"_s);
        auto *sends = dialog->findChild<QLabel *>(u"languageSendsLabel"_s);
        QVERIFY(combo && sends);
        QCOMPARE(combo->currentData().toInt(), -1);  // "Same as the interface language" is its own choice
        const QRegularExpression languageId(u"[a-z]{2}-[a-z]{2}"_s);
        for (const QString &ui : {u"zh_CN"_s, u"en"_s}) {
            QVERIFY(app.languages.setLanguage(ui));
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
            const QString shown = languageId.match(sends->text()).captured();
            app.prompts.overwriteAnswers << UserPrompts::Overwrite::KeepBoth;
            const auto [outcome, saved] = app.exportNow();
            QVERIFY2(outcome.ok(), qPrintable(outcome.error.headline));
            const QString sent = sentHeader(m_server.requests(kExportPath).last().toObject(), u"X-Language"_s);
            QCOMPARE(shown, sent);
            QCOMPARE(sent, ui == u"zh_CN" ? u"zh-cn"_s : u"en-us"_s);
        }
        QVERIFY(!dialog->hasUnsavedChanges());  // a language switch is not an edit
    }

    void closingTheWindowAsksAboutUnsavedProfileEdits_data()
    {
        QTest::addColumn<int>("answer");
        QTest::newRow("save: stored, window closes") << int(UserPrompts::Unsaved::Save);
        QTest::newRow("discard: window closes") << int(UserPrompts::Unsaved::Discard);
        QTest::newRow("cancel: everything stays open") << int(UserPrompts::Unsaved::Cancel);
    }

    void closingTheWindowAsksAboutUnsavedProfileEdits()
    {
        QFETCH(int, answer);
        const auto choice = static_cast<UserPrompts::Unsaved>(answer);
        const QString typed = u"ffffffffffffffffffffffffffffffff"_s;
        App app{QString()};
        app.app->showProfiles();
        ProfileDialog *dialog = app.app->profileDialog();
        QSignalSpy loaded(dialog, &ProfileDialog::secretsLoaded);
        QVERIFY(loaded.wait());
        auto *domain = dialog->findChild<QLineEdit *>(u"domainIdEdit"_s);
        domain->setFocus();
        QTest::keyClick(domain, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(domain, typed);
        app.prompts.unsavedAnswers << choice;
        app.window.close();
        QTRY_COMPARE(app.prompts.asked, QStringList{u"unsaved: loopback"_s});
        const bool closes = choice != UserPrompts::Unsaved::Cancel;
        QTRY_COMPARE(app.window.isVisible(), !closes);
        QCOMPARE(ProfileStore().load(u"loopback"_s)->domainId,
                 choice == UserPrompts::Unsaved::Save ? typed : test::kTestDomainId);
        if (!closes) {
            QVERIFY(dialog->isVisible());
            QCOMPARE(domain->text(), typed);
        }
    }

    void aClockSkewOverFiveMinutesIsReported_data()
    {
        QTest::addColumn<int>("serverAheadSeconds");
        QTest::addColumn<bool>("warned");
        QTest::newRow("server 10 minutes ahead: warned") << 600 << true;
        QTest::newRow("server 1 minute ahead: quiet") << 60 << false;
    }

    void aClockSkewOverFiveMinutesIsReported()
    {
        QFETCH(int, serverAheadSeconds);
        QFETCH(bool, warned);
        m_server.setConfig({{u"date_offset_seconds"_s, serverAheadSeconds}});
        QTemporaryDir folder;
        App app{folder.path()};
        QSignalSpy warnings(app.controller(), &ExportController::clockWarning);
        const auto [outcome, saved] = app.exportNow();
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.headline));
        QVERIFY(outcome.clockSkewSeconds.has_value());
        QCOMPARE(warnings.size(), warned ? 1 : 0);
        if (warned)
            QVERIFY2(app.window.statusBar()->currentMessage().contains(u"behind the server"_s),
                     qPrintable(app.window.statusBar()->currentMessage()));
    }
};

SMSC_GUI_TEST_MAIN(TestExportRequest)
#include "tst_exportrequest.moc"
