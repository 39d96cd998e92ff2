// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeCredentialStore.h"
#include "harness/GuiTestEnvironment.h"
#include "harness/ProfileDialogDriver.h"
#include "harness/ScriptedPrompts.h"
#include "profile/ProfileStore.h"

#include <QAction>
#include <QListWidget>
#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

using namespace smsc;

namespace {
const QString kAk = u"SMSCTESTAK0000000001"_s;
const QString kSk = u"SMSCTESTSECRETKEY0000000000000000000000000"_s;
const QString kToken = u"SMSCTESTSECURITYTOKEN00000000000000000000"_s;
const QString kDomainId = u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s;
} // namespace

class TestProfileDialog final : public QObject
{
    Q_OBJECT
    ProfileStore m_store;
    test::FakeCredentialStore m_secrets;
    test::ScriptedPrompts m_prompts;

private slots:
    void init()
    {
        QSettings().clear();
        m_secrets.entries.clear();
        m_secrets.failWith = FailureKind::None;
    }

    void savesSettingsAndSecretsSeparately()
    {
        ProfileDialog dialog(&m_store, &m_secrets, &m_prompts);
        dialog.show();
        test::ProfileDialogDriver ui{&dialog};
        ui.type("nameEdit", u"prod"_s);
        ui.choose("regionCombo", u"ap-southeast-3"_s);
        ui.type("accessKeyEdit", kAk);
        ui.type("secretKeyEdit", kSk);
        ui.type("domainIdEdit", kDomainId);
        QCOMPARE(ui.save(), qMakePair(true, true));
        QVERIFY2(ui.status().contains(u"keychain"_s), qPrintable(ui.status()));

        QCOMPARE(m_store.names(), QStringList{u"prod"_s});
        QCOMPARE(m_store.load(u"prod"_s)->region, u"ap-southeast-3"_s);
        QCOMPARE(m_store.load(u"prod"_s)->domainId, kDomainId);
        QCOMPARE(m_secrets.entries.value(u"prod/sk"_s), kSk);
        QCOMPARE(m_secrets.entries.value(u"prod/ak"_s), kAk);
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(kSk.toUtf8()));
    }

    void xLanguageFollowsTheUiUntilPicked_data()
    {
        QTest::addColumn<bool>("pick");
        QTest::addColumn<QString>("stored");
        QTest::newRow("untouched: follows the UI") << false << u"auto"_s;
        QTest::newRow("picked en-us: sticks") << true << u"en-us"_s;
    }

    void xLanguageFollowsTheUiUntilPicked()
    {
        QFETCH(bool, pick);
        QFETCH(QString, stored);
        ProfileDialog dialog(&m_store, &m_secrets, &m_prompts);
        dialog.show();
        test::ProfileDialogDriver ui{&dialog};
        ui.type("nameEdit", u"lang"_s);
        ui.choose("regionCombo", u"ap-southeast-3"_s);
        ui.type("accessKeyEdit", kAk);
        ui.type("secretKeyEdit", kSk);
        if (pick)
            ui.choose("languageCombo", static_cast<int>(RequestLanguage::EnUs));
        QCOMPARE(ui.save(), qMakePair(true, true));
        QCOMPARE(m_store.load(u"lang"_s)->languageFollowsUi, !pick);
        QCOMPARE(QSettings().value(u"profiles/lang/language"_s).toString(), stored);
    }

    void onlyTheFieldsOfTheAuthModeAreShown_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QStringList>("shown");
        QTest::addColumn<QStringList>("hidden");
        QTest::newRow("AK/SK") << int(AuthMode::AkSk) << QStringList{u"accessKeyEdit"_s, u"secretKeyEdit"_s}
                               << QStringList{u"securityTokenEdit"_s, u"iamTokenEdit"_s};
        QTest::newRow("temporary AK/SK") << int(AuthMode::TemporaryAkSk)
                                         << QStringList{u"accessKeyEdit"_s, u"secretKeyEdit"_s, u"securityTokenEdit"_s}
                                         << QStringList{u"iamTokenEdit"_s};
        QTest::newRow("IAM token") << int(AuthMode::IamToken) << QStringList{u"iamTokenEdit"_s}
                                   << QStringList{u"accessKeyEdit"_s, u"secretKeyEdit"_s, u"securityTokenEdit"_s};
    }
    void onlyTheFieldsOfTheAuthModeAreShown()
    {
        QFETCH(int, mode);
        QFETCH(QStringList, shown);
        QFETCH(QStringList, hidden);
        ProfileDialog dialog(&m_store, &m_secrets, &m_prompts);
        dialog.show();
        test::ProfileDialogDriver ui{&dialog};
        ui.choose("authModeCombo", mode);
        for (const QString &name : shown)
            QVERIFY2(dialog.findChild<QWidget *>(name)->isVisible(), qPrintable(name));
        for (const QString &name : hidden)
            QVERIFY2(!dialog.findChild<QWidget *>(name)->isVisible(), qPrintable(name));
    }

    void secretsAreMaskedUntilRevealed()
    {
        ProfileDialog dialog(&m_store, &m_secrets, &m_prompts);
        dialog.show();
        test::ProfileDialogDriver ui{&dialog};
        auto *sk = ui.find<SecretLineEdit>("secretKeyEdit");
        QCOMPARE(sk->echoMode(), QLineEdit::Password);
        sk->revealAction()->trigger();
        QCOMPARE(sk->echoMode(), QLineEdit::Normal);
        sk->revealAction()->trigger();
        QCOMPARE(sk->echoMode(), QLineEdit::Password);
        QVERIFY(!sk->accessibleName().isEmpty());
    }

    void credentialChecksShowNextToTheField_data()
    {
        QTest::addColumn<QString>("ak");
        QTest::addColumn<QString>("sk");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("SK pasted into the AK field") << kSk << kSk << u"accessKeyEdit"_s << u"secret key (SK)"_s;
        QTest::newRow("line break after the AK") << QString(kAk + u"\n") << kSk << u"accessKeyEdit"_s << u"line break"_s;
        QTest::newRow("an Alibaba Cloud key") << u"LTAI5tExampleExample0000"_s << kSk << u"accessKeyEdit"_s
                                              << u"Alibaba Cloud"_s;
        QTest::newRow("an AWS key") << u"AKIAEXAMPLEEXAMPLE00"_s << kSk << u"accessKeyEdit"_s << u"AWS"_s;
        QTest::newRow("a Tencent Cloud key") << u"AKIDExampleExampleExampleExample0000"_s << kSk
                                             << u"accessKeyEdit"_s << u"Tencent Cloud"_s;
        QTest::newRow("space inside the SK") << kAk << QString(kSk.left(8) + u' ' + kSk.mid(8))
                                             << u"secretKeyEdit"_s << u"space"_s;
    }
    void credentialChecksShowNextToTheField()
    {
        QFETCH(QString, ak);
        QFETCH(QString, sk);
        QFETCH(QString, field);
        QFETCH(QString, mentions);
        ProfileDialog dialog(&m_store, &m_secrets, &m_prompts);
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        test::ProfileDialogDriver ui{&dialog};
        ui.type("nameEdit", u"prod"_s);
        ui.type("domainIdEdit", kDomainId);
        ui.type("accessKeyEdit", ak);
        ui.type("secretKeyEdit", sk);
        QCOMPARE(ui.save(), qMakePair(false, false));
        const QString error = ui.errorNextTo(field.toLatin1().constData());
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QCOMPARE(dialog.findChild<QWidget *>(field)->accessibleDescription().isEmpty(), false);
        QVERIFY(m_store.names().isEmpty());
        QVERIFY(m_secrets.entries.isEmpty());
    }

    void profileProblemsShowNextToTheField_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("endpoint");  // empty: keep the region
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no name") << QString() << QString() << u"nameEdit"_s << u"name"_s;
        QTest::newRow("plain http to a remote host") << u"p"_s << u"http://sms.example.com"_s << u"endpointEdit"_s
                                                    << u"plain http"_s;
        QTest::newRow("custom endpoint without IAM or account id") << u"p"_s << u"https://sms.example.com"_s
                                                                  << u"iamEndpointEdit"_s << u"IAM endpoint"_s;
    }
    void profileProblemsShowNextToTheField()
    {
        QFETCH(QString, name);
        QFETCH(QString, endpoint);
        QFETCH(QString, field);
        QFETCH(QString, mentions);
        ProfileDialog dialog(&m_store, &m_secrets, &m_prompts);
        dialog.show();
        test::ProfileDialogDriver ui{&dialog};
        ui.type("nameEdit", name);
        if (!endpoint.isEmpty()) {
            ui.choose("regionCombo", QString());
            ui.type("endpointEdit", endpoint);
        }
        QCOMPARE(ui.save(), qMakePair(false, false));
        const QString error = ui.errorNextTo(field.toLatin1().constData());
        QVERIFY2(error.contains(mentions), qPrintable(error + u" | "_s + ui.status()));
        QVERIFY(dialog.findChild<QWidget *>(field)->isVisible());
    }

    void iamEndpointIsShownOnlyWhereTheRegionHasNone()
    {
        ProfileDialog dialog(&m_store, &m_secrets, &m_prompts);
        dialog.show();
        test::ProfileDialogDriver ui{&dialog};
        ui.choose("regionCombo", u"cn-north-4"_s);
        QVERIFY(!ui.find("iamEndpointEdit")->isVisible());
        ui.choose("regionCombo", u"eu-west-101"_s);  // the SDKs give it the European IAM
        QVERIFY(!ui.find("iamEndpointEdit")->isVisible());
        ui.choose("regionCombo", QString());  // a custom endpoint has no IAM of its own
        QVERIFY(ui.find("iamEndpointEdit")->isVisible());
    }
    void theEndpointsInUseSayWhereTheyCameFrom()
    {
        ProfileDialog dialog(&m_store, &m_secrets, &m_prompts);
        dialog.show();
        test::ProfileDialogDriver ui{&dialog};
        ui.choose("regionCombo", u"ru-moscow-1"_s);
        auto *sources = ui.find<QLabel>("endpointSourcesLabel");
        QVERIFY(sources->isVisible());
        QVERIFY2(sources->text().contains(u"https://sms-api.ru-moscow-1.myhuaweicloud.com (from built-in catalogue)"_s),
                 qPrintable(sources->text()));
        QVERIFY2(sources->text().contains(u"STS in use: none"_s), qPrintable(sources->text()));
        ui.type("stsEndpointEdit", u"https://sts.private.example"_s);
        QVERIFY2(sources->text().contains(u"https://sts.private.example (from profile)"_s), qPrintable(sources->text()));
        // The SDK variable, as the export would read it.
        qputenv("HUAWEICLOUD_SDK_REGION_SMS_RU_MOSCOW_1", "https://sms.env.example");
        const auto restore = qScopeGuard([] { qunsetenv("HUAWEICLOUD_SDK_REGION_SMS_RU_MOSCOW_1"); });
        ui.choose("regionCombo", u"cn-north-4"_s);
        ui.choose("regionCombo", u"ru-moscow-1"_s);
        QVERIFY2(sources->text().contains(
                     u"https://sms.env.example (from environment variable HUAWEICLOUD_SDK_REGION_SMS_RU_MOSCOW_1)"_s),
                 qPrintable(sources->text()));
    }

    void keychainUnavailableSavesSettingsButNoSecret()
    {
        m_secrets.failWith = FailureKind::Unavailable;
        ProfileDialog dialog(&m_store, &m_secrets, &m_prompts);
        dialog.show();
        test::ProfileDialogDriver ui{&dialog};
        ui.type("nameEdit", u"prod"_s);
        ui.type("domainIdEdit", kDomainId);
        ui.type("accessKeyEdit", kAk);
        ui.type("secretKeyEdit", kSk);
        QCOMPARE(ui.save(), qMakePair(true, false));
        QVERIFY2(ui.status().contains(u"keychain is unavailable"_s), qPrintable(ui.status()));
        QVERIFY2(ui.status().contains(m_secrets.failMessage), qPrintable(ui.status()));
        QVERIFY2(ui.status().contains(u"settings"_s), qPrintable(ui.status()));
        QVERIFY(m_store.contains(u"prod"_s));
        QVERIFY(m_secrets.entries.isEmpty());
    }

    void aLongMessageMovesNothing()
    {
        m_secrets.failWith = FailureKind::Unavailable;
        ProfileDialog dialog(&m_store, &m_secrets, &m_prompts);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        test::ProfileDialogDriver ui{&dialog};
        auto *form = ui.find<QWidget>("editorScrollArea");
        auto *retry = ui.find<QWidget>("retryCheck");
        const QRect formBefore = form->geometry();
        const QRegion retryBefore = retry->visibleRegion();
        ui.type("nameEdit", u"prod"_s);
        ui.type("domainIdEdit", kDomainId);
        ui.type("accessKeyEdit", kAk);
        ui.type("secretKeyEdit", kSk);
        QCOMPARE(ui.save(), qMakePair(true, false));  // the longest message the dialog shows
        QVERIFY(ui.status().count(u'\n') >= 2);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCOMPARE(form->geometry(), formBefore);
        QCOMPARE(retry->visibleRegion(), retryBefore);
    }

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

    void unsavedEditsAreAskedAbout_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<UserPrompts::Unsaved>("answer");
        const QList<QPair<const char *, UserPrompts::Unsaved>> answers{
            {"save", UserPrompts::Unsaved::Save},
            {"discard", UserPrompts::Unsaved::Discard},
            {"cancel", UserPrompts::Unsaved::Cancel}};
        for (const QString &how : {u"close button"_s, u"escape"_s, u"next profile"_s, u"add"_s}) {
            for (const auto &[name, answer] : answers)
                QTest::addRow("%s, %s", qPrintable(how), name) << how << answer;
        }
    }

    void unsavedEditsAreAskedAbout()
    {
        QFETCH(QString, how);
        QFETCH(UserPrompts::Unsaved, answer);
        for (const QString &name : {u"alpha"_s, u"beta"_s}) {
            Profile p;
            p.name = name;
            p.region = u"ap-southeast-3"_s;
            QVERIFY(m_store.save(p).ok());
        }
        m_prompts.asked.clear();
        m_prompts.unsavedAnswers = {answer};
        ProfileDialog dialog(&m_store, &m_secrets, &m_prompts);
        QSignalSpy loaded(&dialog, &ProfileDialog::secretsLoaded);
        dialog.selectProfile(u"alpha"_s);
        dialog.show();
        QVERIFY(loaded.wait());
        test::ProfileDialogDriver ui{&dialog};
        QVERIFY(!dialog.hasUnsavedChanges());
        auto *domain = ui.find<QLineEdit>("domainIdEdit");
        domain->setFocus();
        QTest::keyClicks(domain, kDomainId);
        QVERIFY(dialog.hasUnsavedChanges());

        auto *list = ui.find<QListWidget>("profileList");
        if (how == u"close button") {
            ui.click("closeButton");
        } else if (how == u"escape") {
            QTest::keyClick(domain, Qt::Key_Escape);
        } else if (how == u"next profile") {
            list->setFocus();
            QTest::keyClick(list, Qt::Key_Down);
        } else {
            ui.find<QAbstractButton>("addProfileButton")->setFocus();
            QTest::keyClick(ui.find<QAbstractButton>("addProfileButton"), Qt::Key_Space);
        }
        QTRY_COMPARE(m_prompts.asked, QStringList{u"unsaved: alpha"_s});
        const bool leaves = answer != UserPrompts::Unsaved::Cancel;
        const bool closes = how == u"close button" || how == u"escape";
        if (closes)
            QTRY_COMPARE(dialog.isVisible(), !leaves);
        else if (how == u"next profile")
            QTRY_COMPARE(ui.text("nameEdit"), leaves ? u"beta"_s : u"alpha"_s);
        else
            QTRY_COMPARE(ui.text("nameEdit"), leaves ? u"New profile"_s : u"alpha"_s);
        QTest::qWait(0);  // any late step of the answer has run
        QCOMPARE(m_store.load(u"alpha"_s)->domainId, answer == UserPrompts::Unsaved::Save ? kDomainId : QString());
        if (!leaves) {  // Cancel: still editing alpha, the typed text intact
            QVERIFY(dialog.isVisible());
            QCOMPARE(list->currentItem()->text(), u"alpha"_s);
            QCOMPARE(ui.text("domainIdEdit"), kDomainId);
        }
        QCOMPARE(m_prompts.asked.size(), 1);  // asked once, never again for the same edits
    }

    void messagesGoWhenTheyNoLongerApply()
    {
        ProfileDialog dialog(&m_store, &m_secrets, &m_prompts);
        dialog.setAccountIdDetector([](const Profile &, const Credentials &, QObject *context,
                                       ProfileDialog::DetectCallback done) {
            QTimer::singleShot(0, context, [done] { done(kDomainId, QString()); });
        });
        dialog.show();
        test::ProfileDialogDriver ui{&dialog};
        ui.type("nameEdit", u"prod"_s);
        ui.type("accessKeyEdit", u" "_s + kAk);  // a stray space: the check says so next to the field
        ui.type("secretKeyEdit", kSk);
        ui.click("detectButton");
        QVERIFY(!ui.errorNextTo("accessKeyEdit").isEmpty());
        auto *ak = ui.find<QLineEdit>("accessKeyEdit");
        ak->setFocus();
        QTest::keyClick(ak, Qt::Key_Home);
        QTest::keyClick(ak, Qt::Key_Delete);  // corrected by hand: the warning goes
        QCOMPARE(ui.text("accessKeyEdit"), kAk);
        QVERIFY2(ui.errorNextTo("accessKeyEdit").isEmpty(), qPrintable(ui.errorNextTo("accessKeyEdit")));

        ui.click("detectButton");
        auto *detected = ui.find<QLabel>("detectStatusLabel");
        QTRY_COMPARE(ui.text("domainIdEdit"), kDomainId);
        QVERIFY(detected->isVisibleTo(&dialog));
        QCOMPARE(ui.save(), qMakePair(true, true));
        QVERIFY2(!detected->isVisibleTo(&dialog), qPrintable(detected->text()));  // saved: nothing left to do
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
        ui.click("importSdkButton");
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
        ui.click("importSdkButton");
        QTRY_COMPARE(m_prompts.warnings.size(), 1);
        QVERIFY2(m_prompts.warnings.constFirst().contains(u", line 3:"_s), qPrintable(m_prompts.warnings.constFirst()));
        QVERIFY(!m_prompts.warnings.constFirst().contains(kSk));
        QVERIFY(ui.text("accessKeyEdit").isEmpty());
        QVERIFY(QFileInfo::exists(path));
    }
};

SMSC_GUI_TEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
