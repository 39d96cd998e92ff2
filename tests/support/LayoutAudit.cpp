// SPDX-License-Identifier: GPL-3.0-or-later
#include "LayoutAudit.h"

#include "WidgetTree.h"

#include <QAbstractScrollArea>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace smsc::test {

namespace {

// Content fits its size hint; a shrinkable widget promises to work down to its minimum size
// hint. Some Qt widgets (QTabBar with scroll buttons) report a minimum hint above the size hint,
// and their owner lays them out at the size hint, so the smaller of the two counts.
int neededLength(QSizePolicy::Policy policy, int minimumHint, int hint)
{
    if (policy == QSizePolicy::Ignored)
        return 0;
    minimumHint = qMax(minimumHint, 0);  // an invalid hint (-1) asks for nothing
    hint = qMax(hint, 0);
    if (policy & QSizePolicy::ShrinkFlag)
        return hint > 0 ? qMin(minimumHint, hint) : minimumHint;
    return hint > 0 ? hint : minimumHint;
}

QSize neededSize(const QWidget *w)
{
    const QSizePolicy policy = w->sizePolicy();
    // Text edits, item views and scroll areas scroll their content: one visible line is enough.
    if (const auto *area = qobject_cast<const QAbstractScrollArea *>(w)) {
        if (policy.verticalPolicy() == QSizePolicy::Ignored)
            return {0, 0};
        return {0, 2 * area->frameWidth() + area->fontMetrics().lineSpacing()};
    }
    const QSize hint = w->sizeHint();
    const QSize minimumHint = w->minimumSizeHint();
    QSize needed(neededLength(policy.horizontalPolicy(), minimumHint.width(), hint.width()),
                 neededLength(policy.verticalPolicy(), minimumHint.height(), hint.height()));
    if (w->hasHeightForWidth() && policy.verticalPolicy() != QSizePolicy::Ignored)
        needed.setHeight(qMax(needed.height(), w->heightForWidth(w->width())));
    return needed;
}

} // namespace

QList<ClippedWidget> LayoutAudit::clippedWidgets(QWidget *root)
{
    QList<ClippedWidget> found;
    const auto widgets = userFacingWidgets(root);
    for (QWidget *w : widgets) {
        // A widget squeezed to nothing (a collapsed splitter pane) is hidden, not clipped.
        if (!w->isVisible() || w->width() <= 0 || w->height() <= 0)
            continue;
        const QSize needed = neededSize(w);
        if (w->width() < needed.width() || w->height() < needed.height()) {
            found.append({w, widgetPath(root, w), QString::fromLatin1(w->metaObject()->className()),
                          w->size(), needed});
        }
    }
    return found;
}

QString LayoutAudit::describe(const QList<ClippedWidget> &problems)
{
    QStringList lines;
    lines.reserve(problems.size());
    for (const ClippedWidget &p : problems) {
        lines.append(u"%1 (%2) is %3x%4 but needs %5x%6"_s.arg(p.path, p.className)
                         .arg(p.size.width()).arg(p.size.height())
                         .arg(p.needed.width()).arg(p.needed.height()));
    }
    return lines.join(u'\n');
}

} // namespace smsc::test
