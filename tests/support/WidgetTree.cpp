#include "WidgetTree.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHeaderView>
#include <QScrollBar>
#include <QStringList>
#include <QWidget>

namespace smsc::test {

namespace {

bool isQtInternalPart(const QWidget *w)
{
    if (w->objectName().startsWith(u"qt_"))  // qt_spinbox_lineedit, qt_scrollarea_*, qt_toolbar_ext_button
        return true;
    if (qobject_cast<const QScrollBar *>(w) || qobject_cast<const QHeaderView *>(w))
        return true;
    // The select-all button in a table's corner belongs to the table.
    return qstrcmp(w->metaObject()->className(), "QTableCornerButton") == 0;
}

// Controls whose children are their own parts (the line edit of an editable combo or a spin box).
bool ownsItsChildren(const QWidget *w)
{
    return qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w);
}

void collect(QWidget *w, QList<QWidget *> &out)
{
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
