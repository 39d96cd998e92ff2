// SPDX-License-Identifier: GPL-3.0-or-later
#include "harness/GuiTestEnvironment.h"
#include "harness/ScriptedPrompts.h"
#include "rows/RowTableModel.h"
#include "window/LanguageManager.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QFontDatabase>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QToolBar>

#include <memory>

using namespace Qt::StringLiterals;

using namespace smsc;

namespace {

bool hasHan(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.script() == QChar::Script_Han; });
}

//! Everything a user reads in the window without opening a dialog.
QStringList visibleTexts(MainWindow *window)
{
    QStringList texts{window->windowTitle()};
    for (const char *menu : {"fileMenu", "editMenu", "rowsMenu", "viewMenu", "languageMenu"})
        texts << window->findChild<QMenu *>(QLatin1StringView(menu))->title();
    for (const char *action : {"exportAction", "manageProfilesAction", "addRowAction", "pasteAction", "undoAction"})
        texts << window->findChild<QAction *>(QLatin1StringView(action))->text();
    auto *view = window->findChild<QTableView *>(u"rowTable"_s);
    texts << view->model()->headerData(0, Qt::Horizontal).toString();
    texts << window->findChild<QLabel *>(u"exportStatusLabel"_s)->text();
    return texts;
}

} // namespace

class TestLanguageSwitch final : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QSettings().clear();
        m_languages = std::make_unique<LanguageManager>();
        QVERIFY(m_languages->setLanguage(u"en"_s));
        m_model.insertRows(0, 1);
        for (auto &window : m_windows) {
            window = std::make_unique<MainWindow>(&m_model, m_languages.get(), &m_prompts);
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        }
    }
    void cleanup()
    {
        for (auto &window : m_windows)
            window.reset();
        m_languages.reset();
    }

    void switchingToChineseRetranslatesEveryOpenWindow()
    {
        const QStringList english = visibleTexts(m_windows[0].get());
        QCOMPARE(english.first(), u"SMS Consistency Exporter"_s);
        QSignalSpy changed(m_languages.get(), &LanguageManager::languageChanged);

        m_windows[0]->findChild<QAction *>(u"language_zh_CN"_s)->trigger();
        QCoreApplication::sendPostedEvents();  // QApplication posts LanguageChange to each window

        QCOMPARE(changed.size(), 1);
        for (auto &window : m_windows) {
            const QStringList chinese = visibleTexts(window.get());
            for (int i = 0; i < english.size(); ++i) {
                QVERIFY2(chinese.at(i) != english.at(i), qPrintable(english.at(i)));
                QVERIFY2(hasHan(chinese.at(i)), qPrintable(chinese.at(i)));
            }
            QVERIFY(window->findChild<QAction *>(u"language_zh_CN"_s)->isChecked());
        }
        QCOMPARE(m_languages->defaultRequestLanguage(), RequestLanguage::ZhCn);

        m_windows[1]->findChild<QAction *>(u"language_en"_s)->trigger();
        QCoreApplication::sendPostedEvents();
        QCOMPARE(visibleTexts(m_windows[0].get()), english);
        QCOMPARE(m_languages->defaultRequestLanguage(), RequestLanguage::EnUs);
    }

    void undoTextsFollowTheLanguageAndKeepTheToolbarStill()
    {
        MainWindow *window = m_windows[0].get();
        auto *undo = window->findChild<QAction *>(u"undoAction"_s);
        auto *toolBar = window->findChild<QToolBar *>(u"mainToolBar"_s);
        QWidget *undoButton = toolBar->widgetForAction(undo);
        QVERIFY(undoButton);
        const int width = undoButton->sizeHint().width();
        auto *add = window->findChild<QAction *>(u"addRowAction"_s);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTest::keySequence(window, add->shortcut());
        QVERIFY2(undo->text().contains(u"Add row"_s), qPrintable(undo->text()));
        QCOMPARE(undoButton->sizeHint().width(), width);  // the toolbar's word does not grow with the edit's name

        QVERIFY(m_languages->setLanguage(u"zh_CN"_s));
        QCoreApplication::sendPostedEvents();
        QVERIFY2(!undo->text().contains(u"Add row"_s) && undo->text().contains(u"添加行"_s), qPrintable(undo->text()));
    }

    void qtOwnDialogTextsAreTranslatedToo()
    {
        const QString english = QCoreApplication::translate("QPlatformTheme", "Cancel");
        QVERIFY(m_languages->setLanguage(u"zh_CN"_s));
        const QString chinese = QCoreApplication::translate("QPlatformTheme", "Cancel");
        QVERIFY2(chinese != english && hasHan(chinese), qPrintable(chinese));
    }

    void theChoiceIsRemembered()
    {
        QVERIFY(m_languages->setLanguage(u"zh_CN"_s));
        QCOMPARE(LanguageManager::savedOrSystemLanguage(), u"zh_CN"_s);
        QVERIFY(m_languages->setLanguage(u"en"_s));
        QCOMPARE(LanguageManager::savedOrSystemLanguage(), u"en"_s);
        QVERIFY(!m_languages->setLanguage(u"xx_YY"_s));
        QCOMPARE(m_languages->language(), u"en"_s);
    }

    void aCjkFontIsInstalled()
    {
        // Without one, Chinese renders as boxes (fonts-wqy-microhei on Debian).
        QVERIFY(!QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty());
    }

private:
    std::unique_ptr<LanguageManager> m_languages;
    RowTableModel m_model;
    test::ScriptedPrompts m_prompts;
    std::array<std::unique_ptr<MainWindow>, 2> m_windows;
};

SMSC_GUI_TEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
