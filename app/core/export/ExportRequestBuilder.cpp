// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportRequestBuilder.h"

#include <algorithm>

namespace smsc {

namespace {

constexpr char kHexDigits[] = "0123456789abcdef";

bool needsEscape(char16_t c)
{
    return c == u'"' || c == u'\\' || c < 0x20;
}

// The general path: UTF-8 first, then escapes, copying runs of plain bytes in one go.
void appendEscapedUtf8(QByteArray &out, QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    const char *const begin = utf8.constData();
    const char *const end = begin + utf8.size();
    const char *run = begin;
    for (const char *p = begin; p != end; ++p) {
        if (!needsEscape(static_cast<unsigned char>(*p)))
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (*p) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default: {
            const char escape[] = {'\\', 'u', '0', '0', kHexDigits[(*p >> 4) & 0xf], kHexDigits[*p & 0xf]};
            out.append(escape, sizeof escape);
        }
        }
    }
    out.append(run, end - run);
}

// ASCII that needs no escape goes into JSON as is. An OR-reduction with no early exit and no bool
// accumulator, so an optimised build (-O3, CMake's Release) vectorises it; ids and names are
// nearly always plain, so they are checked in full anyway.
bool isPlainAscii(QStringView text)
{
    const char16_t *const chars = text.utf16();
    char16_t special = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = chars[i];
        special |= static_cast<char16_t>(c < 0x20 || c >= 0x80 || c == u'"' || c == u'\\');
    }
    return special == 0;
}

void appendJsonString(QByteArray &out, QStringView text)
{
    if (!isPlainAscii(text)) {
        out += '"';
        appendEscapedUtf8(out, text);
        out += '"';
        return;
    }
    // Narrow straight into `out`, quotes included: no UTF-8 temporary, no per-byte append call.
    const qsizetype start = out.size();
    out.resize(start + 1 + text.size() + 1);
    char *dst = out.data() + start;
    *dst++ = '"';
    const char16_t *const chars = text.utf16();
    dst = std::transform(chars, chars + text.size(), dst, [](char16_t c) { return static_cast<char>(c); });
    *dst = '"';
}

} // namespace

QByteArray ExportRequestBuilder::exportBody(const QList<TaskRow> &rows)
{
    QByteArray body;
    qsizetype estimate = 16;
    for (const TaskRow &row : rows)
        estimate += 64 + (row.taskId.size() + row.sourceId.size() + row.sourceName.size()) * 9 / 8;
    body.reserve(estimate);
    body += "{\"task_info\":[";
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const TaskRow &row = rows.at(i);
        body += i == 0 ? "{\"task_id\":" : ",{\"task_id\":";
        appendJsonString(body, row.taskId);
        body += ",\"source_id\":";
        appendJsonString(body, row.sourceId);
        body += ",\"source_name\":";
        appendJsonString(body, row.sourceName);
        body += '}';
    }
    body += "]}";
    return body;
}

HttpRequest ExportRequestBuilder::requestFor(const QByteArray &method, const QUrl &base, const QString &path)
{
    HttpRequest request;
    request.method = method;
    request.scheme = base.scheme().toLower();
    request.host = HttpRequest::hostFor(base);
    QString prefix = base.path(QUrl::FullyDecoded);
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    request.path = prefix + path;
    return request;
}

HttpRequest ExportRequestBuilder::getRequest(const QUrl &base, const QString &path, const QueryList &query)
{
    HttpRequest request = requestFor(QByteArrayLiteral("GET"), base, path);
    request.query = query;
    request.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    return request;
}

HttpRequest ExportRequestBuilder::exportRequest(const QList<TaskRow> &rows, const Profile &profile,
                                                const QString &accountId, const ServiceEndpoints &endpoints)
{
    HttpRequest request = requestFor(QByteArrayLiteral("POST"), endpoints.sms, QString::fromLatin1(kExportPath));
    request.setHeader(QByteArrayLiteral("Content-Type"), QByteArray(kExportContentType));
    if (profile.scopeHeader == ScopeHeader::ProjectId) {
        if (!profile.projectId.trimmed().isEmpty())
            request.setHeader(QByteArrayLiteral("X-Project-Id"), profile.projectId.trimmed().toUtf8());
    } else if (!accountId.trimmed().isEmpty()) {
        request.setHeader(QByteArrayLiteral("X-Domain-Id"), accountId.trimmed().toUtf8());
    }
    if (profile.language != RequestLanguage::None)
        request.setHeader(QByteArrayLiteral("X-Language"), requestLanguageId(profile.language).toLatin1());
    request.body = exportBody(rows);
    return request;
}

PreparedRequest ExportRequestBuilder::buildExport(const QList<TaskRow> &rows, const Profile &profile,
                                                  const QString &accountId, const ServiceEndpoints &endpoints,
                                                  const Credentials &credentials, const QDateTime &utc)
{
    return authorize(exportRequest(rows, profile, accountId, endpoints), credentials, utc);
}

PreparedRequest ExportRequestBuilder::authorize(HttpRequest request, const Credentials &credentials,
                                                const QDateTime &utc)
{
    // A request may be re-authorized (retry, other credentials): drop every earlier auth header.
    request.headers.removeIf([](const QPair<QByteArray, QByteArray> &header) {
        const QByteArray name = header.first.toLower();
        return name == "x-auth-token" || name == "x-security-token" || name == "authorization"
            || name == "x-sdk-date";
    });
    PreparedRequest prepared;
    switch (credentials.mode) {
    case AuthMode::IamToken:
        request.setHeader(QByteArrayLiteral("X-Auth-Token"), credentials.iamToken.trimmed().toUtf8());
        prepared.request = request;
        return prepared;
    case AuthMode::TemporaryAkSk:
        request.setHeader(QByteArrayLiteral("X-Security-Token"), credentials.securityToken.trimmed().toUtf8());
        break;
    case AuthMode::AkSk:
        break;
    }
    prepared.signature = Signer::sign(request, credentials.accessKey.trimmed(), credentials.secretKey.trimmed(), utc);
    prepared.request = Signer::applied(request, prepared.signature);
    return prepared;
}

} // namespace smsc
