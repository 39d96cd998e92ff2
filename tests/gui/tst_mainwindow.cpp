// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessibilityAudit.h"
#include "harness/GuiTestEnvironment.h"
#include "harness/ScriptedPrompts.h"
#include "rows/RowTableModel.h"
#include "table/RowActions.h"
#include "window/LanguageManager.h"
#include "window/MainWindow.h"

#include <QAccessible>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

using namespace smsc;

namespace {

QString spreadsheetRows(bool header)
{
    QString text = header ? u"task_id\tsource_id\tsource_name\r\n"_s : QString();
    text += u"t-1\ts-1\tweb 01\r\nt-2\ts-2\tdb, primary\r\nt-3\t\t数据库\r\n"_s;
    return text;
}

const QList<TaskRow> kPastedRows{{u"t-1"_s, u"s-1"_s, u"web 01"_s},
                                 {u"t-2"_s, u"s-2"_s, u"db, primary"_s},
                                 {u"t-3"_s, {}, u"数据库"_s}};

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QSettings().clear();
        openWindow();
    }
    void cleanup()
    {
        m_window.reset();
        m_model.reset();
        m_languages.reset();
    }

    void typingRowsWithTheKeyboard()
    {
        QTest::keyClick(m_view, Qt::Key_F2);
        for (const QString &cell : {u"t1"_s, u"s1"_s, u"web-01"_s, u"t2"_s, u"s2"_s, u"db-01"_s}) {
            QWidget *editor = QApplication::focusWidget();
            QVERIFY2(editor && editor != m_view, "Tab should move into the next cell's editor");
            QTest::keyClicks(editor, cell);
            QTest::keyClick(editor, Qt::Key_Tab);
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(m_model->rows().mid(0, 2), (QList<TaskRow>{{u"t1"_s, u"s1"_s, u"web-01"_s},
                                                            {u"t2"_s, u"s2"_s, u"db-01"_s}}));
        QCOMPARE(m_model->rowCount(), 3);  // Tab past the last cell opened a third row
        QCOMPARE(counterText(), u"2 / 200"_s);  // which is blank, so not counted
        QVERIFY(m_window->undoStack()->count() >= 6);
    }

    void enterStartsEditingLikeF2()
    {
        QTest::keyClick(m_view, Qt::Key_Return);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && editor != m_view);
        QTest::keyClicks(editor, u"typed"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(m_model->rows().first().taskId, u"typed"_s);  // the delegate commits Enter queued
    }

    void pastingSpreadsheetRows_data()
    {
        QTest::addColumn<QString>("clipboard");
        QTest::newRow("tab-separated with header row") << spreadsheetRows(true);
        QTest::newRow("tab-separated without header") << spreadsheetRows(false);
        QTest::newRow("CSV with header and quotes")
            << u"task_id,source_id,source_name\nt-1,s-1,web 01\nt-2,s-2,\"db, primary\"\nt-3,,数据库\n"_s;
    }
    void pastingSpreadsheetRows()
    {
        QFETCH(QString, clipboard);
        QGuiApplication::clipboard()->setText(clipboard);
        QTest::keySequence(m_window.get(), QKeySequence::Paste);
        QCOMPARE(m_model->rows(), kPastedRows);
        QCOMPARE(counterText(), u"3 / 200"_s);
        QVERIFY(m_prompts->warnings.isEmpty());
    }

    void pastingOneColumnKeepsTheOtherCells_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("clipboard");
        QTest::addColumn<QList<TaskRow>>("expected");
        QTest::newRow("task ids into the first column")
            << 0 << u"new-1\nnew-2\n"_s
            << QList<TaskRow>{{u"new-1"_s, u"s-1"_s, u"web 01"_s}, {u"new-2"_s, u"s-2"_s, u"db, primary"_s},
                              kPastedRows.at(2)};
        QTest::newRow("two columns into source id and name")
            << 1 << u"x\ty\r\n"_s
            << QList<TaskRow>{{u"t-1"_s, u"x"_s, u"y"_s}, kPastedRows.at(1), kPastedRows.at(2)};
        QTest::newRow("three columns from the middle start at the first")
            << 1 << u"a\tb\tc\n"_s << QList<TaskRow>{{u"a"_s, u"b"_s, u"c"_s}, kPastedRows.at(1), kPastedRows.at(2)};
        QTest::newRow("names past the end become new rows")
            << 2 << u"n-3\nn-4\n"_s
            << QList<TaskRow>{kPastedRows.at(0), kPastedRows.at(1), {u"t-3"_s, {}, u"n-3"_s}, {{}, {}, u"n-4"_s}};
    }
    void pastingOneColumnKeepsTheOtherCells()
    {
        QFETCH(int, column);
        QFETCH(QString, clipboard);
        QFETCH(QList<TaskRow>, expected);
        m_model->setEntries({{kPastedRows.at(0), false}, {kPastedRows.at(1), false}, {kPastedRows.at(2), false}});
        m_view->setCurrentIndex(m_model->index(clipboard.startsWith(u"n-"_s) ? 2 : 0, column));
        QGuiApplication::clipboard()->setText(clipboard);
        m_prompts->choiceAnswers = {0};  // every case changes a filled cell: "Replace them"
        QTest::keySequence(m_window.get(), QKeySequence::Paste);
        QTRY_COMPARE(m_model->rows(), expected);
        QCOMPARE(m_prompts->asked, QStringList{u"Paste over filled cells?"_s});
    }

    void pastingPastTheCapNamesTheLinesLeftOut()
    {
        QList<RowTableModel::Entry> full;
        for (int i = 0; i < 198; ++i)
            full.append({TaskRow{u"row-%1"_s.arg(i), {}, {}}, false});
        full.append({TaskRow{}, false});
        m_model->setEntries(full);
        m_view->setCurrentIndex(m_model->index(198, 0));
        QGuiApplication::clipboard()->setText(u"a\t\t\nb\t\t\nc\t\t\nd\t\t\ne\t\t\n"_s);
        QTest::keySequence(m_window.get(), QKeySequence::Paste);
        QCOMPARE(m_model->rowCount(), 200);
        QCOMPARE(m_model->rows().at(199).taskId, u"b"_s);
        QTRY_COMPARE(m_prompts->questions.size(), 1);
        QVERIFY2(m_prompts->questions.first().contains(u"3 rows left out"_s)
                     && m_prompts->questions.first().contains(u"lines 3–5 of the pasted text"_s),
                 qPrintable(m_prompts->questions.first()));
        QVERIFY(m_prompts->warnings.isEmpty());
        QCOMPARE(counterText(), u"200 / 200"_s);
    }

    void tooLongTaskIdIsExplainedInTooltipAndAccessibleDescription()
    {
        const QString id37(37, u'7');
        QTest::keyClick(m_view, Qt::Key_F2);
        QTest::keyClicks(QApplication::focusWidget(), id37);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        const QModelIndex cell = m_model->index(0, RowTableModel::TaskIdColumn);
        QTRY_COMPARE(cell.data().toString(), id37);
        const QString tip = cell.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"37"_s) && tip.contains(u"36"_s), qPrintable(tip));
        QAccessibleInterface *table = QAccessible::queryAccessibleInterface(m_view);
        QVERIFY(table && table->tableInterface());
        QAccessibleInterface *accessibleCell = table->tableInterface()->cellAt(0, RowTableModel::TaskIdColumn);
        QVERIFY(accessibleCell);
        QCOMPARE(accessibleCell->text(QAccessible::Description), tip);
        QVERIFY(accessibleCell->text(QAccessible::Name).contains(id37));
    }

    void undoAndRedoOfPasteAndDelete()
    {
        QGuiApplication::clipboard()->setText(spreadsheetRows(false));
        QTest::keySequence(m_window.get(), QKeySequence::Paste);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(action(u"undoAction"_s)->text(), u"&Undo Paste"_s);
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Z));
        QCOMPARE(m_model->rows(), (QList<TaskRow>{TaskRow{}}));
        QVERIFY(!action(u"undoAction"_s)->isEnabled());
        QCOMPARE(action(u"redoAction"_s)->text(), u"&Redo Paste"_s);
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        QCOMPARE(m_model->rows(), kPastedRows);

        m_view->selectionModel()->clearSelection();
        m_view->setCurrentIndex(m_model->index(1, 2));
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Delete));
        QCOMPARE(m_model->rows(), (QList<TaskRow>{kPastedRows.at(0), kPastedRows.at(2)}));
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Z));
        QCOMPARE(m_model->rows(), kPastedRows);
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Y));
        QCOMPARE(m_model->rows().size(), 2);
    }

    void deleteKeyClearsSelectedCellsUndoably()
    {
        QGuiApplication::clipboard()->setText(spreadsheetRows(false));
        QTest::keySequence(m_window.get(), QKeySequence::Paste);
        m_view->selectionModel()->select(QItemSelection(m_model->index(0, 1), m_model->index(1, 2)),
                                         QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(m_view, Qt::Key_Delete);
        QCOMPARE(m_model->rows().at(0), (TaskRow{u"t-1"_s, {}, {}}));
        QCOMPARE(m_model->rows().at(1), (TaskRow{u"t-2"_s, {}, {}}));
        QCOMPARE(m_model->rows().at(2), kPastedRows.at(2));
        m_window->undoStack()->undo();
        QCOMPARE(m_model->rows(), kPastedRows);
    }

    void duplicateThenRemoveDuplicates()
    {
        m_model->setEntries({{kPastedRows.at(0), false}, {kPastedRows.at(1), false}});
        m_view->setCurrentIndex(m_model->index(0, 0));
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_D));
        QCOMPARE(m_model->rows(), (QList<TaskRow>{kPastedRows.at(0), kPastedRows.at(0), kPastedRows.at(1)}));
        QVERIFY(action(u"removeDuplicatesAction"_s)->isEnabled());
        action(u"removeDuplicatesAction"_s)->trigger();
        QCOMPARE(m_model->rows(), (QList<TaskRow>{kPastedRows.at(0), kPastedRows.at(1)}));
        QVERIFY(!action(u"removeDuplicatesAction"_s)->isEnabled());
        m_window->undoStack()->undo();
        QCOMPARE(m_model->rowCount(), 3);
    }

    void clearAllIsUndoable()
    {
        m_model->setEntries({{kPastedRows.at(0), true}, {kPastedRows.at(1), false}});
        action(u"clearAllAction"_s)->trigger();
        QCOMPARE(m_model->rows(), QList<TaskRow>{TaskRow{}});  // one blank row to type into
        QCOMPARE(counterText(), u"0 / 200"_s);
        m_window->undoStack()->undo();
        QCOMPARE(m_model->rowCount(), 2);
        QVERIFY(m_model->index(0, 0).data(RowTableModel::FromAccountRole).toBool());
    }

    void exportSaysWhyItIsDisabled_data()
    {
        QTest::addColumn<QStringList>("profiles");
        QTest::addColumn<QList<TaskRow>>("rows");
        QTest::addColumn<QString>("expectedReason");
        const QList<TaskRow> good{{u"t1"_s, u"s1"_s, u"web"_s}};
        const QList<TaskRow> twoProblems{{QString(37, u'x'), {}, {}}, {u"t1"_s, {}, {}}, {u"t1"_s, {}, {}}};
        QTest::newRow("no profile yet") << QStringList() << good << u"profile"_s;
        QTest::newRow("only blank rows") << QStringList{u"prod"_s} << QList<TaskRow>{TaskRow{}} << u"$first"_s;
        QTest::newRow("37-character id and a duplicate") << QStringList{u"prod"_s} << twoProblems
                                                         << u"$first (and 1 more problem)"_s;
    }
    void exportSaysWhyItIsDisabled()
    {
        QFETCH(QStringList, profiles);
        QFETCH(QList<TaskRow>, rows);
        QFETCH(QString, expectedReason);
        m_window->setProfileNames(profiles, {});
        QList<RowTableModel::Entry> entries;
        for (const TaskRow &row : rows)
            entries.append({row, false});
        m_model->setEntries(entries);
        QAction *exportAction = action(u"exportAction"_s);
        QVERIFY(!exportAction->isEnabled());
        if (expectedReason.contains(u"$first"_s))
            expectedReason.replace(u"$first"_s, m_model->validation().problems.first().message());
        QVERIFY2(exportAction->toolTip().contains(expectedReason), qPrintable(exportAction->toolTip()));
        auto *status = m_window->findChild<QLabel *>(u"exportStatusLabel"_s);
        QCOMPARE(status->text(), exportAction->toolTip());
    }

    void exportSendsTheValidatedRows()
    {
        QSignalSpy exportSpy(m_window.get(), &MainWindow::exportRequested);
        m_window->setProfileNames({u"prod"_s}, u"prod"_s);
        m_model->setEntries({{TaskRow{u" t1 "_s, u"s1"_s, {}}, false}, {TaskRow{}, false}});
        QAction *exportAction = action(u"exportAction"_s);
        QVERIFY(exportAction->isEnabled());
        exportAction->trigger();
        QCOMPARE(exportSpy.size(), 1);
        QCOMPARE(exportSpy.first().first().value<QList<TaskRow>>(), (QList<TaskRow>{{u"t1"_s, u"s1"_s, {}}}));
        m_window->setBusy(true);
        QVERIFY(!exportAction->isEnabled());
        m_window->setBusy(false);
        QVERIFY(exportAction->isEnabled());
    }

    void profileSwitcherSelectsAndEmits()
    {
        QSignalSpy changed(m_window.get(), &MainWindow::currentProfileChanged);
        m_window->setProfileNames({u"dev"_s, u"prod"_s}, u"prod"_s);
        QCOMPARE(m_window->currentProfile(), u"prod"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.last().first().toString(), u"prod"_s);
        auto *combo = m_window->findChild<QComboBox *>(u"profileCombo"_s);
        combo->setCurrentIndex(0);
        QCOMPARE(changed.last().first().toString(), u"dev"_s);
        m_window->setProfileNames({u"dev"_s, u"test"_s}, u"deleted meanwhile"_s);
        QCOMPARE(m_window->currentProfile(), u"dev"_s);
        QCOMPARE(changed.size(), 2);  // still "dev": nothing new to announce
    }

    void columnWidthsPersist()
    {
        m_view->setColumnWidth(1, 123);
        m_window->close();
        cleanup();
        openWindow();
        QCOMPARE(m_view->columnWidth(1), 123);
    }

    void droppingAFileImportsItsRowsPastTheCapWithAMessage()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"rows.tsv"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("task_id\tsource_id\tsource_name\n");
        for (int i = 0; i < 205; ++i)
            file.write(QByteArray("dropped-") + QByteArray::number(i) + "\t\t\n");
        file.close();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file.fileName())});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QCOMPARE(m_model->rowCount(), 200);
        QCOMPARE(m_model->rows().first().taskId, u"dropped-0"_s);  // the blank start row was reused
        QTRY_COMPARE(m_prompts->questions.size(), 1);
        QVERIFY2(m_prompts->questions.first().contains(u"5 rows left out"_s)
                     && m_prompts->questions.first().contains(u"lines 202–206 of rows.tsv"_s),
                 qPrintable(m_prompts->questions.first()));
    }

    void rowsFromTheAccountAreAppendedMarkedAndUndoable()
    {
        m_model->setEntries({{kPastedRows.at(0), false}, {TaskRow{}, false}});
        m_window->rowActions()->appendRows({kPastedRows.at(1), kPastedRows.at(2)}, true, u"Add from account"_s);
        QCOMPARE(m_model->rows(), kPastedRows);  // the trailing blank row was reused
        QVERIFY(!m_model->index(0, 0).data(RowTableModel::FromAccountRole).toBool());
        QVERIFY(m_model->index(1, 0).data(RowTableModel::FromAccountRole).toBool());
        QVERIFY(m_model->index(2, 0).data(RowTableModel::FromAccountRole).toBool());
        QCOMPARE(m_window->undoStack()->undoText(), u"Add from account"_s);
        m_window->undoStack()->undo();
        QCOMPARE(m_model->rows(), (QList<TaskRow>{kPastedRows.at(0), TaskRow{}}));
    }

    void exportRowsAsCsvRoundTrips()
    {
        QTemporaryDir dir;
        m_model->setEntries({{kPastedRows.at(0), false}, {kPastedRows.at(1), false}, {kPastedRows.at(2), false}});
        const QString path = dir.filePath(u"out.csv"_s);
        m_prompts->fileNames = {path};
        action(u"exportCsvAction"_s)->trigger();
        QTRY_VERIFY(QFile::exists(path));
        m_model->setEntries({});
        m_prompts->fileNames = {path};
        action(u"importRowsAction"_s)->trigger();
        QTRY_COMPARE(m_model->rows(), kPastedRows);
    }

    void keyboardShortcutsAreListedInHelp()
    {
        action(u"shortcutsAction"_s)->trigger();
        auto *table = m_window->findChild<QTableWidget *>(u"shortcutsTable"_s);
        QVERIFY(table);
        QTRY_VERIFY(table->isVisible());
        QStringList lines;
        for (int row = 0; row < table->rowCount(); ++row)
            lines << table->item(row, 0)->text() + u" = "_s + table->item(row, 1)->text();
        // The platform may add alternatives (Shift+Ins for paste); ours come first.
        for (const QString &expected : {u"Paste = Ctrl+V"_s, u"Undo = Ctrl+Z"_s, u"Redo = Ctrl+Shift+Z, Ctrl+Y"_s,
                                        u"Duplicate rows = Ctrl+D"_s, u"Insert row = Ins"_s, u"Clear cells = Del"_s}) {
            const bool listed = std::any_of(lines.cbegin(), lines.cend(),
                                            [&](const QString &line) { return line.startsWith(expected); });
            QVERIFY2(listed, qPrintable(expected + u" not in: "_s + lines.join(u"; "_s)));
        }
        const auto unnamed = test::AccessibilityAudit::unnamedControls(table->window());
        QVERIFY2(unnamed.isEmpty(), qPrintable(test::AccessibilityAudit::describe(unnamed)));
        table->window()->close();
    }

    void everyControlHasAnAccessibleName_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("Chinese") << u"zh_CN"_s;
    }
    void everyControlHasAnAccessibleName()
    {
        QFETCH(QString, language);
        QVERIFY(m_languages->setLanguage(language));
        QCoreApplication::sendPostedEvents();
        const auto unnamed = test::AccessibilityAudit::unnamedControls(m_window.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(test::AccessibilityAudit::describe(unnamed)));
    }

private:
    void openWindow()
    {
        m_languages = std::make_unique<LanguageManager>();
        QVERIFY(m_languages->setLanguage(u"en"_s));
        m_model = std::make_unique<RowTableModel>();
        m_model->insertRows(0, 1);  // as the app starts with nothing saved
        m_prompts = std::make_unique<test::ScriptedPrompts>();
        m_window = std::make_unique<MainWindow>(m_model.get(), m_languages.get(), m_prompts.get());
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_view = m_window->findChild<QTableView *>(u"rowTable"_s);
        QVERIFY(m_view);
        m_view->setFocus();
        m_view->setCurrentIndex(m_model->index(0, 0));
    }
    QAction *action(const QString &name) const
    {
        auto *found = m_window->findChild<QAction *>(name);
        if (!found)
            qFatal("no action %s", qPrintable(name));
        return found;
    }
    QString counterText() const { return m_window->findChild<QLabel *>(u"rowCounterLabel"_s)->text(); }

    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<RowTableModel> m_model;
    std::unique_ptr<test::ScriptedPrompts> m_prompts;
    std::unique_ptr<MainWindow> m_window;
    QTableView *m_view = nullptr;
};

SMSC_GUI_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
