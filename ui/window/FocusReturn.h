// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace smsc {

/*!
 * When a dialog or secondary window closes and no window has the keyboard any more, gives it back
 * to the window the dialog belongs to. A window manager usually does this; without one (or with
 * one that leaves the focus nowhere) every key after closing a dialog would be lost.
 */
class FocusReturn final : public QObject
{
    Q_OBJECT
public:
    //! Watches every window of the application (an event filter on qApp) until destroyed.
    explicit FocusReturn(QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace smsc
