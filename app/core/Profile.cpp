#include "Profile.h"

namespace smsc {

QString requestLanguageId(RequestLanguage language)
{
    switch (language) {
    case RequestLanguage::None: return QStringLiteral("none");
    case RequestLanguage::EnUs: return QStringLiteral("en-us");
    case RequestLanguage::ZhCn: return QStringLiteral("zh-cn");
    }
    return {};
}

bool requestLanguageFromId(const QString &id, RequestLanguage *language)
{
    for (const RequestLanguage candidate : {RequestLanguage::None, RequestLanguage::EnUs, RequestLanguage::ZhCn}) {
        if (requestLanguageId(candidate) == id) {
            *language = candidate;
            return true;
        }
    }
    return false;
}

} // namespace smsc
