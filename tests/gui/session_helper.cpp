// SPDX-License-Identifier: GPL-3.0-or-later
// A stand-in for the desktop app that the autosave test can drive and then kill -9:
// the same composition as app/gui/main.cpp, plus scripted typing through the real window.
//   session_helper edit   types three rows with the keyboard, prints "typed", then idles until killed
//   session_helper dump   restores the saved rows and prints them as JSON on stdout
#include "profile/AppIdentity.h"
#include "rows/AutosaveController.h"
#include "rows/RowTableModel.h"
#include "window/LanguageManager.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <QTest>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// Chinese arrives through an input method, not as key codes: commit it the way an IME does.
void typeText(QWidget *editor, const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(editor, char(c.unicode()));
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QApplication::sendEvent(editor, &commit);
        }
    }
}

void typeRows(QTableView *view)
{
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_F2);
    for (int row = 1; row <= 3; ++row) {
        for (const QString &cell : {u"kill-%1"_s, u"src-%1"_s, u"服务器 %1"_s}) {
            QWidget *editor = QApplication::focusWidget();
            typeText(editor, cell.arg(row));
            QTest::keyClick(editor, Qt::Key_Tab);
        }
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    smsc::applyAppIdentity();
    const QString mode = app.arguments().value(1);
    smsc::LanguageManager languages;
    languages.setLanguage(u"en"_s);
    smsc::RowTableModel rows;
    smsc::AutosaveController autosave(&rows, smsc::AutosaveController::defaultFilePath());
    std::ignore = autosave.restore();  // a missing or damaged file is an empty session here
    QTextStream out(stdout);
    if (mode == u"dump") {
        QJsonArray array;
        for (const smsc::TaskRow &row : rows.rows())
            array.append(QJsonArray{row.taskId, row.sourceId, row.sourceName});
        out << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    if (rows.rowCount() == 0)
        rows.insertRows(0, 1);
    smsc::MainWindow window(&rows, &languages);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 2;
    out << "autosave " << autosave.filePath() << Qt::endl;
    typeRows(window.findChild<QTableView *>(u"rowTable"_s));
    out << "typed" << Qt::endl;
    return app.exec();
}
