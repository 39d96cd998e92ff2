#include "AccessibilityAudit.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextEdit>

namespace smsc::test {

namespace {

// Parts Qt builds inside other controls: they are exposed through their owner, not on their own.
bool isQtInternal(const QWidget *w)
{
    if (w->objectName().startsWith(u"qt_"))  // qt_spinbox_lineedit, qt_scrollarea_*, qt_toolbar_ext_button
        return true;
    if (qobject_cast<const QScrollBar *>(w) || qobject_cast<const QHeaderView *>(w))
        return true;
    // The select-all button in a table's corner is named by the table itself.
    return qstrcmp(w->metaObject()->className(), "QTableCornerButton") == 0;
}

// Controls whose children are their own parts (the line edit of an editable combo or a spin box).
bool ownsItsChildren(const QWidget *w)
{
    return qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w);
}

bool isInteractive(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTextEdit *>(w)
        || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QAbstractSlider *>(w);
}

bool hasAccessibleName(QWidget *w)
{
    if (!w->accessibleName().trimmed().isEmpty())
        return true;
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    if (!iface)
        return false;
    if (!iface->relations(QAccessible::Label).isEmpty())  // a buddy label: AT-SPI "labelled-by"
        return true;
    // On Linux Qt names a combo box by its current value; a value read twice is not a name.
    const QString name = iface->text(QAccessible::Name).trimmed();
    return !name.isEmpty() && name != iface->text(QAccessible::Value).trimmed();
}

QString segment(const QWidget *w)
{
    return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                     : w->objectName();
}

void walk(QWidget *w, const QString &path, QList<UnnamedControl> &found)
{
    if (isInteractive(w) && !hasAccessibleName(w))
        found.append({w, path, QString::fromLatin1(w->metaObject()->className())});
    if (ownsItsChildren(w))
        return;
    const auto children = w->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (QWidget *child : children) {
        if (child->isWindow() || isQtInternal(child))
            continue;
        walk(child, path + u'/' + segment(child), found);
    }
}

} // namespace

QList<UnnamedControl> AccessibilityAudit::unnamedControls(QWidget *root)
{
    QList<UnnamedControl> found;
    if (root)
        walk(root, segment(root), found);
    return found;
}

QString AccessibilityAudit::describe(const QList<UnnamedControl> &problems)
{
    QStringList lines;
    lines.reserve(problems.size());
    for (const UnnamedControl &p : problems)
        lines.append(u"%1 (%2) has no accessible name"_qs.arg(p.path, p.className));
    return lines.join(u'\n');
}

} // namespace smsc::test
