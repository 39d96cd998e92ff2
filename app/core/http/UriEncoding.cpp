// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/UriEncoding.h"

#include <QStringList>

namespace smsc {

QByteArray UriEncoding::component(const QString &raw)
{
    // Qt keeps exactly A-Z a-z 0-9 - . _ ~ and writes upper-case hex, as the gateway expects.
    return raw.toUtf8().toPercentEncoding();
}

QByteArray UriEncoding::path(const QString &rawPath)
{
    QByteArray out;
    out.reserve(rawPath.size() + 16);
    const QStringList segments = rawPath.split(u'/');
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (i > 0)
            out += '/';
        out += component(segments.at(i));
    }
    if (!out.startsWith('/'))
        out.prepend('/');
    if (!out.endsWith('/'))
        out += '/';
    return out;
}

} // namespace smsc
