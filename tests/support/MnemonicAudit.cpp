// SPDX-License-Identifier: GPL-3.0-or-later
#include "MnemonicAudit.h"

#include "WidgetTree.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMainWindow>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTabBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace smsc::test {

namespace {

using Scope = QMap<QString, QStringList>;  // "Alt+F" -> owners

void claim(Scope &scope, const QString &text, const QString &owner)
{
    const QKeySequence mnemonic = QKeySequence::mnemonic(text);
    if (!mnemonic.isEmpty())
        scope[mnemonic.toString()].append(owner + u": "_s + text);
}

Scope windowScope(QWidget *root)
{
    Scope scope;
    for (QWidget *w : userFacingWidgets(root)) {
        if (!w->isVisibleTo(root) && w != root)
            continue;
        const QString path = widgetPath(root, w);
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            claim(scope, button->text(), path);
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            claim(scope, label->text(), path);
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            claim(scope, group->title(), path);
        if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                claim(scope, tabs->tabText(i), path + u"/tab"_s + QString::number(i));
        }
    }
    // A tab widget's bar is one of Qt's inner parts; its tabs are the user's.
    for (QTabBar *tabs : root->findChildren<QTabBar *>()) {
        if (tabs->window() != root || !tabs->isVisibleTo(root) || userFacingWidgets(root).contains(tabs))
            continue;
        for (int i = 0; i < tabs->count(); ++i)
            claim(scope, tabs->tabText(i), widgetPath(root, tabs) + u"/tab"_s + QString::number(i));
    }
    if (auto *main = qobject_cast<QMainWindow *>(root); main && main->menuWidget()) {
        for (QAction *action : main->menuBar()->actions()) {
            if (action->isVisible() && !action->isSeparator())
                claim(scope, action->text(), u"menu bar"_s);
        }
    }
    return scope;
}

void menuScopes(QMenu *menu, const QString &path, QList<std::pair<QString, Scope>> &out)
{
    Scope scope;
    for (QAction *action : menu->actions()) {
        if (!action->isVisible() || action->isSeparator())
            continue;
        claim(scope, action->text(), path);
        if (action->menu())
            menuScopes(action->menu(), path + u" > "_s + QAction(action->text()).iconText(), out);
    }
    out.append({path, scope});
}

void addClashes(const Scope &scope, QList<MnemonicClash> &out)
{
    for (auto it = scope.cbegin(); it != scope.cend(); ++it) {
        if (it.value().size() > 1)
            out.append({it.key(), it.value()});
    }
}

} // namespace

QList<MnemonicClash> MnemonicAudit::clashes(QWidget *root)
{
    QList<MnemonicClash> found;
    addClashes(windowScope(root), found);
    if (auto *main = qobject_cast<QMainWindow *>(root); main && main->menuWidget()) {
        QList<std::pair<QString, Scope>> menus;
        for (QAction *action : main->menuBar()->actions()) {
            if (action->menu())
                menuScopes(action->menu(), QAction(action->text()).iconText(), menus);
        }
        for (const auto &[path, scope] : std::as_const(menus))
            addClashes(scope, found);
    }
    // A button's menu (QPushButton::setMenu, a tool button's popup) is a scope of its own too.
    QList<std::pair<QString, Scope>> buttonMenus;
    for (QWidget *w : userFacingWidgets(root)) {
        QMenu *menu = nullptr;
        if (auto *push = qobject_cast<QPushButton *>(w))
            menu = push->menu();
        else if (auto *tool = qobject_cast<QToolButton *>(w))
            menu = tool->menu();
        if (menu && w->isVisibleTo(root))
            menuScopes(menu, widgetPath(root, w), buttonMenus);
    }
    for (const auto &[path, scope] : std::as_const(buttonMenus))
        addClashes(scope, found);
    return found;
}

QStringList MnemonicAudit::windowMnemonics(QWidget *root)
{
    QStringList lines;
    const Scope scope = windowScope(root);
    for (auto it = scope.cbegin(); it != scope.cend(); ++it)
        lines.append(it.key() + u" = "_s + it.value().join(u" | "_s));
    return lines;
}

QString MnemonicAudit::describe(const QList<MnemonicClash> &clashes)
{
    QStringList lines;
    for (const MnemonicClash &clash : clashes)
        lines.append(u"%1 is claimed by: %2"_s.arg(clash.key, clash.owners.join(u"; "_s)));
    return lines.join(u'\n');
}

} // namespace smsc::test
