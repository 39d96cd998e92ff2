// SPDX-License-Identifier: GPL-3.0-or-later
// The profile form: what it shows for each auth mode and region, where its checks appear, what
// it stores where, and the question about unsaved edits. Its buttons: tst_profiledialogactions.
#include "harness/GuiTestEnvironment.h"
#include "harness/ProfileDialogDriver.h"
#include "harness/ProfileDialogFixture.h"

#include <QFile>
#include <QListWidget>
#include <QScopeGuard>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

using namespace smsc;

class TestProfileDialog final : public test::ProfileDialogFixture
{
    Q_OBJECT

private slots:
    void init() { resetState(); }

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

};

SMSC_GUI_TEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
