// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace smsc::cli {

//! Installs the app's embedded translation (and Qt's own) for the terminal's language
//! (LANGUAGE / LC_ALL / LC_MESSAGES / LANG, as QLocale::system() reads them).
class CliLanguage final
{
public:
    //! Returns the language code in use, "en" or "zh_CN"; translators are parented to `owner`.
    static QString install(QObject *owner);
};

} // namespace smsc::cli
