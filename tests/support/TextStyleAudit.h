// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace smsc::test {

//! The English house style of docs/ARCHITECTURE.md ("Text style"): window titles, buttons, menus,
//! tabs, group boxes and field labels in sentence case (only the first word capitalised, besides
//! acronyms and the product's name), and quotation marks straight ("…"), never curly.
class TextStyleAudit final
{
public:
    //! "path: text (why)" for every text of root's window, its menus included, that breaks the style.
    static QStringList problems(QWidget *root);
    //! The words after the first that are capitalised like a title ("Export History" → "History").
    static QStringList titleCaseWords(const QString &text);
    //! True when text holds a curly quotation mark (“ ” ‘ ’ „).
    static bool hasCurlyQuotes(const QString &text);
};

} // namespace smsc::test
