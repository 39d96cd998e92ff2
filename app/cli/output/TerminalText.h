// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringView>

namespace smsc::cli {

/*!
 * Text meant for a terminal: what may reach it, and how wide it is there. Every piece of the
 * progress line passes printable(); help text is wrapped by display width, not by characters
 * (a CJK character takes two columns).
 */
class TerminalText final
{
public:
    //! `text` with every control or bidirectional-formatting character escaped (UntrustedText), so
    //! nothing (from the network or elsewhere) can move the cursor, recolour or reorder the line.
    static QString printable(QStringView text);
    //! Columns `text` takes on a terminal: 2 for East Asian wide characters, 0 for combining marks.
    static int width(QStringView text);
    //! `text` cut to at most `columns` columns, ending in "…" when cut.
    static QString elide(const QString &text, int columns);
    //! `text` wrapped into lines of at most `columns` columns: at spaces, between wide characters,
    //! or inside a word longer than a line. Existing line breaks are kept.
    static QStringList wrap(const QString &text, int columns);
    //! True when the locale of `environment` (the first set of LC_ALL, LC_CTYPE, LANG) is UTF-8, so
    //! marks such as ✓ and ✗ can be shown; otherwise (the C locale) ASCII stands in.
    static bool unicodeAllowed(const QProcessEnvironment &environment);
    //! Columns of one code point.
    static int width(char32_t ucs4);
};

} // namespace smsc::cli
