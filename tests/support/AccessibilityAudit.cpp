// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessibilityAudit.h"

#include "WidgetTree.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace smsc::test {

namespace {

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

} // namespace

QList<UnnamedControl> AccessibilityAudit::unnamedControls(QWidget *root)
{
    QList<UnnamedControl> found;
    const auto widgets = userFacingWidgets(root);
    for (QWidget *w : widgets) {
        if (isInteractive(w) && !hasAccessibleName(w))
            found.append({w, widgetPath(root, w), QString::fromLatin1(w->metaObject()->className())});
    }
    return found;
}

QString AccessibilityAudit::describe(const QList<UnnamedControl> &problems)
{
    QStringList lines;
    lines.reserve(problems.size());
    for (const UnnamedControl &p : problems)
        lines.append(u"%1 (%2) has no accessible name"_s.arg(p.path, p.className));
    return lines.join(u'\n');
}

} // namespace smsc::test
