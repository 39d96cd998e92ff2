#include "Profile.h"

namespace smsc {

QString requestLanguageId(RequestLanguage language)
{
    switch (language) {
    case RequestLanguage::None:
        return QStringLiteral("none");
    case RequestLanguage::EnUs:
        return QStringLiteral("en-us");
    case RequestLanguage::ZhCn:
        break;
    }
    return QStringLiteral("zh-cn");
}

bool requestLanguageFromId(const QString &id, RequestLanguage *language)
{
    for (const RequestLanguage candidate : {RequestLanguage::None, RequestLanguage::EnUs, RequestLanguage::ZhCn}) {
        if (id.trimmed().compare(requestLanguageId(candidate), Qt::CaseInsensitive) == 0) {
            *language = candidate;
            return true;
        }
    }
    return false;
}

} // namespace smsc
