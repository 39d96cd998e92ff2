// SPDX-License-Identifier: GPL-3.0-or-later
#include "redaction/CurlCommand.h"

#include "redaction/RequestRedactor.h"

using namespace Qt::StringLiterals;

namespace smsc {

QString CurlCommand::shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString CurlCommand::fromRecord(const RequestRecord &record)
{
    QStringList parts{u"curl"_s, u"-sS"_s, u"-i"_s};
    if (record.method != "GET" || !record.body.isEmpty())
        parts << u"-X"_s << QString::fromLatin1(record.method);
    parts << shellQuote(record.url);
    for (const auto &[name, value] : record.headers) {
        // cURL computes these itself; a stale copy would only confuse.
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            continue;
        parts << u"-H"_s
              << shellQuote(QString::fromLatin1(name) + u": " + QString::fromUtf8(value));
    }
    if (!record.body.isEmpty())
        parts << u"--data-binary"_s << shellQuote(QString::fromUtf8(record.body));
    return parts.join(u' ');
}

QString CurlCommand::fromRequest(const HttpRequest &request)
{
    return fromRecord(RequestRedactor::record(request, {}, {}, QDateTime()));
}

} // namespace smsc
