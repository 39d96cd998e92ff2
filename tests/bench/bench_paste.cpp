// SPDX-License-Identifier: GPL-3.0-or-later
#include "harness/ScriptedPrompts.h"
#include "profile/AppIdentity.h"
#include "rows/RowsFile.h"
#include "rows/RowTableModel.h"
#include "table/RowActions.h"
#include "window/LanguageManager.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

using namespace smsc;

namespace {

// 200 spreadsheet rows as a user copies them: header, UUID task ids, ids and names.
QString spreadsheet200()
{
    QString text = u"task_id\tsource_id\tsource_name\n"_s;
    for (int i = 0; i < kMaxRows; ++i)
        text += u"%1-4d2c-9e1f-8a7b-6c5d4e3f2a1b\t%2\tweb-server-%3.example.internal\n"_s
                    .arg(i, 8, 16, QChar(u'0'))
                    .arg(i, 32, 16, QChar(u'0'))
                    .arg(i);
    return text;
}

} // namespace

class BenchPaste final : public QObject
{
    Q_OBJECT
private slots:
    void parseAndValidate200RowsInTheCore()
    {
        const QString text = spreadsheet200();
        RowTableModel model;
        QBENCHMARK {
            const Outcome<ParsedRows> parsed = RowsFile::parseClipboard(text);
            QList<RowTableModel::Entry> entries;
            for (const TaskRow &row : parsed.value().rows)
                entries.append({row, false});
            model.setEntries(entries);
            QVERIFY(model.validation().ok());
        }
        QCOMPARE(model.rowCount(), kMaxRows);
    }

    void paste200RowsIntoTheShownWindow()
    {
        // The whole user path: parse, undo command, model signals, view and counter updates, validation.
        LanguageManager languages;
        languages.setLanguage(u"en"_s);
        RowTableModel model;
        test::ScriptedPrompts prompts;
        MainWindow window(&model, &languages, &prompts);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *view = window.findChild<QTableView *>(u"rowTable"_s);
        const QString text = spreadsheet200();
        QBENCHMARK {
            model.setEntries({RowTableModel::Entry{}});
            window.undoStack()->clear();
            view->setCurrentIndex(model.index(0, 0));
            window.rowActions()->pasteText(text);
            QCoreApplication::sendPostedEvents();
        }
        QCOMPARE(model.rowCount(), kMaxRows);
        QVERIFY(model.validation().ok());
        QVERIFY2(prompts.warnings.isEmpty(), qPrintable(prompts.warnings.join(u'\n')));
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    applyAppIdentity();
    BenchPaste bench;
    return QTest::qExec(&bench, argc, argv);
}

#include "bench_paste.moc"
