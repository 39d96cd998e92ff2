// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace smsc::test {

//! Read-only text must not show a text cursor (docs/ARCHITECTURE.md "Text style"): a label or a
//! read-only field may be selectable, but a blinking caret says "type here" where nothing can be typed.
class CaretAudit final
{
public:
    //! The visible read-only labels and fields under root that draw a caret once they have the
    //! keyboard focus: each gets the focus in turn and is drawn with and without it.
    //! root must be a shown, active window.
    static QList<QWidget *> widgetsShowingACaret(QWidget *root);
    //! One "path (class)" per widget, for QVERIFY2 messages.
    static QString describe(QWidget *root, const QList<QWidget *> &widgets);
};

} // namespace smsc::test
