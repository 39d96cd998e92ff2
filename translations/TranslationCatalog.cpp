#include "TranslationCatalog.h"

namespace smsc {

QStringList TranslationCatalog::languages()
{
    return {u"en"_qs, u"zh_CN"_qs};
}

QString TranslationCatalog::appCatalogPath(const QString &code)
{
    return u":/i18n/sms-consistency_%1.qm"_qs.arg(code);
}

} // namespace smsc
