// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessibilityAudit.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

using smsc::test::AccessibilityAudit;

namespace {

QIcon someIcon()
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::darkCyan);
    return QIcon(pixmap);
}

// Builds one case under root; the widget the case is about is named "subject".
QWidget *buildCase(const QString &kind, QWidget *root)
{
    auto *layout = new QVBoxLayout(root);
    auto subject = [](QWidget *w) { w->setObjectName(u"subject"_s); return w; };
    if (kind == u"nameless line edit" || kind == u"disabled nameless line edit") {
        auto *edit = new QLineEdit(root);
        edit->setEnabled(kind == u"nameless line edit");
        layout->addWidget(edit);
        return subject(edit);
    }
    if (kind == u"line edit with a buddy label") {
        auto *label = new QLabel(u"&Task ID"_s, root);
        auto *edit = new QLineEdit(root);
        label->setBuddy(edit);
        layout->addWidget(label);
        layout->addWidget(edit);
        return subject(edit);
    }
    if (kind == u"line edit in a form row") {
        auto *form = new QFormLayout;
        layout->addLayout(form);
        auto *edit = new QLineEdit(root);
        form->addRow(u"Source name"_s, edit);
        return subject(edit);
    }
    if (kind == u"line edit with an accessible name") {
        auto *edit = new QLineEdit(root);
        edit->setAccessibleName(u"Region"_s);
        layout->addWidget(edit);
        return subject(edit);
    }
    if (kind == u"line edit in a titled group box") {
        auto *group = new QGroupBox(u"Endpoint"_s, root);
        auto *edit = new QLineEdit(group);
        (new QVBoxLayout(group))->addWidget(edit);
        layout->addWidget(group);
        return subject(edit);
    }
    if (kind == u"push button with text") {
        auto *button = new QPushButton(u"&Export"_s, root);
        layout->addWidget(button);
        return subject(button);
    }
    if (kind == u"icon-only push button") {
        auto *button = new QPushButton(someIcon(), QString(), root);
        layout->addWidget(button);
        return subject(button);
    }
    if (kind == u"check box with text") {
        auto *box = new QCheckBox(u"Remember"_s, root);
        layout->addWidget(box);
        return subject(box);
    }
    if (kind == u"toolbar action with text" || kind == u"toolbar action with only an icon") {
        auto *toolBar = new QToolBar(root);
        toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
        auto *action = toolBar->addAction(someIcon(), kind.endsWith(u"text") ? u"Add row"_s : QString());
        layout->addWidget(toolBar);
        return subject(toolBar->widgetForAction(action));
    }
    if (kind == u"nameless combo box" || kind == u"editable combo box with a buddy label") {
        auto *combo = new QComboBox(root);
        combo->addItems({u"cn-north-4"_s, u"ap-southeast-1"_s});
        if (kind.startsWith(u"editable")) {
            combo->setEditable(true);
            auto *label = new QLabel(u"Region"_s, root);
            label->setBuddy(combo);
            layout->addWidget(label);
        }
        layout->addWidget(combo);
        return subject(combo);
    }
    if (kind == u"nameless spin box" || kind == u"spin box with a buddy label") {
        auto *spin = new QSpinBox(root);
        if (kind.endsWith(u"label")) {
            auto *label = new QLabel(u"Timeout"_s, root);
            label->setBuddy(spin);
            layout->addWidget(label);
        }
        layout->addWidget(spin);
        return subject(spin);
    }
    if (kind == u"nameless table view" || kind == u"table view with an accessible name") {
        auto *model = new QStandardItemModel(40, 3, root);  // enough rows for a scroll bar
        auto *view = new QTableView(root);
        view->setModel(model);
        if (kind.endsWith(u"name"))
            view->setAccessibleName(u"Tasks"_s);
        layout->addWidget(view);
        return subject(view);
    }
    if (kind == u"nameless line edit on a hidden stacked page") {
        auto *stack = new QStackedWidget(root);
        stack->addWidget(new QLabel(u"first page"_s));
        auto *page = new QWidget;
        auto *edit = new QLineEdit(page);
        stack->addWidget(page);
        layout->addWidget(stack);
        return subject(edit);
    }
    if (kind == u"nameless line edit in a scroll area") {
        auto *area = new QScrollArea(root);
        auto *page = new QWidget;
        auto *edit = new QLineEdit(page);
        (new QVBoxLayout(page))->addWidget(edit);
        area->setWidget(page);
        layout->addWidget(area);
        return subject(edit);
    }
    if (kind == u"nameless line edit on a second tab") {
        auto *tabs = new QTabWidget(root);
        tabs->addTab(new QLabel(u"first"_s), u"General"_s);
        auto *page = new QWidget;
        auto *edit = new QLineEdit(page);
        tabs->addTab(page, u"Advanced"_s);
        layout->addWidget(tabs);
        return subject(edit);
    }
    if (kind == u"labelled line edit with a clear button") {
        auto *edit = new QLineEdit(root);
        edit->setClearButtonEnabled(true);
        edit->setText(u"something to clear"_s);
        edit->setAccessibleName(u"Filter"_s);
        layout->addWidget(edit);
        return subject(edit);
    }
    if (kind == u"nameless line edit in a child dialog") {
        auto *dialog = new QDialog(root);
        return subject(new QLineEdit(dialog));
    }
    if (kind == u"label") {
        auto *label = new QLabel(u"Only text"_s, root);
        layout->addWidget(label);
        return subject(label);
    }
    return nullptr;
}

} // namespace

