// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextStyleAudit.h"

#include "WidgetTree.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabBar>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace smsc::test {

namespace {

// Capitalised for their own sake, wherever they stand.
const QStringList kProperWords = {u"SMS"_s, u"Consistency"_s, u"Exporter"_s, u"Huawei"_s, u"Cloud"_s, u"Qt"_s};

void check(QStringList &out, const QString &path, const QString &text, bool sentenceCase)
{
    if (text.isEmpty())
        return;
    if (TextStyleAudit::hasCurlyQuotes(text))
        out << u"%1: %2 (curly quotation marks)"_s.arg(path, text);
    if (sentenceCase) {
        const QStringList words = TextStyleAudit::titleCaseWords(text);
        if (!words.isEmpty())
            out << u"%1: %2 (title case: %3)"_s.arg(path, text, words.join(u", "_s));
    }
}

void checkMenu(QStringList &out, QMenu *menu, const QString &path)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        check(out, path, action->text(), true);
        check(out, path, action->toolTip(), false);
        if (action->menu())
            checkMenu(out, action->menu(), path + u" > "_s + action->text());
    }
}

} // namespace

QStringList TextStyleAudit::titleCaseWords(const QString &text)
{
    QString plain = text;
    plain.remove(u'&');
    static const QRegularExpression space(u"\\s+"_s);
    static const QRegularExpression edges(u"^[^\\p{L}]+|[^\\p{L}]+$"_s);
    static const QRegularExpression lettersOnly(u"^\\p{L}+$"_s);
    QStringList found;
    const QStringList tokens = plain.split(space, Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        QString word = tokens.at(i);
        word.remove(edges);
        // Acronyms (AK, ID, I), mixed forms (cURL, X-Language, AK/SK) and names are not title case.
        if (word.size() < 2 || !lettersOnly.match(word).hasMatch() || kProperWords.contains(word))
            continue;
        if (word.front().isUpper() && word.mid(1) == word.mid(1).toLower())
            found << word;
    }
    return found;
}

bool TextStyleAudit::hasCurlyQuotes(const QString &text)
{
    static const QRegularExpression curly(u"[\\x{201C}\\x{201D}\\x{2018}\\x{2019}\\x{201E}]"_s);
    return curly.match(text).hasMatch();
}

QStringList TextStyleAudit::problems(QWidget *root)
{
    QStringList out;
    check(out, u"window title"_s, root->windowTitle(), true);
    for (QWidget *w : userFacingWidgets(root)) {
        const QString path = widgetPath(root, w);
        check(out, path + u" (tooltip)"_s, w->toolTip(), false);
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            check(out, path, button->text(), true);
        else if (auto *label = qobject_cast<QLabel *>(w))
            check(out, path, label->text(), label->buddy() != nullptr);  // a field's name, or a message
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            check(out, path, group->title(), true);
    }
    for (QTabBar *tabs : root->findChildren<QTabBar *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            check(out, widgetPath(root, tabs) + u"/tab"_s + QString::number(i), tabs->tabText(i), true);
    }
    if (auto *main = qobject_cast<QMainWindow *>(root); main && main->menuWidget()) {
        for (QAction *action : main->menuBar()->actions()) {
            if (action->menu())
                checkMenu(out, action->menu(), action->text());
        }
    }
    return out;
}

} // namespace smsc::test
