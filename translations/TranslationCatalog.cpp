// SPDX-License-Identifier: GPL-3.0-or-later
#include "TranslationCatalog.h"

using namespace Qt::StringLiterals;

namespace smsc {

QStringList TranslationCatalog::languages()
{
    return {u"en"_s, u"zh_CN"_s};
}

QString TranslationCatalog::appCatalogPath(const QString &code)
{
    return u":/i18n/sms-consistency_%1.qm"_s.arg(code);
}

} // namespace smsc
