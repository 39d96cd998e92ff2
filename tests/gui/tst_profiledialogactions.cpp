// SPDX-License-Identifier: GPL-3.0-or-later
// The profile dialog's actions: Detect, the CA file picker, rename and delete, reopening with the
// stored keys, and Import from SDK credentials, by mouse and by their mnemonics.
#include "harness/GuiTestEnvironment.h"
#include "harness/ProfileDialogDriver.h"
#include "harness/ProfileDialogFixture.h"
#include "window/LanguageManager.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTimer>

using namespace Qt::StringLiterals;

using namespace smsc;

class TestProfileDialogActions final : public test::ProfileDialogFixture
{
    Q_OBJECT

private slots:
    void init() { resetState(); }

    void detectFillsTheAccountIdOrSaysWhy()
    {
        ProfileDialog dialog(&m_store, &m_secrets, &m_prompts);
        QString answer = kDomainId;
        Credentials seen;
        dialog.setAccountIdDetector([&](const Profile &, const Credentials &credentials, QObject *context,
                                        ProfileDialog::DetectCallback done) {
            seen = credentials;
            QTimer::singleShot(0, context, [done, &answer] {
                done(answer, answer.isEmpty() ? u"IAM rejected the key: ak not exist"_s : QString());
            });
        });
        dialog.show();
        test::ProfileDialogDriver ui{&dialog};
        ui.type("accessKeyEdit", kAk);
        ui.type("secretKeyEdit", kSk);
        ui.click("detectButton");
        QVERIFY(!ui.find("detectButton")->isEnabled());  // busy while asking
        QTRY_COMPARE(ui.text("domainIdEdit"), kDomainId);
        QVERIFY(ui.find("detectButton")->isEnabled());
        QCOMPARE(seen.secretKey, kSk);

        answer.clear();
        ui.type("domainIdEdit", QString());
        ui.click("detectButton");
        QTRY_VERIFY(ui.errorNextTo("domainIdEdit").contains(u"ak not exist"_s));
        QVERIFY(ui.text("domainIdEdit").isEmpty());
    }

    void caFileFromThePicker()
    {
        QTemporaryFile ca;
        QVERIFY(ca.open());
        m_prompts.fileNames = {ca.fileName()};
        ProfileDialog dialog(&m_store, &m_secrets, &m_prompts);
        dialog.show();
        test::ProfileDialogDriver ui{&dialog};
        ui.click("browseCaFileButton");
        QTRY_COMPARE(ui.text("caFileEdit"), ca.fileName());
    }

    void renameMovesTheKeysAndDeleteRemovesThem()
    {
        ProfileDialog dialog(&m_store, &m_secrets, &m_prompts);
        dialog.show();
        test::ProfileDialogDriver ui{&dialog};
        ui.type("nameEdit", u"old"_s);
        ui.type("domainIdEdit", kDomainId);
        ui.choose("authModeCombo", int(AuthMode::TemporaryAkSk));
        ui.type("accessKeyEdit", kAk);
        ui.type("secretKeyEdit", kSk);
        ui.type("securityTokenEdit", kToken);
        QCOMPARE(ui.save(), qMakePair(true, true));

        ui.click("renameProfileButton");
        ui.type("nameEdit", u"new"_s);
        QCOMPARE(ui.save(), qMakePair(true, true));
        QCOMPARE(m_store.names(), QStringList{u"new"_s});
        QTRY_COMPARE(m_secrets.entries.keys().filter(u"old/"_s).size(), 0);
        QCOMPARE(m_secrets.entries.value(u"new/security_token"_s), kToken);

        m_prompts.confirmAnswers = {true};
        ui.click("deleteProfileButton");
        QTRY_VERIFY(m_store.names().isEmpty());
        QTRY_VERIFY(m_secrets.entries.isEmpty());
    }

