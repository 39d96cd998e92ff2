// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaretAudit.h"

#include "WidgetTree.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringList>
#include <QStyle>
#include <QStyleHints>
#include <QStyleOptionFrame>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace smsc::test {

namespace {

bool isReadOnlyText(const QWidget *w)
{
    if (const auto *label = qobject_cast<const QLabel *>(w))
        return label->textInteractionFlags() != Qt::NoTextInteraction && !label->text().isEmpty();
    if (const auto *line = qobject_cast<const QLineEdit *>(w))
        return line->isReadOnly();
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(w))
        return plain->isReadOnly();
    if (const auto *rich = qobject_cast<const QTextEdit *>(w))
        return rich->isReadOnly();
    return false;
}

// What the widget draws inside its frame: the focus frame itself is not a caret.
QImage inside(QWidget *w)
{
    if (auto *area = qobject_cast<QAbstractScrollArea *>(w))
        return area->viewport()->grab().toImage();
    if (auto *line = qobject_cast<QLineEdit *>(w)) {
        QStyleOptionFrame option;
        option.initFrom(line);
        option.lineWidth = line->hasFrame() ? line->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, line) : 0;
        const QRect contents = line->style()->subElementRect(QStyle::SE_LineEditContents, &option, line);
        return line->grab(contents).toImage();
    }
    return w->grab().toImage();
}

// A caret is a thin upright bar: the pixels that change with the focus fit in a column a few
// pixels wide (a focus frame changes a whole outline instead).
bool differsByACaret(const QImage &before, const QImage &after, int lineHeight)
{
    if (before.size() != after.size())
        return false;
    QRect changed;
    for (int y = 0; y < before.height(); ++y) {
        for (int x = 0; x < before.width(); ++x) {
            if (before.pixel(x, y) != after.pixel(x, y))
                changed |= QRect(x, y, 1, 1);
        }
    }
    const qreal ratio = before.devicePixelRatio();
    return changed.isValid() && changed.width() <= 4 * ratio && changed.height() >= lineHeight * ratio / 2;
}

} // namespace

QList<QWidget *> CaretAudit::widgetsShowingACaret(QWidget *root)
{
    // A steady caret (no blinking): drawn in every grab while the widget has the focus.
    QStyleHints *hints = QGuiApplication::styleHints();
    const int flashTime = hints->cursorFlashTime();
    QApplication::setCursorFlashTime(0);
    QList<QWidget *> found;
    for (QWidget *w : userFacingWidgets(root)) {
        if (!w->isVisible() || !isReadOnlyText(w) || w->focusPolicy() == Qt::NoFocus)
            continue;
        w->clearFocus();
        QApplication::processEvents();
        const QImage unfocused = inside(w);
        w->setFocus(Qt::OtherFocusReason);  // not Tab: a line edit would select all
        QApplication::processEvents();
        const QImage focused = inside(w);
        if (w->hasFocus() && differsByACaret(unfocused, focused, w->fontMetrics().height()))
            found.append(w);
        w->clearFocus();
    }
    QApplication::setCursorFlashTime(flashTime);
    return found;
}

QString CaretAudit::describe(QWidget *root, const QList<QWidget *> &widgets)
{
    QStringList lines;
    for (const QWidget *w : widgets)
        lines << u"%1 (%2) shows a caret"_s.arg(widgetPath(root, w), QString::fromLatin1(w->metaObject()->className()));
    return lines.join(u'\n');
}

} // namespace smsc::test
