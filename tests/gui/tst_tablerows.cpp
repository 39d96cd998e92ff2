// SPDX-License-Identifier: GPL-3.0-or-later
// No column lost, no row lost: headers in the window's own words, pastes that never silently
// overwrite, a row to type into, "Load these rows again" replacing the table, and the 200-row cap
// naming what it leaves out. Real key events offscreen; every question pre-answered.
#include "harness/GuiTestEnvironment.h"
#include "harness/ScriptedPrompts.h"
#include "rows/RowTableModel.h"
#include "rows/RowsFile.h"
#include "table/RowActions.h"
#include "window/LanguageManager.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;

using namespace smsc;

namespace {

const QList<TaskRow> kTwoRows{{u"t-1"_s, u"s-1"_s, u"web 01"_s}, {u"t-2"_s, u"s-2"_s, u"db 01"_s}};

QList<RowTableModel::Entry> entriesOf(const QList<TaskRow> &rows)
{
    QList<RowTableModel::Entry> entries;
    for (const TaskRow &row : rows)
        entries.append({row, false});
    return entries;
}

QList<TaskRow> numberedRows(int count, const QString &prefix)
{
    QList<TaskRow> rows;
    for (int i = 1; i <= count; ++i)
        rows.append({u"%1-%2"_s.arg(prefix).arg(i), {}, {}});
    return rows;
}

} // namespace

