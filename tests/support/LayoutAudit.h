// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointer>
#include <QSize>
#include <QString>
#include <QWidget>

namespace smsc::test {

//! A shown widget smaller than its content needs, so text or controls are cut off.
struct ClippedWidget
{
    QPointer<QWidget> widget;
    QString path;
    QString className;
    QSize size;    //!< what the layout gave it
    QSize needed;  //!< what its content asks for
};

//! Finds clipping in a shown window, e.g. at QT_SCALE_FACTOR=2 or with large fonts: every
//! visible widget whose size is below what it needs: its minimum size hint (capped by its size
//! hint), or its size hint where the size policy forbids shrinking; nothing where it is Ignored;
//! or, for word-wrapped text, below the height its width requires. A scrolling widget (text
//! edit, item view, scroll area) needs only to show one line. An explicit setMinimumSize
//! or setFixedSize / setMaximumSize does not excuse a widget: fixed sizes are what clips at
//! larger scales.
class LayoutAudit final
{
public:
    //! Every clipped, visible, user-facing widget under root; call after the window is shown.
    static QList<ClippedWidget> clippedWidgets(QWidget *root);
    //! One line per problem, for QVERIFY2 messages.
    static QString describe(const QList<ClippedWidget> &problems);
};

} // namespace smsc::test
