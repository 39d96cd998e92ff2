// SPDX-License-Identifier: GPL-3.0-or-later
#include "LayoutAudit.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

using smsc::test::LayoutAudit;

namespace {

const QString kLongText = u"Export the consistency results of every selected migration task"_s;

// Builds one case under root (not yet shown); the widget the case is about is named "subject".
QWidget *buildCase(const QString &kind, QWidget *root)
{
    auto *layout = new QVBoxLayout(root);
    QWidget *subject = nullptr;
    if (kind.startsWith(u"button")) {
        subject = new QPushButton(kLongText, root);
        if (kind == u"button squeezed by a fixed-width window")
            root->setFixedWidth(80);
        else if (kind == u"button fixed narrower than its text")
            subject->setFixedWidth(60);
        else if (kind == u"button hidden in a narrow window") {
            root->setFixedWidth(80);
            subject->hide();
        }
    } else if (kind.startsWith(u"word-wrapped label")) {
        auto *label = new QLabel(kLongText + u' ' + kLongText, root);
        label->setWordWrap(true);
        subject = label;
        if (kind == u"word-wrapped label in a short fixed-size window")
            root->setFixedSize(160, 30);
    } else if (kind.startsWith(u"text edit")) {
        auto *edit = new QPlainTextEdit(kLongText, root);
        // Below Qt's minimum hint for scroll areas (about 70 px) yet showing a line: it scrolls.
        const int line = edit->fontMetrics().lineSpacing();
        edit->setFixedHeight(kind == u"text edit showing one line" ? 2 * edit->frameWidth() + line + 2
                                                                   : line / 2);
        subject = edit;
    } else if (kind == u"label allowed to shrink, in a narrow window") {
        subject = new QLabel(kLongText, root);
        subject->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        root->setFixedWidth(80);
    }
    if (subject) {
        subject->setObjectName(u"subject"_s);
        layout->addWidget(subject);
    }
    return subject;
}

} // namespace

class TestLayoutAudit final : public QObject
{
    Q_OBJECT
private slots:
    void reportsTheClippedWidgets_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("clipped");
        const QList<std::pair<const char *, bool>> cases = {
            {"button with room", false},
            {"button squeezed by a fixed-width window", true},
            {"button fixed narrower than its text", true},
            {"button hidden in a narrow window", false},
            {"word-wrapped label with room", false},
            {"word-wrapped label in a short fixed-size window", true},
            {"label allowed to shrink, in a narrow window", false},
            {"text edit showing one line", false},
            {"text edit lower than one line", true},
        };
        for (const auto &[kind, clipped] : cases)
            QTest::newRow(kind) << QString::fromLatin1(kind) << clipped;
    }
    void reportsTheClippedWidgets()
    {
        QFETCH(QString, kind);
        QFETCH(bool, clipped);
        QWidget root;
        root.setObjectName(u"root"_s);
        QWidget *subject = buildCase(kind, &root);
        QVERIFY(subject);
        root.show();
        QVERIFY(QTest::qWaitForWindowExposed(&root));

        const auto problems = LayoutAudit::clippedWidgets(&root);
        const QString report = LayoutAudit::describe(problems);
        QSet<QWidget *> reported;
        for (const auto &problem : problems)
            reported.insert(problem.widget);
        QVERIFY2(reported.contains(subject) == clipped, qPrintable(report));
        // Besides the subject only the containers it overflows (up to the window) may be reported.
        for (QWidget *w = subject; w; w = w->parentWidget())
            reported.remove(w);
        QVERIFY2(reported.isEmpty(), qPrintable(report));
    }

    void describeSaysWhatWasGivenAndWhatIsNeeded()
    {
        QWidget root;
        root.setObjectName(u"dialog"_s);
        auto *button = new QPushButton(kLongText, &root);
        button->setObjectName(u"exportButton"_s);
        button->setFixedSize(50, 20);
        root.show();
        QVERIFY(QTest::qWaitForWindowExposed(&root));
        const QSize hint = button->sizeHint();
        QCOMPARE(LayoutAudit::describe(LayoutAudit::clippedWidgets(&root)),
                 u"dialog/exportButton (QPushButton) is 50x20 but needs %1x%2"_s
                     .arg(hint.width()).arg(hint.height()));
    }
};

QTEST_MAIN(TestLayoutAudit)
#include "tst_layoutaudit.moc"
