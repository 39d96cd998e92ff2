// SPDX-License-Identifier: GPL-3.0-or-later
#include "harness/GuiTestEnvironment.h"
#include "harness/ScriptedPrompts.h"
#include "rows/RowTableModel.h"
#include "window/LanguageManager.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QHeaderView>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using namespace smsc;

// Help > Keyboard shortcuts lists what the keys really do: every action of the window that has a
// key, the table's own keys, nothing a user's keyboard does not have, and no text cut off.
class TestShortcutsDialog final : public QObject
{
    Q_OBJECT
private slots:
    void init() { QSettings().clear(); }
    void cleanup()
    {
        m_window.reset();
        m_model.reset();
        m_languages.reset();
    }

    void listsEveryActionAndTheTableKeys_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("Chinese") << u"zh_CN"_s;
    }
    void listsEveryActionAndTheTableKeys()
    {
        QFETCH(QString, language);
        openWindow(language);
        QTableWidget *table = openDialog();
        QVERIFY(table);
        const QStringList lines = rows(table);
        const QString all = lines.join(u"\n"_s);

        // Every action with a key, in this language, with each of its keys.
        for (QAction *action : m_window->findChildren<QAction *>()) {
            for (const QKeySequence &key : action->shortcuts()) {
                const int code = key[0].key();
                if (code >= Qt::Key_F13 && code <= Qt::Key_F35)
                    continue;
                const QString keyText = key.toString(QKeySequence::NativeText);
                const bool listed = std::any_of(lines.cbegin(), lines.cend(), [&](const QString &line) {
                    return line.contains(keyText) && line.startsWith(plainText(action->text()));
                });
                QVERIFY2(listed, qPrintable(plainText(action->text()) + u" = "_s + keyText + u" missing from:\n"_s + all));
            }
        }
        const QString separator = QCoreApplication::translate("smsc::ShortcutsDialog", ", ", "between two keys of one action");
        for (const QString &key : {u"Ctrl+H"_s, u"Ctrl+Shift+A"_s, u"Ctrl+E"_s, u"Tab"_s, u"Shift+Tab"_s,
                                   u"Ctrl+Tab"_s, u"F2"_s, u"Esc"_s})
            QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                                 [&](const QString &line) {
                                     return line.section(u" = "_s, 1).split(separator).contains(key);
                                 }),
                     qPrintable(key + u" missing from:\n"_s + all));
        // Platform junk from QKeySequence::keyBindings (Sun keyboards' F14 Undo, F16 Copy, F18 Paste).
        QVERIFY2(!QRegularExpression(u"\\bF(1[3-9]|2[0-9]|3[0-5])\\b"_s).match(all).hasMatch(), qPrintable(all));

        // Nothing is cut: each column is as wide as its widest text and both fit in view.
        const int needed = static_cast<QAbstractItemView *>(table)->sizeHintForColumn(0);
        QVERIFY2(table->columnWidth(0) >= needed, qPrintable(u"%1 < %2"_s.arg(table->columnWidth(0)).arg(needed)));
        QVERIFY2(table->horizontalHeader()->length() <= table->viewport()->width(),
                 qPrintable(u"columns %1 px in a %2 px view"_s.arg(table->horizontalHeader()->length())
                                .arg(table->viewport()->width())));
        QVERIFY(!table->horizontalScrollBar()->isVisible());
        table->window()->close();
    }

    void followsALanguageSwitchWhileOpen()
    {
        openWindow(u"en"_s);
        QTableWidget *table = openDialog();
        QVERIFY(table);
        QVERIFY(rows(table).join(u'\n').contains(u"History = Ctrl+H"_s));
        QVERIFY(m_languages->setLanguage(u"zh_CN"_s));
        QCoreApplication::sendPostedEvents();
        const QString all = rows(table).join(u'\n');
        QVERIFY2(all.contains(u"历史记录 = Ctrl+H"_s), qPrintable(all));
        QCOMPARE(table->horizontalHeaderItem(0)->text(), u"操作"_s);
    }

private:
    void openWindow(const QString &language)
    {
        m_languages = std::make_unique<LanguageManager>();
        QVERIFY(m_languages->setLanguage(language));
        m_model = std::make_unique<RowTableModel>();
        m_model->insertRows(0, 1);
        m_window = std::make_unique<MainWindow>(m_model.get(), m_languages.get(), &m_prompts);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    QTableWidget *openDialog()
    {
        QTest::keyClick(m_window->windowHandle(), Qt::Key_F1);  // HelpContents
        auto *table = m_window->findChild<QTableWidget *>(u"shortcutsTable"_s);
        if (table && !QTest::qWaitForWindowExposed(table->window()))
            return nullptr;
        return table;
    }
    static QStringList rows(QTableWidget *table)
    {
        QStringList lines;
        for (int row = 0; row < table->rowCount(); ++row) {
            const QTableWidgetItem *keys = table->item(row, 1);
            lines << table->item(row, 0)->text() + u" = "_s + (keys ? keys->text() : QString());
        }
        return lines;
    }
    static QString plainText(const QString &menuText)
    {
        QString text = menuText;
        return text.remove(u'&').remove(QRegularExpression(u"\\([A-Z]\\)"_s)).trimmed();
    }

    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<RowTableModel> m_model;
    test::ScriptedPrompts m_prompts;
    std::unique_ptr<MainWindow> m_window;
};

SMSC_GUI_TEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"