    void reopeningShowsTheStoredSecrets()
    {
        {
            ProfileDialog dialog(&m_store, &m_secrets, &m_prompts);
            test::ProfileDialogDriver ui{&dialog};
            ui.type("nameEdit", u"prod"_s);
            ui.type("domainIdEdit", kDomainId);
            ui.type("accessKeyEdit", kAk);
            ui.type("secretKeyEdit", kSk);
            QCOMPARE(ui.save(), qMakePair(true, true));
        }
        ProfileDialog dialog(&m_store, &m_secrets, &m_prompts);
        QSignalSpy loaded(&dialog, &ProfileDialog::secretsLoaded);
        test::ProfileDialogDriver ui{&dialog};
        QVERIFY(loaded.wait());
        QCOMPARE(loaded.first().at(0).toBool(), true);
        QCOMPARE(ui.text("nameEdit"), u"prod"_s);
        QCOMPARE(ui.text("accessKeyEdit"), kAk);
        QCOMPARE(ui.text("secretKeyEdit"), kSk);
    }

    void importFromSdkCredentials_data()
    {
        QTest::addColumn<bool>("bothSections");
        QTest::addColumn<bool>("deleteFile");
        QTest::newRow("one [global] section, file kept") << false << false;
        QTest::newRow("one [global] section, file deleted") << false << true;
        QTest::newRow("both sections, [basic] chosen") << true << false;
    }
    void importFromSdkCredentials()
    {
        QFETCH(bool, bothSections);
        QFETCH(bool, deleteFile);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"credentials"_s);
        const QByteArray keys = "ak = " + kAk.toUtf8() + "\nsk = " + kSk.toUtf8() + "\n";
        const QByteArray text = (bothSections ? "[basic]\n" + keys : QByteArray())
            + "[global]\n" + keys + "domain_id = " + kDomainId.toUtf8() + "\n";
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        m_prompts.fileNames = {path};
        m_prompts.choiceAnswers = {0};
        m_prompts.confirmAnswers = {deleteFile};
        m_prompts.questions.clear();
        auto restore = qScopeGuard([this] {
            m_prompts.fileNames.clear();
            m_prompts.choiceAnswers.clear();
            m_prompts.confirmAnswers.clear();
        });

        ProfileDialog dialog(&m_store, &m_secrets, &m_prompts);
        dialog.show();
        test::ProfileDialogDriver ui{&dialog};
        ui.trigger("importSdkAction");
        QTRY_COMPARE(ui.text("accessKeyEdit"), kAk);
        QCOMPARE(ui.text("secretKeyEdit"), kSk);
        QVERIFY2(ui.status().contains(u"Filled from"_s), qPrintable(ui.status()));
        QCOMPARE(m_prompts.questions.size(), bothSections ? 1 : 0);  // only both sections need a choice
        QVERIFY(m_secrets.entries.isEmpty());  // nothing is stored before Save
        ui.type("nameEdit", u"from-sdk"_s);
        ui.choose("regionCombo", u"ap-southeast-3"_s);
        QCOMPARE(ui.save(), qMakePair(true, true));

        QCOMPARE(m_secrets.entries.value(u"from-sdk/ak"_s), kAk);
        QCOMPARE(m_secrets.entries.value(u"from-sdk/sk"_s), kSk);
        const std::optional<Profile> stored = m_store.load(u"from-sdk"_s);
        QVERIFY(stored);
        QCOMPARE(stored->scopeHeader, bothSections ? ScopeHeader::ProjectId : ScopeHeader::DomainId);
        QCOMPARE(stored->domainId, bothSections ? QString() : kDomainId);
        QSettings settings;
        settings.sync();
        QFile settingsFile(settings.fileName());
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        QVERIFY(!settingsFile.readAll().contains(kSk.toUtf8()));