class TestTableRows final : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_languages = std::make_unique<LanguageManager>();
        QVERIFY(m_languages->setLanguage(u"en"_s));
        m_model = std::make_unique<RowTableModel>();
        m_model->insertRows(0, 1);  // as the app starts with nothing saved
        m_prompts = std::make_unique<test::ScriptedPrompts>();
        m_window = std::make_unique<MainWindow>(m_model.get(), m_languages.get(), m_prompts.get());
        m_window->setProfileNames({u"prod"_s}, u"prod"_s);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_view = m_window->findChild<QTableView *>(u"rowTable"_s);
        QVERIFY(m_view);
        m_view->setFocus();
        m_view->setCurrentIndex(m_model->index(0, 0));
    }
    void cleanup()
    {
        m_window.reset();
        m_model.reset();
        m_languages.reset();
    }

    // 1 and 2: the titles the window shows are a header, for paste and import alike.
    void headerInTheWindowsOwnWords_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<bool>("paste");
        const QList<std::pair<const char *, QString>> headers{
            {"window titles, shuffled", u"Source Name\tTask ID\tSource ID"_s},
            {"upper case API names", u"SOURCE_NAME\tTASK_ID\tSOURCE_ID"_s},
            {"Chinese titles", u"源端名称\t任务 ID\t源端 ID"_s}};
        for (const auto &[name, header] : headers) {
            QTest::addRow("%s, pasted", name) << header << true;
            QTest::addRow("%s, imported", name) << header << false;
        }
    }
    void headerInTheWindowsOwnWords()
    {
        QFETCH(QString, header);
        QFETCH(bool, paste);
        const QString text = header + u"\nweb 01\tt-1\ts-1\ndb 01\tt-2\ts-2\n"_s;
        if (paste) {
            QGuiApplication::clipboard()->setText(text);
            QTest::keySequence(m_window.get(), QKeySequence::Paste);
        } else {
            QVERIFY(m_window->rowActions()->importFile(writeFile(u"rows.tsv"_s, text.toUtf8())));
        }
        QCOMPARE(m_model->rows(), kTwoRows);
        QVERIFY(m_prompts->asked.isEmpty());
        QCOMPARE(statusText(), u"Ready to export 2 rows."_s);
        QCOMPARE(counterText(), u"2 / 200"_s);
    }

    void repeatedOrUnknownColumnsAreRefusedByPasteAndImport_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("task_id twice") << u"task_id\ttask_id\tsource_name\nt-1\tt-2\tweb\n"_s
                                       << u"column 2 \"task_id\" repeats task_id (column 1)"_s;
        QTest::newRow("a title and an API name") << u"Task ID\tsource_name\tTASK_ID\nt-1\tweb\tt-2\n"_s
                                                 << u"column 3 \"TASK_ID\" repeats task_id"_s;
        QTest::newRow("an unknown column") << u"Task ID\tSource ID\tNotes\nt-1\ts-1\tkeep\n"_s
                                           << u"column 3 \"Notes\" is not a column"_s;
    }
    void repeatedOrUnknownColumnsAreRefusedByPasteAndImport()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        QGuiApplication::clipboard()->setText(text);
        QTest::keySequence(m_window.get(), QKeySequence::Paste);
        QVERIFY(!m_window->rowActions()->importFile(writeFile(u"rows.tsv"_s, text.toUtf8())));
        QCOMPARE(m_model->rows(), QList<TaskRow>{TaskRow{}});  // nothing imported either way
        QCOMPARE(m_prompts->warnings.size(), 2);
        for (const QString &warning : std::as_const(m_prompts->warnings))
            QVERIFY2(warning.contains(mentions) && !warning.contains(u'\n'), qPrintable(warning));
    }

    void firstRowThatLooksLikeAHeaderIsAQuestion_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<QList<TaskRow>>("expected");
        QTest::newRow("header row: skipped") << 0 << QList<TaskRow>{{u"t-1"_s, u"web 01"_s, {}}};
        QTest::newRow("a row: kept") << 1 << QList<TaskRow>{{u"Task number"_s, u"Server name"_s, {}},
                                                           {u"t-1"_s, u"web 01"_s, {}}};
        QTest::newRow("cancelled: nothing pasted") << -1 << QList<TaskRow>{TaskRow{}};
    }
    void firstRowThatLooksLikeAHeaderIsAQuestion()
    {
        QFETCH(int, answer);
        QFETCH(QList<TaskRow>, expected);
        m_prompts->choiceAnswers = {answer};
        QGuiApplication::clipboard()->setText(u"Task number\tServer name\nt-1\tweb 01\n"_s);
        QTest::keySequence(m_window.get(), QKeySequence::Paste);
        QCOMPARE(m_prompts->asked, QStringList{u"Is the first row a header?"_s});
        QVERIFY2(m_prompts->questions.first().contains(u"\"Task number / Server name\""_s),
                 qPrintable(m_prompts->questions.first()));
        QTRY_VERIFY(m_prompts->choiceAnswers.isEmpty());
        QTRY_COMPARE(m_model->rows(), expected);
    }

    // 3: Down opens a row under a typed one, and a paste never overwrites it silently.
    void downFromATypedRowThenPasteKeepsIt()
    {
        QTest::keyClick(m_view, Qt::Key_F2);
        QTest::keyClicks(QApplication::focusWidget(), u"typed"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(m_model->rows(), (QList<TaskRow>{{u"typed"_s, {}, {}}}));
        QTest::keyClick(m_view, Qt::Key_Down);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_view->currentIndex(), m_model->index(1, 0));
        QTest::keyClick(m_view, Qt::Key_Down);  // a blank last row is already the new row
        QCOMPARE(m_model->rowCount(), 2);
        QGuiApplication::clipboard()->setText(u"t-1\ts-1\tweb 01\nt-2\ts-2\tdb 01\n"_s);
        QTest::keySequence(m_window.get(), QKeySequence::Paste);
        QCOMPARE(m_model->rows(), (QList<TaskRow>{{u"typed"_s, {}, {}}} + kTwoRows));
        QVERIFY(m_prompts->asked.isEmpty());
    }

    void pasteOverFilledCellsAsks_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<QList<TaskRow>>("expected");
        const TaskRow typed{u"typed"_s, u"s"_s, u"n"_s};
        QTest::newRow("cancel keeps the typed row") << -1 << QList<TaskRow>{typed};
        QTest::newRow("replace them (undoable)") << 0 << kTwoRows;
        QTest::newRow("add as new rows") << 1 << (QList<TaskRow>{typed} + kTwoRows);
    }
    void pasteOverFilledCellsAsks()
    {
        QFETCH(int, answer);
        QFETCH(QList<TaskRow>, expected);
        m_model->setEntries(entriesOf({{u"typed"_s, u"s"_s, u"n"_s}}));
        m_view->setCurrentIndex(m_model->index(0, 0));
        m_prompts->choiceAnswers = {answer};
        QGuiApplication::clipboard()->setText(u"t-1\ts-1\tweb 01\nt-2\ts-2\tdb 01\n"_s);
        QTest::keySequence(m_window.get(), QKeySequence::Paste);
        QCOMPARE(m_prompts->asked, QStringList{u"Paste over filled cells?"_s});
        QVERIFY2(m_prompts->questions.first().contains(u"3 filled cells, in table rows 1"_s),
                 qPrintable(m_prompts->questions.first()));
        QTRY_VERIFY(m_prompts->choiceAnswers.isEmpty());
        QTRY_COMPARE(m_model->rows(), expected);
        if (answer >= 0) {
            m_window->undoStack()->undo();
            QCOMPARE(m_model->rows(), (QList<TaskRow>{{u"typed"_s, u"s"_s, u"n"_s}}));
        }
    }

    void typingIntoAnEmptyTableMakesARow_data()
    {
        QTest::addColumn<QKeySequence>("emptying");
        QTest::newRow("Clear all") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete);
        QTest::newRow("Delete rows of the only row") << QKeySequence(Qt::CTRL | Qt::Key_Delete);
    }
    void typingIntoAnEmptyTableMakesARow()
    {
        QFETCH(QKeySequence, emptying);
        m_model->setEntries(entriesOf(kTwoRows.mid(0, 1)));
        m_view->setCurrentIndex(m_model->index(0, 0));
        QTest::keySequence(m_window.get(), emptying);
        QVERIFY(m_model->rows().isEmpty() || m_model->rows() == QList<TaskRow>{TaskRow{}});
        QTest::keyClick(m_view, Qt::Key_N);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY2(editor && editor != m_view, "typing should open an editor on a row");
        QTest::keyClicks(editor, u"ew"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(m_model->rows(), (QList<TaskRow>{{u"new"_s, {}, {}}}));
        QCOMPARE(counterText(), u"1 / 200"_s);
    }

    // 4: "Load these rows again" replaces the table, as one undoable step.
    void loadingRowsAgainReplacesTheTable_data()
    {
        QTest::addColumn<bool>("yes");
        QTest::newRow("replace") << true;
        QTest::newRow("cancel") << false;
    }
    void loadingRowsAgainReplacesTheTable()
    {
        QFETCH(bool, yes);
        const QList<TaskRow> current = numberedRows(8, u"now"_s);
        const QList<TaskRow> again = numberedRows(6, u"then"_s);
        m_model->setEntries(entriesOf(current));
        m_prompts->confirmAnswers = {yes};
        m_window->rowActions()->loadRows(again, u"Load Rows from History"_s);
        QCOMPARE(m_prompts->asked, QStringList{u"Replace the rows in the table?"_s});
        QTRY_VERIFY(m_prompts->confirmAnswers.isEmpty());
        QTRY_COMPARE(m_model->rows(), yes ? again : current);
        QCOMPARE(statusText(), yes ? u"Ready to export 6 rows."_s : u"Ready to export 8 rows."_s);
        if (yes) {
            QCOMPARE(m_window->undoStack()->undoText(), u"Load Rows from History"_s);
            m_window->undoStack()->undo();
            QCOMPARE(m_model->rows(), current);
        }
    }
    void loadingRowsIntoAnEmptyTableDoesNotAsk()
    {
        m_window->rowActions()->loadRows(kTwoRows, u"Load Rows from History"_s);
        QCOMPARE(m_model->rows(), kTwoRows);
        QVERIFY(m_prompts->asked.isEmpty());
    }

    // 5: the cap: adding disabled, the rows left out named and offered for saving, real rows counted.
    void addingIsDisabledAtTheCap()
    {
        m_model->setEntries(entriesOf(numberedRows(200, u"r"_s)));
        m_view->setCurrentIndex(m_model->index(199, 0));
        QAction *addRow = m_window->findChild<QAction *>(u"addRowAction"_s);
        QVERIFY(!addRow->isEnabled());
        QVERIFY(!m_window->findChild<QAction *>(u"insertRowAction"_s)->isEnabled());
        QVERIFY(!m_window->findChild<QAction *>(u"duplicateRowsAction"_s)->isEnabled());
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_N));
        QTest::keyClick(m_view, Qt::Key_Down);
        QCOMPARE(m_model->rowCount(), 200);
        QVERIFY(m_prompts->warnings.isEmpty() && m_prompts->asked.isEmpty());
        QCOMPARE(counterText(), u"200 / 200"_s);
        m_model->removeRows(199, 1);
        QVERIFY(addRow->isEnabled());
    }

    void importingPastTheCapNamesTheLinesAndSavesThem()
    {
        m_model->setEntries(entriesOf(numberedRows(3, u"kept"_s)));
        QByteArray data = "task_id,source_id,source_name\n";
        for (int i = 1; i <= 200; ++i)
            data += "file-" + QByteArray::number(i) + ",,\n";
        const QString saved = m_dir.filePath(u"left-out.csv"_s);
        m_prompts->choiceAnswers = {1};  // "Save them…" (0 would export all rows in batches)
        m_prompts->fileNames = {saved};
        QVERIFY(m_window->rowActions()->importFile(writeFile(u"big.csv"_s, data)));
        QCOMPARE(m_model->rowCount(), 200);
        QCOMPARE(m_model->rows().at(199).taskId, u"file-197"_s);
        QCOMPARE(m_prompts->asked.first(), u"Row limit reached"_s);
        QVERIFY2(m_prompts->questions.first().contains(u"3 rows left out"_s)
                     && m_prompts->questions.first().contains(u"Not added: lines 199–201 of big.csv"_s),
                 qPrintable(m_prompts->questions.first()));
        QTRY_VERIFY(QFile::exists(saved));
        const Outcome<ParsedRows> back = RowsFile::read(saved);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back.value().rows, (QList<TaskRow>{{u"file-198"_s, {}, {}}, {u"file-199"_s, {}, {}},
                                                    {u"file-200"_s, {}, {}}}));
    }

    void counterCountsOnlyRealRows()
    {
        m_model->setEntries(entriesOf({kTwoRows.at(0), TaskRow{}, TaskRow{u"  "_s, {}, {}}}));
        QCOMPARE(statusText(), u"Ready to export 1 row."_s);
        QCOMPARE(counterText(), u"1 / 200"_s);
    }

private:
    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    QString counterText() const { return m_window->findChild<QLabel *>(u"rowCounterLabel"_s)->text(); }
    QString statusText() const { return m_window->findChild<QLabel *>(u"exportStatusLabel"_s)->text(); }

    QTemporaryDir m_dir;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<RowTableModel> m_model;
    std::unique_ptr<test::ScriptedPrompts> m_prompts;
    std::unique_ptr<MainWindow> m_window;
    QTableView *m_view = nullptr;
};

SMSC_GUI_TEST_MAIN(TestTableRows)
#include "tst_tablerows.moc"
