// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/SelectableLabel.h"

#include <QStyleOptionFocusRect>
#include <QStylePainter>

namespace smsc {

SelectableLabel::SelectableLabel(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    // Keyboard selection would draw a caret; Ctrl+A and Ctrl+C work without it.
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setFocusPolicy(Qt::StrongFocus);
}

void SelectableLabel::paintEvent(QPaintEvent *event)
{
    QLabel::paintEvent(event);
    if (!hasFocus())
        return;
    QStylePainter painter(this);
    QStyleOptionFocusRect option;
    option.initFrom(this);
    option.backgroundColor = palette().color(backgroundRole());
    painter.drawPrimitive(QStyle::PE_FrameFocusRect, option);
}

} // namespace smsc
