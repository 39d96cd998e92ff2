// SPDX-License-Identifier: GPL-3.0-or-later
// The Check-connection window (the doctor) against the loopback server over real sockets.
#include "../integration/AccountFixtures.h"
#include "diagnostics/DoctorDialog.h"
#include "doctor/DoctorRun.h"
#include "FakeCredentialStore.h"
#include "harness/GuiTestEnvironment.h"
#include "harness/ScriptedPrompts.h"
#include "profile/ProfileStore.h"
#include "profiles/ProfileDialog.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;

using namespace smsc;
using namespace smsc::test;

class TestDoctorDialog final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }
    void init() { QVERIFY(m_server.reset()); }

    void everyCheckPasses();
    void failureIsShownWithItsFix();
    void profileDialogAsksForTheTypedProfile();

private:
    //! The dialog after its run finished (null when it did not).
    std::unique_ptr<DoctorDialog> runDialog(const Credentials &credentials);
    static QTreeWidgetItem *item(DoctorDialog *dialog, DoctorCheckId id)
    {
        auto *list = dialog->findChild<QTreeWidget *>(u"checkList"_s);
        return list->topLevelItem(int(DoctorCheck::order().indexOf(id)));
    }
    //! Alt+`key` as the keyboard sends it, to the dialog's window; true once `button` was clicked.
    //! A mnemonic "animates" the click: the button shows pressed and emits clicked() only when
    //! QAbstractButton's animation timer ends, so the effect is waited for, not read at once.
    static bool pressMnemonic(DoctorDialog *dialog, Qt::Key key, QStringView button)
    {
        auto *target = dialog->findChild<QPushButton *>(button.toString());
        if (!target || !target->isEnabled() || !dialog->isActiveWindow())
            return false;
        QSignalSpy clicked(target, &QPushButton::clicked);
        QTest::keyClick(dialog->windowHandle(), key, Qt::AltModifier);
        return !clicked.isEmpty() || clicked.wait(5000);
    }
    static void verifyNoSecret(const QString &text)
    {
        for (const QString &secret : {kTestSk, kTestSecurityToken, kTestIamToken, kTestAk})
            QVERIFY2(!text.contains(secret), qPrintable(secret.left(4)));
    }

    LoopbackServer m_server;
    QNetworkAccessManager m_network;
};

