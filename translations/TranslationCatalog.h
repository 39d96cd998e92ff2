// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace smsc {

//! Where the embedded translations live (:/i18n/), shared by the GUI and the CLI.
class TranslationCatalog final
{
public:
    //! Language codes with an embedded catalogue: "en", "zh_CN".
    static QStringList languages();
    //! Resource path of the app's compiled catalogue for `code`.
    static QString appCatalogPath(const QString &code);
};

} // namespace smsc
