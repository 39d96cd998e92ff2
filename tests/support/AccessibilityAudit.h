// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

namespace smsc::test {

//! An interactive widget that assistive technology cannot name.
struct UnnamedControl
{
    QPointer<QWidget> widget;
    QString path;       //!< object names (or class names) from the audited window down to the widget
    QString className;
};

//! Walks a window's widget tree the way a screen reader sees it and lists every interactive
//! widget (buttons, tool buttons of toolbar actions, line and text edits, combo boxes, spin
//! boxes, sliders, item views) without an accessible name. A name is what Qt's accessibility
//! exposes: accessibleName, a buddy label (Label relation), or QAccessible::Name text such as a
//! button's text or a group box title; a combo box's current value, which Qt on Linux reports
//! as its name, does not count.
class AccessibilityAudit final
{
public:
    //! Every unnamed interactive widget under root (root included, child windows excluded).
    static QList<UnnamedControl> unnamedControls(QWidget *root);
    //! One line per problem, for QVERIFY2 messages.
    static QString describe(const QList<UnnamedControl> &problems);
};

} // namespace smsc::test