class TestAccessibilityAudit final : public QObject
{
    Q_OBJECT
private slots:
    void reportsExactlyTheUnnamedControls_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("reported");
        const QList<std::pair<const char *, bool>> cases = {
            {"nameless line edit", true},
            {"disabled nameless line edit", true},
            {"line edit with a buddy label", false},
            {"line edit in a form row", false},
            {"line edit with an accessible name", false},
            {"line edit in a titled group box", false},
            {"push button with text", false},
            {"icon-only push button", true},
            {"check box with text", false},
            {"toolbar action with text", false},
            {"toolbar action with only an icon", true},
            {"nameless combo box", true},
            {"editable combo box with a buddy label", false},
            {"nameless spin box", true},
            {"spin box with a buddy label", false},
            {"nameless table view", true},
            {"table view with an accessible name", false},
            {"nameless line edit on a hidden stacked page", true},
            {"nameless line edit in a scroll area", true},
            {"nameless line edit on a second tab", true},
            {"labelled line edit with a clear button", false},
            {"nameless line edit in a child dialog", false},
            {"label", false},
        };
        for (const auto &[kind, reported] : cases)
            QTest::newRow(kind) << QString::fromLatin1(kind) << reported;
    }
    void reportsExactlyTheUnnamedControls()
    {
        QFETCH(QString, kind);
        QFETCH(bool, reported);
        QWidget root;
        root.setObjectName(u"root"_s);
        QWidget *subject = buildCase(kind, &root);
        QVERIFY(subject);
        root.show();
        QVERIFY(QTest::qWaitForWindowExposed(&root));

        const auto problems = AccessibilityAudit::unnamedControls(&root);
        const QString report = AccessibilityAudit::describe(problems);
        // Exactly the subject or nothing: inner parts (spin box editors, headers, scroll bars) never count.
        QCOMPARE(problems.size(), reported ? 1 : 0);
        if (reported)
            QVERIFY2(problems.first().widget == subject, qPrintable(report));
    }

    void describeNamesThePathAndTheClass()
    {
        QWidget root;
        root.setObjectName(u"mainWindow"_s);
        auto *group = new QWidget(&root);
        group->setObjectName(u"credentials"_s);
        (new QLineEdit(group))->setObjectName(u"accessKey"_s);
        QCOMPARE(AccessibilityAudit::describe(AccessibilityAudit::unnamedControls(&root)),
                 u"mainWindow/credentials/accessKey (QLineEdit) has no accessible name"_s);
    }
};

QTEST_MAIN(TestAccessibilityAudit)
#include "tst_accessibilityaudit.moc"
