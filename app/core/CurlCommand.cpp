#include "CurlCommand.h"

#include "RequestRedactor.h"

namespace smsc {

QString CurlCommand::shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString CurlCommand::fromRecord(const RequestRecord &record)
{
    QStringList parts{QStringLiteral("curl"), QStringLiteral("-sS"), QStringLiteral("-i")};
    if (record.method != "GET" || !record.body.isEmpty())
        parts << QStringLiteral("-X") << QString::fromLatin1(record.method);
    parts << shellQuote(record.url);
    for (const auto &[name, value] : record.headers) {
        // cURL computes these itself; a stale copy would only confuse.
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            continue;
        parts << QStringLiteral("-H")
              << shellQuote(QString::fromLatin1(name) + u": " + QString::fromUtf8(value));
    }
    if (!record.body.isEmpty())
        parts << QStringLiteral("--data-binary") << shellQuote(QString::fromUtf8(record.body));
    return parts.join(u' ');
}

QString CurlCommand::fromRequest(const HttpRequest &request)
{
    return fromRecord(RequestRedactor::record(request, SignatureParts{}, QDateTime()));
}

} // namespace smsc
