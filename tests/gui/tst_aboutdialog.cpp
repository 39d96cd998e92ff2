// SPDX-License-Identifier: GPL-3.0-or-later
#include "harness/GuiTestEnvironment.h"
#include "harness/ScriptedPrompts.h"
#include "profile/AppIdentity.h"
#include "rows/RowTableModel.h"
#include "window/AboutDialog.h"
#include "window/LanguageManager.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QSettings>

#include <memory>

using namespace Qt::StringLiterals;

using namespace smsc;

class TestAboutDialog final : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QSettings().clear();
        m_languages = std::make_unique<LanguageManager>();
        QVERIFY(m_languages->setLanguage(u"en"_s));
        m_window = std::make_unique<MainWindow>(&m_model, m_languages.get(), &m_prompts);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_languages.reset();
    }

    void helpAboutNamesVersionCommitLicenceAndHomePage()
    {
        m_window->findChild<QAction *>(u"aboutAction"_s)->trigger();
        auto *dialog = m_window->findChild<AboutDialog *>(u"aboutDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const QString version = dialog->findChild<QLabel *>(u"aboutVersion"_s)->text();
        QVERIFY2(version.contains(QString::fromUtf8(SMSC_VERSION)), qPrintable(version));
        QVERIFY2(version.contains(appVersionText()), qPrintable(version));
        if (!appCommit().isEmpty())
            QVERIFY2(version.contains(u"commit "_s + appCommit()), qPrintable(version));
        const QString licence = dialog->findChild<QLabel *>(u"aboutLicence"_s)->text();
        QVERIFY2(licence.contains(u"GPL-3.0-or-later"_s), qPrintable(licence));
        QVERIFY2(licence.contains(u"GNU General Public License"_s), qPrintable(licence));
        const QString homepage = dialog->findChild<QLabel *>(u"aboutHomepage"_s)->text();
        QVERIFY2(homepage.contains(appHomepage()) && appHomepage().startsWith(u"https://"_s), qPrintable(homepage));

        // In Chinese the same facts, in Chinese words.
        QVERIFY(m_languages->setLanguage(u"zh_CN"_s));
        QCoreApplication::sendPostedEvents();
        const QString chinese = dialog->findChild<QLabel *>(u"aboutLicence"_s)->text();
        QVERIFY2(chinese != licence && chinese.contains(u"GPL-3.0-or-later"_s), qPrintable(chinese));
        QVERIFY2(dialog->findChild<QLabel *>(u"aboutVersion"_s)->text().contains(appVersionText()),
                 qPrintable(dialog->findChild<QLabel *>(u"aboutVersion"_s)->text()));
        dialog->reject();
    }

private:
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
    RowTableModel m_model;
    test::ScriptedPrompts m_prompts;
};

SMSC_GUI_TEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