std::unique_ptr<DoctorDialog> TestDoctorDialog::runDialog(const Credentials &credentials)
{
    auto dialog = std::make_unique<DoctorDialog>(
        new DoctorRun(&m_network, loopbackProfile(m_server, m_server.httpsUrl()), credentials), u"loopback"_s);
    dialog->show();
    if (!QTest::qWaitForWindowActive(dialog.get()))  // mnemonics are window shortcuts: only for the active window
        return nullptr;
    QSignalSpy finished(dialog.get(), &DoctorDialog::runFinished);
    dialog->start();
    if (finished.isEmpty() && !finished.wait(120'000))
        return nullptr;
    return dialog;
}

void TestDoctorDialog::everyCheckPasses()
{
    const auto dialog = runDialog(akSk());
    QVERIFY(dialog);
    auto *list = dialog->findChild<QTreeWidget *>(u"checkList"_s);
    QCOMPARE(list->topLevelItemCount(), DoctorRun::checkCount());
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = list->topLevelItem(i);
        QCOMPARE(row->text(0), DoctorCheck::title(DoctorCheck::order().at(i)));
        QVERIFY2(!row->text(1).isEmpty() && row->text(1) != u"Checking…"_s, qPrintable(row->text(0)));
        QVERIFY2(!row->icon(0).isNull(), qPrintable(row->text(0)));  // every verdict ok: the ok icon
        QVERIFY2(!row->isExpanded(), qPrintable(row->text(0)));
        QVERIFY(row->child(0)->isHidden());  // no fix for a passed check
    }
    QVERIFY2(dialog->findChild<QLabel *>(u"headlineLabel"_s)->text().contains(u"every check passed"_s),
             qPrintable(dialog->findChild<QLabel *>(u"headlineLabel"_s)->text()));

    // "Copy report": the core's text, every check named. Alt+R reaches it with the focus in the list.
    QGuiApplication::clipboard()->clear();
    list->setFocus();
    QVERIFY(pressMnemonic(dialog.get(), Qt::Key_R, u"copyReportButton"));
    const QString report = QGuiApplication::clipboard()->text();
    QCOMPARE(report, dialog->reportText());
    for (const DoctorCheckId id : DoctorCheck::order())
        QVERIFY2(report.contains(DoctorCheck::title(id)), qPrintable(DoctorCheck::title(id)));
    verifyNoSecret(report);
}

void TestDoctorDialog::failureIsShownWithItsFix()
{
    QVERIFY(m_server.setScenario(u"/v3/sources"_s, {{u"name"_s, u"forbidden_0204"_s}}));
    const auto dialog = runDialog(temporaryAkSk());
    QVERIFY(dialog);
    QTreeWidgetItem *permissions = item(dialog.get(), DoctorCheckId::Permissions);
    QVERIFY(permissions->isExpanded());  // a failed check opens by itself, with its fix first
    QTreeWidgetItem *fix = permissions->child(0);
    QVERIFY(!fix->isHidden());
    QVERIFY2(fix->text(1).contains(u"sms:server:list"_s), qPrintable(fix->text(1)));
    QVERIFY2(!permissions->child(1)->isHidden() && permissions->child(1)->text(1).contains(u"decoded by STS"_s),
             qPrintable(permissions->child(1)->text(1)));
    QVERIFY(item(dialog.get(), DoctorCheckId::Credentials)->child(0)->isHidden());  // that one passed
    QVERIFY(dialog->findChild<QLabel *>(u"headlineLabel"_s)->text().contains(u"1 of 8 checks failed"_s));

    // The keyboard collapses and opens a check.
    auto *list = dialog->findChild<QTreeWidget *>(u"checkList"_s);
    list->setFocus();
    list->setCurrentItem(permissions);
    QTest::keyClick(list, Qt::Key_Left);
    QVERIFY(!permissions->isExpanded());
    QTest::keyClick(list, Qt::Key_Right);
    QVERIFY(permissions->isExpanded());

    QGuiApplication::clipboard()->clear();
    QVERIFY(pressMnemonic(dialog.get(), Qt::Key_R, u"copyReportButton"));
    const QString report = QGuiApplication::clipboard()->text();
    QVERIFY2(report.contains(fix->text(1)), qPrintable(report));
    verifyNoSecret(report);

    QVERIFY(pressMnemonic(dialog.get(), Qt::Key_P, u"copyPolicyButton"));
    const QJsonObject policy = QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8()).object();
    const QJsonArray actions = policy[u"Statement"_s].toArray().at(0)[u"Action"_s].toArray();
    QVERIFY(actions.contains(u"sms:server:getBatchConsistencyResults"_s));
    QVERIFY(actions.contains(u"sms:server:queryServer"_s));
}

void TestDoctorDialog::profileDialogAsksForTheTypedProfile()
{
    QSettings().clear();
    ProfileStore store;
    Profile profile = loopbackProfile(m_server, m_server.httpsUrl());
    QVERIFY(store.save(profile).ok());
    FakeCredentialStore secrets;
    secrets.entries.insert(u"loopback/ak"_s, kTestAk);
    secrets.entries.insert(u"loopback/sk"_s, kTestSk);
    ScriptedPrompts prompts;
    ProfileDialog dialog(&store, &secrets, &prompts);
    QSignalSpy loaded(&dialog, &ProfileDialog::secretsLoaded);
    dialog.selectProfile(profile.name);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!loaded.isEmpty() || loaded.wait());
    QSignalSpy asked(&dialog, &ProfileDialog::connectionCheckRequested);
    dialog.findChild<QAction *>(u"checkConnectionAction"_s)->trigger();  // in the Advanced menu
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.at(0).at(0).value<Profile>().endpoint, profile.endpoint);
    QCOMPARE(asked.at(0).at(1).value<Credentials>().secretKey, kTestSk);
}

SMSC_GUI_TEST_MAIN(TestDoctorDialog)
#include "tst_doctordialog.moc"
