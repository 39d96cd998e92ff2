// SPDX-License-Identifier: GPL-3.0-or-later
#include "harness/GuiTestEnvironment.h"
#include "harness/ProfileDialogDriver.h"
#include "harness/ScriptedPrompts.h"
#include "KeychainCredentialStore.h"
#include "profile/ProfileStore.h"

#include <QDirIterator>
#include <QSettings>

using namespace Qt::StringLiterals;

using namespace smsc;

namespace {
const QString kAk = u"SMSCTESTAK0000000001"_s;
const QString kSk = u"SMSCTESTSECRETKEY0000000000000000000000000"_s;
const QString kToken = u"SMSCTESTSECURITYTOKEN00000000000000000000"_s;
const QString kDomainId = u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s;

// Every file under the settings and data folders, read back: a secret must be in none of them.
bool secretOnDisk(const QString &secret)
{
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME"}) {
        QDirIterator it(qEnvironmentVariable(variable), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret.toUtf8()))
                return true;
        }
    }
    return false;
}
} // namespace

/*!
 * The profile dialog against the real OS keychain. Label "keychain": run it with
 * tools/in-test-session (a private, unlocked gnome-keyring), or with DBUS_SESSION_BUS_ADDRESS
 * pointing nowhere for the "unavailable" case (CTest runs both).
 */
class TestProfileDialogKeychain final : public QObject
{
    Q_OBJECT
    ProfileStore m_store;
    KeychainCredentialStore m_keychain{5000};
    test::ScriptedPrompts m_prompts;
    bool m_unavailable = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(u"/nonexistent/"_s);

private slots:
    void init() { QSettings().clear(); }

    void savesAndReloadsAProfileWithTheRealKeychain()
    {
        QVERIFY2(!m_unavailable, "needs a Secret Service; the _unavailable CTest entry runs only the next test");
        {
            ProfileDialog dialog(&m_store, &m_keychain, &m_prompts);
            dialog.show();
            test::ProfileDialogDriver ui{&dialog};
            ui.type("nameEdit", u"keychain-test"_s);
            ui.choose("authModeCombo", int(AuthMode::TemporaryAkSk));
            ui.type("domainIdEdit", kDomainId);
            ui.type("accessKeyEdit", kAk);
            ui.type("secretKeyEdit", kSk);
            ui.type("securityTokenEdit", kToken);
            QCOMPARE(ui.save(), qMakePair(true, true));
        }
        ProfileDialog dialog(&m_store, &m_keychain, &m_prompts);
        QSignalSpy loaded(&dialog, &ProfileDialog::secretsLoaded);
        dialog.show();
        test::ProfileDialogDriver ui{&dialog};
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.first().at(0).toBool(), true);
        QCOMPARE(ui.text("nameEdit"), u"keychain-test"_s);
        QCOMPARE(ui.text("accessKeyEdit"), kAk);
        QCOMPARE(ui.text("secretKeyEdit"), kSk);
        QCOMPARE(ui.text("securityTokenEdit"), kToken);
        QCOMPARE(ui.find<QLineEdit>("secretKeyEdit")->echoMode(), QLineEdit::Password);
        QVERIFY(!secretOnDisk(kSk));
        QVERIFY(!secretOnDisk(kToken));

        m_prompts.confirmAnswers = {true};
        ui.click("deleteProfileButton");
        QTRY_VERIFY(!m_store.contains(u"keychain-test"_s));
        QTRY_VERIFY(ui.status().contains(u"deleted"_s));
    }

    void keychainUnavailableIsSaidInPlainWords()
    {
        QVERIFY2(m_unavailable, "needs DBUS_SESSION_BUS_ADDRESS pointing nowhere (the _unavailable CTest entry)");
        ProfileDialog dialog(&m_store, &m_keychain, &m_prompts);
        dialog.show();
        test::ProfileDialogDriver ui{&dialog};
        ui.type("nameEdit", u"nokeychain"_s);
        ui.type("domainIdEdit", kDomainId);
        ui.type("accessKeyEdit", kAk);
        ui.type("secretKeyEdit", kSk);
        QCOMPARE(ui.save(), qMakePair(true, false));
        const QString status = ui.status();
        QVERIFY2(status.contains(u"keychain is unavailable"_s), qPrintable(status));
        QVERIFY2(status.contains(u"were saved"_s), qPrintable(status));
        QVERIFY2(status.contains(u"never anywhere else"_s), qPrintable(status));
        // The backend's own words (libsecret's D-Bus error) are shown too.
        QVERIFY2(status.contains(u"Could not connect"_s), qPrintable(status));
        QVERIFY(m_store.contains(u"nokeychain"_s));
        QVERIFY(!secretOnDisk(kSk));
    }
};

SMSC_GUI_TEST_MAIN(TestProfileDialogKeychain)
#include "tst_profiledialog_keychain.moc"
