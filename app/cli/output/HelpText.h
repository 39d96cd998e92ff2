// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace smsc::cli {

/*!
 * Help text laid out by display width. QCommandLineParser wraps option descriptions by character
 * count, so a Chinese line (two columns per character) ran far past 80 columns; this takes Qt's
 * help apart again and wraps every description and paragraph to `columns` terminal columns.
 */
class HelpText final
{
public:
    static constexpr int kColumns = 79;

    //! Qt's helpText() (without its usage line) re-wrapped; entries stay aligned.
    static QString rewrap(const QString &qtHelp, int columns = kColumns);
    //! A paragraph wrapped to `columns`, each line after the first starting with `indent` spaces.
    static QString paragraph(const QString &text, int columns = kColumns, int indent = 0);
};

} // namespace smsc::cli
