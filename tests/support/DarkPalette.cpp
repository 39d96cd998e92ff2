// SPDX-License-Identifier: GPL-3.0-or-later
#include "DarkPalette.h"

#include <QColor>

namespace smsc::test {

QPalette darkFusionPalette()
{
    const QColor window(0x35, 0x35, 0x35);
    const QColor base(0x2a, 0x2a, 0x2a);
    const QColor text(0xee, 0xee, 0xee);
    const QColor disabledText(0x7f, 0x7f, 0x7f);
    const QColor accent(0x2a, 0x6f, 0xb8);  // white text on it keeps a 5:1 contrast

    // Constructed from button and window colours so Light, Mid, Dark and Shadow follow.
    QPalette palette(text, window, window.lighter(150), window.darker(200), window.darker(150),
                     text, QColor(Qt::white), base, window);
    palette.setColor(QPalette::AlternateBase, QColor(0x42, 0x42, 0x42));
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb0, 0xf5));
    palette.setColor(QPalette::LinkVisited, QColor(0xb4, 0x9c, 0xf5));
    palette.setColor(QPalette::Highlight, accent);
    palette.setColor(QPalette::HighlightedText, QColor(Qt::white));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                            QPalette::HighlightedText, QPalette::PlaceholderText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return palette;
}

} // namespace smsc::test
