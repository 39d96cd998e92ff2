// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

namespace smsc::test {

//! A colour fixed in code instead of taken from the palette: it stays the same when the user's
//! palette turns dark, so text or backgrounds can vanish.
struct HardCodedColour
{
    QPointer<QWidget> widget;  //!< null for the application style sheet
    QString path;
    QString where;             //!< e.g. "style sheet: color: #333", "palette: Window"
};

//! Finds hard-coded colours under root: colour literals (#rgb, rgb(), hsl(), colour names) in
//! the application's or a widget's style sheet (palette(role) references are fine), colours in a
//! label's rich text, and explicitly set palette entries whose colour is none of the
//! application palette's colours. Run it with a dark application palette set.
class ThemeAudit final
{
public:
    //! Every hard-coded colour under root (child windows excluded) and in the application style sheet.
    static QList<HardCodedColour> hardCodedColours(QWidget *root);
    //! One line per problem, for QVERIFY2 messages.
    static QString describe(const QList<HardCodedColour> &problems);
};

} // namespace smsc::test