        // Asked only after the keys are in the keychain, and the answer is obeyed.
        QTRY_COMPARE(m_prompts.questions.size(), bothSections ? 2 : 1);
        QVERIFY2(m_prompts.questions.last().startsWith(u"Delete the SDK credentials file?"_s),
                 qPrintable(m_prompts.questions.last()));
        QTRY_COMPARE(QFileInfo::exists(path), !deleteFile);
        if (!deleteFile) {
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), text);
        }
        QTRY_VERIFY2(ui.status().contains(deleteFile ? u"Deleted"_s : u"left as it is"_s), qPrintable(ui.status()));
    }

    void importFromAMalformedFileWarnsWithTheLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"credentials"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[basic]\nak = " + kAk.toUtf8() + "\n" + kSk.toUtf8() + "\n");
        file.close();
        m_prompts.fileNames = {path};
        m_prompts.warnings.clear();
        ProfileDialog dialog(&m_store, &m_secrets, &m_prompts);
        dialog.show();
        test::ProfileDialogDriver ui{&dialog};
        ui.trigger("importSdkAction");
        QTRY_COMPARE(m_prompts.warnings.size(), 1);
        QVERIFY2(m_prompts.warnings.constFirst().contains(u", line 3:"_s), qPrintable(m_prompts.warnings.constFirst()));
        QVERIFY(!m_prompts.warnings.constFirst().contains(kSk));
        QVERIFY(ui.text("accessKeyEdit").isEmpty());
        QVERIFY(QFileInfo::exists(path));
    }

    // Every letter is a field's mnemonic, so Check connection and Import share the Advanced
    // button: Alt+its letter opens the menu, the item's letter runs it, in every language.
    void advancedActionsByTheirMnemonics_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("action");
        for (const QString &language : LanguageManager::availableLanguages()) {
            for (const char *action : {"checkConnectionAction", "importSdkAction"})
                QTest::addRow("%s: %s", qPrintable(language), action) << language << QString::fromLatin1(action);
        }
    }
    void advancedActionsByTheirMnemonics()
    {
        QFETCH(QString, language);
        QFETCH(QString, action);
        LanguageManager languages;
        QVERIFY(languages.setLanguage(language));
        const auto english = qScopeGuard([&languages] { languages.setLanguage(u"en"_s); });
        m_prompts.fileNames = {QString()};  // Import asks for the file: cancelled
        m_prompts.asked.clear();
        ProfileDialog dialog(&m_store, &m_secrets, &m_prompts);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCoreApplication::sendPostedEvents();
        test::ProfileDialogDriver ui{&dialog};
        auto *advanced = ui.find<QPushButton>("advancedButton");
        auto *item = ui.find<QAction>(action.toLatin1().constData());
        const QKeySequence open = QKeySequence::mnemonic(advanced->text());
        const QKeySequence pick = QKeySequence::mnemonic(item->text());
        QVERIFY2(!open.isEmpty(), qPrintable(advanced->text()));
        QVERIFY2(!pick.isEmpty(), qPrintable(item->text()));
        QSignalSpy triggered(item, &QAction::triggered);
        QSignalSpy checks(&dialog, &ProfileDialog::connectionCheckRequested);

        // The menu runs its own event loop: press the item's letter once it is up.
        QMenu *shown = nullptr;
        QTimer poll;
        poll.setInterval(10);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *popup = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!popup || !popup->windowHandle())
                return;
            poll.stop();
            shown = popup;
            QTest::keyClick(popup->windowHandle(), pick[0].key());
        });
        poll.start();
        QTest::keyClick(dialog.windowHandle(), open[0].key(), Qt::AltModifier);
        QTRY_VERIFY(shown);
        QCOMPARE(shown, advanced->menu());
        QTRY_COMPARE(triggered.size(), 1);
        if (action == u"checkConnectionAction")
            QCOMPARE(checks.size(), 1);
        else
            QTRY_COMPARE(m_prompts.asked, QStringList{QCoreApplication::translate("smsc::SdkImportAction",
                                                                                  "Import from SDK credentials")});
    }
};

SMSC_GUI_TEST_MAIN(TestProfileDialogActions)
#include "tst_profiledialogactions.moc"
