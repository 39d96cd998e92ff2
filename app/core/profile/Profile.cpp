// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/Profile.h"

using namespace Qt::StringLiterals;

namespace smsc {

QString requestLanguageId(RequestLanguage language)
{
    switch (language) {
    case RequestLanguage::None:
        return u"none"_s;
    case RequestLanguage::EnUs:
        return u"en-us"_s;
    case RequestLanguage::ZhCn:
        break;
    }
    return u"zh-cn"_s;
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
