// SPDX-License-Identifier: GPL-3.0-or-later
#include "WidgetTree.h"

#include <QAbstractSpinBox>
#include <QCalendarWidget>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QStringList>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace smsc::test {

namespace {

// Parts Qt builds inside other widgets, exposed through their owner. A deny list rather than
// every "qt_" name: a tab widget's page stack (qt_tabwidget_stackedwidget) holds the user's pages.
bool isQtInternalPart(const QWidget *w)
{
    static const QStringList prefixes = {u"qt_scrollarea_hcontainer"_s, u"qt_scrollarea_vcontainer"_s,
                                         u"qt_toolbar_ext_button"_s, u"qt_menubar_ext_button"_s,
                                         u"qt_dockwidget_"_s};
    for (const QString &prefix : prefixes) {
        if (w->objectName().startsWith(prefix))
            return true;
    }
    if (qobject_cast<const QScrollBar *>(w) || qobject_cast<const QHeaderView *>(w))
        return true;
    // The select-all button in a table's corner belongs to the table.
    return qstrcmp(w->metaObject()->className(), "QTableCornerButton") == 0;
}

// A scroll area's viewport is plumbing, but what it shows (a form, index widgets) is the user's.
bool isViewport(const QWidget *w)
{
    return w->objectName() == u"qt_scrollarea_viewport";
}

// Controls whose children are their own parts: the editor of a combo or spin box, the clear
// button of a line edit, the grid of a calendar.
bool ownsItsChildren(const QWidget *w)
{
    return qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QLineEdit *>(w) || qobject_cast<const QCalendarWidget *>(w);
}

void collect(QWidget *w, QList<QWidget *> &out)
{
    if (!isViewport(w))
        out.append(w);
    if (ownsItsChildren(w))
        return;
    const auto children = w->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (QWidget *child : children) {
        if (!child->isWindow() && !isQtInternalPart(child))
            collect(child, out);
    }
}

QString segment(const QWidget *w)
{
    return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                     : w->objectName();
}

} // namespace

QList<QWidget *> userFacingWidgets(QWidget *root)
{
    QList<QWidget *> out;
    if (root)
        collect(root, out);
    return out;
}

QString widgetPath(const QWidget *root, const QWidget *widget)
{
    QStringList parts;
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        parts.prepend(segment(w));
        if (w == root)
            break;
    }
    return parts.join(u'/');
}

} // namespace smsc::test
