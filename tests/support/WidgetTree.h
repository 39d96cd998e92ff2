// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace smsc::test {

//! The widgets a user meets under root, depth first with root first: child windows (dialogs,
//! popups), scroll-area viewports and the parts Qt builds inside controls (a spin box's editor,
//! a line edit's clear button, scroll bars, headers, toolbar extension buttons) are left out;
//! what a viewport or a tab widget shows is included.
QList<QWidget *> userFacingWidgets(QWidget *root);

//! Object names (class names where unnamed) from root down to widget, joined by '/'.
QString widgetPath(const QWidget *root, const QWidget *widget);

} // namespace smsc::test
