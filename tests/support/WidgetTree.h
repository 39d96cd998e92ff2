#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace smsc::test {

//! The widgets a user meets under root, depth first with root first: child windows (dialogs,
//! popups) and the parts Qt builds inside composite controls (a spin box's editor, scroll bars,
//! headers, toolbar extension buttons) are left out, as they are exposed through their owner.
QList<QWidget *> userFacingWidgets(QWidget *root);

//! Object names (class names where unnamed) from root down to widget, joined by '/'.
QString widgetPath(const QWidget *root, const QWidget *widget);

} // namespace smsc::test
