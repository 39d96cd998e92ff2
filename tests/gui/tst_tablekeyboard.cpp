// SPDX-License-Identifier: GPL-3.0-or-later
#include "harness/GuiTestEnvironment.h"
#include "harness/ScriptedPrompts.h"
#include "rows/RowTableModel.h"
#include "window/LanguageManager.h"
#include "window/MainWindow.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QWheelEvent>
#include <QWindow>

#include <memory>

using namespace Qt::StringLiterals;

using namespace smsc;

namespace {

struct Key
{
    int key;
    Qt::KeyboardModifiers modifiers = Qt::NoModifier;
    QString text = {};
};

QMap<QString, QVariant> allSettings()
{
    QSettings settings;
    QMap<QString, QVariant> values;
    for (const QString &key : settings.allKeys())
        values.insert(key, settings.value(key));
    return values;
}

// Every key a user may press in the table without meaning to leave it.
QList<Key> tableKeys()
{
    QList<Key> keys;
    for (char16_t c = 0x20; c < 0x7f; ++c) {
        const QChar ch(c);
        const int key = ch.isLetter() ? ch.toUpper().unicode() : int(c);
        keys.append(Key{key, ch.isUpper() ? Qt::ShiftModifier : Qt::NoModifier, QString(ch)});
    }
    for (int key : {Qt::Key_Tab, Qt::Key_Backtab, Qt::Key_Return, Qt::Key_Enter, Qt::Key_Escape, Qt::Key_Left,
                    Qt::Key_Right, Qt::Key_Up, Qt::Key_Down, Qt::Key_Home, Qt::Key_End, Qt::Key_PageUp,
                    Qt::Key_PageDown, Qt::Key_F2, Qt::Key_Space})
        keys.append(Key{key});
    keys.append(Key{Qt::Key_Backtab, Qt::ShiftModifier});
    for (int key : {Qt::Key_Home, Qt::Key_End, Qt::Key_Tab})
        keys.append(Key{key, Qt::ControlModifier});
    keys.append(Key{Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier});
    return keys;
}

} // namespace

