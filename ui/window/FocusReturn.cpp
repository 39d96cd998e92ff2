// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/FocusReturn.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace smsc {

FocusReturn::FocusReturn(QObject *parent) : QObject(parent)
{
    qApp->installEventFilter(this);
}

bool FocusReturn::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Hide || !watched->isWidgetType())
        return QObject::eventFilter(watched, event);
    auto *closing = static_cast<QWidget *>(watched);
    const Qt::WindowType type = closing->windowType();
    // Dialogs and secondary windows only: menus and tooltips give the focus back by themselves.
    if (!closing->isWindow() || !closing->parentWidget() || (type != Qt::Dialog && type != Qt::Window))
        return QObject::eventFilter(watched, event);
    // After the hide is done: a window the window manager (or the user) activated meanwhile wins.
    QTimer::singleShot(0, this, [back = QPointer<QWidget>(closing->parentWidget()->window())] {
        if (back && back->isVisible() && !QApplication::activeWindow())
            back->activateWindow();
    });
    return QObject::eventFilter(watched, event);
}

} // namespace smsc