// The keyboard stays in the rows table: Tab, Shift+Tab and Enter move between its cells, Tab on the
// last cell opens a row ready for typing, and nothing typed there reaches the profile switcher.
class TestTableKeyboard final : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QSettings().clear();
        m_languages = std::make_unique<LanguageManager>();
        QVERIFY(m_languages->setLanguage(u"en"_s));
        m_model = std::make_unique<RowTableModel>();
        m_model->setEntries({{TaskRow{u"a1"_s, u"s1"_s, u"web"_s}, false}});
        m_prompts = std::make_unique<test::ScriptedPrompts>();
        m_window = std::make_unique<MainWindow>(m_model.get(), m_languages.get(), m_prompts.get());
        // Two profiles whose names start with letters a task id may start with.
        m_window->setProfileNames({u"alpha"_s, u"beta"_s}, u"alpha"_s);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_view = m_window->findChild<QTableView *>(u"rowTable"_s);
        m_combo = m_window->findChild<QComboBox *>(u"profileCombo"_s);
        QVERIFY(m_view && m_combo);
        m_view->setFocus();
        m_view->setCurrentIndex(m_model->index(0, 0));
    }
    void cleanup()
    {
        m_window.reset();
        m_model.reset();
        m_languages.reset();
    }

    void tabPastTheLastCellOpensARowReadyForTyping()
    {
        QSignalSpy profileChanged(m_window.get(), &MainWindow::currentProfileChanged);
        press({Qt::Key_End, Qt::ControlModifier});
        QCOMPARE(m_view->currentIndex(), m_model->index(0, 2));
        press({Qt::Key_Tab});
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_view->currentIndex(), m_model->index(1, 0));
        QCOMPARE(QApplication::focusWidget(), m_view);
        // Typing on a selected cell edits it, starting with the typed character.
        type(u"b2"_s);
        press({Qt::Key_Tab});
        type(u"s2"_s);
        press({Qt::Key_Tab});
        type(u"db"_s);
        press({Qt::Key_Return});
        QTRY_COMPARE(m_model->rows().value(1), (TaskRow{u"b2"_s, u"s2"_s, u"db"_s}));
        QCOMPARE(QApplication::focusWidget(), m_view);
        QCOMPARE(m_window->currentProfile(), u"alpha"_s);
        QVERIFY(profileChanged.isEmpty());
    }

    void shiftTabAndTabWalkTheCellsWithoutLeaving()
    {
        press({Qt::Key_Backtab, Qt::ShiftModifier});  // before the first cell: stays
        QCOMPARE(m_view->currentIndex(), m_model->index(0, 0));
        QCOMPARE(QApplication::focusWidget(), m_view);
        press({Qt::Key_Tab});
        press({Qt::Key_Tab});
        QCOMPARE(m_view->currentIndex(), m_model->index(0, 2));
        press({Qt::Key_Backtab, Qt::ShiftModifier});
        QCOMPARE(m_view->currentIndex(), m_model->index(0, 1));
        QCOMPARE(QApplication::focusWidget(), m_view);
    }

    void tabOnTheLastCellOfAFullTableStaysPut()
    {
        QList<RowTableModel::Entry> full;
        for (int i = 0; i < kMaxRows; ++i)
            full.append({TaskRow{u"row-%1"_s.arg(i), {}, {}}, false});
        m_model->setEntries(full);
        m_view->setCurrentIndex(m_model->index(kMaxRows - 1, 2));
        press({Qt::Key_Tab});
        QCOMPARE(m_model->rowCount(), kMaxRows);
        QCOMPARE(m_view->currentIndex(), m_model->index(kMaxRows - 1, 2));
        QCOMPARE(QApplication::focusWidget(), m_view);
        QVERIFY(m_prompts->warnings.isEmpty());  // the status bar says why; no dialog interrupts typing
    }

    // The keys of a fast typist arrive queued, before the app had a chance to react to any of
    // them: all are posted first, then delivered in one go.
    void aBurstOfKeysLosesNothing()
    {
        for (int round = 0; round < 50; ++round) {
            m_model->setEntries({{TaskRow{u"a1"_s, u"s1"_s, u"web"_s}, false}});
            m_view->setFocus();
            m_view->setCurrentIndex(m_model->index(0, 0));
            post({Qt::Key_End, Qt::ControlModifier});
            post({Qt::Key_Tab});
            postText(u"b2"_s);
            post({Qt::Key_Tab});
            postText(u"s2"_s);
            post({Qt::Key_Tab});
            postText(u"db"_s);
            post({Qt::Key_Tab});
            postText(u"t3"_s);
            post({Qt::Key_Return});
            QTRY_COMPARE(m_model->rows(), (QList<TaskRow>{{u"a1"_s, u"s1"_s, u"web"_s},
                                                          {u"b2"_s, u"s2"_s, u"db"_s},
                                                          {u"t3"_s, {}, {}}}));
            QCOMPARE(m_window->currentProfile(), u"alpha"_s);
        }
    }

    void noKeyInTheTableChangesProfileLanguageOrSettings()
    {
        QSettings().setValue(u"export/folder"_s, u"/tmp/somewhere"_s);
        const QMap<QString, QVariant> before = allSettings();
        QSignalSpy profileChanged(m_window.get(), &MainWindow::currentProfileChanged);
        QSignalSpy languageChanged(m_languages.get(), &LanguageManager::languageChanged);
        for (const Key &key : tableKeys()) {
            // From the last cell, not editing: the key, then a "b" that would pick "beta".
            press({Qt::Key_Escape});
            m_view->setFocus();
            press({Qt::Key_End, Qt::ControlModifier});
            press(key);
            QWidget *focus = QApplication::focusWidget();
            const QString name = QKeySequence(key.modifiers | Qt::Key(key.key)).toString();
            QVERIFY2(focus != m_combo, qPrintable(name + u" moved focus into the profile box"_s));
            const bool leavesOnPurpose = key.key == Qt::Key_Tab || key.key == Qt::Key_Backtab;
            if (!(leavesOnPurpose && key.modifiers & Qt::ControlModifier))
                QVERIFY2(focus && (focus == m_view || m_view->isAncestorOf(focus)),
                         qPrintable(name + u" moved focus out of the table"_s));
            type(u"b"_s);
            QVERIFY2(m_window->currentProfile() == u"alpha"_s, qPrintable(name + u" let b switch the profile"_s));
            QVERIFY2(profileChanged.isEmpty(), qPrintable(name));
            QVERIFY2(languageChanged.isEmpty(), qPrintable(name));
            QCOMPARE(m_languages->language(), u"en"_s);
        }
        press({Qt::Key_Escape});
        QCOMPARE(allSettings(), before);
    }

    void theProfileBoxChangesOnlyWhenTheUserMeansIt()
    {
        QCOMPARE(m_combo->focusPolicy(), Qt::ClickFocus);  // neither Tab nor the wheel gives it focus
        QWheelEvent wheel(QPointF(5, 5), m_combo->mapToGlobal(QPointF(5, 5)), {}, QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_combo, &wheel);
        QCOMPARE(m_window->currentProfile(), u"alpha"_s);
        // Its label's mnemonic reaches it on purpose; then the arrow keys switch, and the status bar says so.
        press({Qt::Key_O, Qt::AltModifier});
        QCOMPARE(QApplication::focusWidget(), m_combo);
        press({Qt::Key_Down});
        QCOMPARE(m_window->currentProfile(), u"beta"_s);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(u"beta"_s),
                 qPrintable(m_window->statusBar()->currentMessage()));
    }

private:
    // A real key press through the window, to whichever widget has focus, shortcuts included.
    void press(const Key &key)
    {
        QTest::keyClick(m_window->windowHandle(), Qt::Key(key.key), key.modifiers);
    }
    void type(const QString &text)
    {
        for (QChar c : text)
            QTest::keyClick(m_window->windowHandle(), c.toLatin1());
    }
    void post(const Key &key)
    {
        QWindow *window = m_window->windowHandle();
        QCoreApplication::postEvent(window, new QKeyEvent(QEvent::KeyPress, key.key, key.modifiers, key.text));
        QCoreApplication::postEvent(window, new QKeyEvent(QEvent::KeyRelease, key.key, key.modifiers, key.text));
    }
    void postText(const QString &text)
    {
        for (QChar c : text)
            post({c.isLetter() ? c.toUpper().unicode() : c.unicode(), Qt::NoModifier, QString(c)});
    }

    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<RowTableModel> m_model;
    std::unique_ptr<test::ScriptedPrompts> m_prompts;
    std::unique_ptr<MainWindow> m_window;
    QTableView *m_view = nullptr;
    QComboBox *m_combo = nullptr;
};

SMSC_GUI_TEST_MAIN(TestTableKeyboard)
#include "tst_tablekeyboard.moc"
