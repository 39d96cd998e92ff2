// SPDX-License-Identifier: GPL-3.0-or-later
#include "errors/ErrorParser.h"

#include "errors/JsonPrefix.h"
#include "http/JsonText.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

// First non-empty scalar among `keys`.
QString firstOf(const QJsonObject &object, std::initializer_list<QLatin1StringView> keys)
{
    for (const auto key : keys) {
        const QString text = JsonText::scalar(object.value(key));
        if (!text.isEmpty())
            return text;
    }
    return {};
}

QString codeOf(const QJsonObject &o)
{
    return firstOf(o, {QLatin1StringView("error_code"), QLatin1StringView("code"),
                       QLatin1StringView("errorCode")});
}

QString messageOf(const QJsonObject &o)
{
    return firstOf(o, {QLatin1StringView("error_msg"), QLatin1StringView("message"),
                       QLatin1StringView("errorMessage"), QLatin1StringView("error_message"),
                       QLatin1StringView("msg")});
}

// The object that carries code/message: the top level, else {"error":{…}}, {"errors":[{…}]},
// or any other nested object that has them (the SDKs' fallback order).
QJsonObject carrierOf(const QJsonObject &top)
{
    if (!codeOf(top).isEmpty() || !messageOf(top).isEmpty())
        return top;
    const QJsonValue error = top.value(QLatin1StringView("error"));
    if (error.isObject())
        return error.toObject();
    const QJsonValue errors = top.value(QLatin1StringView("errors"));
    if (errors.isArray() && !errors.toArray().isEmpty() && errors.toArray().at(0).isObject())
        return errors.toArray().at(0).toObject();
    for (auto it = top.begin(); it != top.end(); ++it) {
        if (!it.value().isObject())
            continue;
        const QJsonObject nested = it.value().toObject();
        if (!codeOf(nested).isEmpty() || !messageOf(nested).isEmpty())
            return nested;
    }
    return top;
}

QStringList paramsOf(const QJsonValue &value)
{
    QStringList params;
    if (value.isArray()) {
        for (const QJsonValue item : value.toArray()) {
            if (!item.isObject() && !item.isArray() && !item.isNull() && !item.isUndefined())
                params << JsonText::scalar(item);
        }
    } else if (value.isString()) {
        params << value.toString();
    }
    return params;
}

QList<ErrorDetail> detailsOf(const QJsonValue &value)
{
    QList<ErrorDetail> details;
    for (const QJsonValue item : value.toArray()) {
        if (item.isObject())
            details.append({codeOf(item.toObject()), messageOf(item.toObject())});
    }
    return details;
}

bool looksLikeHtml(const QByteArray &head, const QByteArray &contentType)
{
    if (contentType.toLower().contains("html"))
        return true;
    const QByteArray start = head.left(256).trimmed().toLower();
    return start.startsWith("<!doctype") || start.startsWith("<html") || start.startsWith("<?xml")
        || start.startsWith("<head") || start.startsWith("<body");
}

QString decodeEntity(QStringView entity)
{
    if (entity == u"amp") return u"&"_s;
    if (entity == u"lt") return u"<"_s;
    if (entity == u"gt") return u">"_s;
    if (entity == u"quot") return u"\""_s;
    if (entity == u"apos") return u"'"_s;
    if (entity == u"nbsp") return u" "_s;
    if (entity.startsWith(u'#')) {
        bool ok = false;
        const uint code = entity.size() > 1 && (entity[1] == u'x' || entity[1] == u'X')
            ? entity.mid(2).toUInt(&ok, 16) : entity.mid(1).toUInt(&ok, 10);
        if (ok && code >= 0x20 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
            const char32_t c = code;
            return QString::fromUcs4(&c, 1);
        }
    }
    return {};
}

QDateTime parseStamp(const QString &text)
{
    // X-Sdk-Date style first (20250314T092653Z), then ISO 8601; built from fields, never via local time.
    const QString t = text.trimmed();
    if (t.size() == 16 && t.at(8) == u'T' && t.endsWith(u'Z')) {
        const QDate date = QDate::fromString(t.left(8), u"yyyyMMdd"_s);
        const QTime time = QTime::fromString(t.mid(9, 6), u"HHmmss"_s);
        return date.isValid() && time.isValid() ? QDateTime(date, time, Qt::UTC) : QDateTime();
    }
    const QDateTime iso = QDateTime::fromString(t, Qt::ISODate);
    return iso.isValid() && iso.timeSpec() != Qt::LocalTime ? iso.toUTC() : QDateTime();
}

} // namespace

QString ErrorParser::readableText(const QByteArray &body, const QByteArray &contentType)
{
    const QByteArray cut = body.left(kMaxBodyBytes);
    const bool html = looksLikeHtml(cut, contentType);
    QStringDecoder decoder(QStringDecoder::Utf8);
    // Decode no more than a generous multiple of the cap: the text is cut to kMaxReadableChars anyway,
    // but HTML spends most of its bytes on markup.
    const QString text = decoder(html ? cut : cut.left(kMaxReadableChars * 8));

    QString out;
    out.reserve(kMaxReadableChars + 8);
    bool pendingSpace = false;
    auto append = [&](QStringView piece) {
        for (const QChar c : piece) {
            if (c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
                pendingSpace = !out.isEmpty();
                continue;
            }
            if (pendingSpace) {
                out += u' ';
                pendingSpace = false;
            }
            out += c;
        }
    };

    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n && out.size() <= kMaxReadableChars) {
        const QChar c = text.at(i);
        if (html && c == u'<') {
            const qsizetype close = text.indexOf(u'>', i + 1);
            if (close < 0)
                break;
            const QStringView tag = QStringView(text).mid(i + 1, close - i - 1);
            qsizetype next = close + 1;
            // Script, style and comment contents are not text a person should read.
            for (const auto skip : {QStringView(u"script"), QStringView(u"style"), QStringView(u"head")}) {
                if (tag.startsWith(skip, Qt::CaseInsensitive)
                    && (tag.size() == skip.size() || !tag.at(skip.size()).isLetterOrNumber())) {
                    const qsizetype end = text.indexOf(QString(u"</"_s + skip), close, Qt::CaseInsensitive);
                    next = end < 0 ? n : text.indexOf(u'>', end) + 1;
                }
            }
            if (tag.startsWith(u"!--")) {
                const qsizetype end = text.indexOf(u"-->", i + 4);
                next = end < 0 ? n : end + 3;
            }
            pendingSpace = !out.isEmpty();
            i = next > i ? next : n;
            continue;
        }
        if (html && c == u'&') {
            const qsizetype semi = text.indexOf(u';', i + 1);
            if (semi > i && semi - i <= 10) {
                const QString decoded = decodeEntity(QStringView(text).mid(i + 1, semi - i - 1));
                if (!decoded.isEmpty()) {
                    append(decoded);
                    i = semi + 1;
                    continue;
                }
            }
        }
        append(QStringView(&c, 1));
        ++i;
    }
    if (html && out.isEmpty()) {
        // A page whose only text is its <title> (skipped above with the rest of <head>).
        const qsizetype open = text.indexOf(QLatin1StringView("<title"), 0, Qt::CaseInsensitive);
        const qsizetype start = open < 0 ? -1 : text.indexOf(u'>', open);
        const qsizetype end = start < 0 ? -1 : text.indexOf(QLatin1StringView("</title"), start, Qt::CaseInsensitive);
        if (end > start)
            return readableText(text.mid(start + 1, end - start - 1).toUtf8(), "text/html");
    }
    if (out.size() > kMaxReadableChars) {
        out.truncate(kMaxReadableChars);
        if (out.back().isHighSurrogate())
            out.chop(1);
        out += u'…';
    }
    return out;
}

QString ErrorParser::substitute(const QString &raw, const QStringList &params)
{
    if (params.isEmpty())
        return raw;
    static const QRegularExpression placeholder(uR"(\{(\d+)(?:\[(\d+)\])?\}|%s)"_s);
    QString out;
    qsizetype last = 0;
    int nextPrintf = 0;
    auto it = placeholder.globalMatch(raw);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(raw).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        qsizetype index = -1;
        if (m.captured(0) == u"%s") {
            index = nextPrintf++;
        } else if (m.capturedLength(2) > 0) {
            // {0[k]}: argument 0 is the whole error_param list, so this is its k-th entry.
            index = m.captured(1) == u"0" ? m.captured(2).toLongLong() : -1;
        } else {
            index = m.captured(1).toLongLong();
        }
        if (index >= 0 && index < params.size())
            out += params.at(index);
        else
            out += m.captured(0);
    }
    out += QStringView(raw).mid(last);
    return out;
}

QString ErrorParser::canonicalRequestEcho(const QString &message)
{
    static const QLatin1StringView marker("canonicalRequest:");
    const qsizetype at = message.indexOf(marker, 0, Qt::CaseInsensitive);
    if (at < 0)
        return {};
    QString echo = message.mid(at + marker.size());
    echo.replace(u'|', u'\n');
    return echo;
}

std::optional<qint64> ErrorParser::signatureSkew(const QString &message)
{
    static const QRegularExpression re(
        uR"(signature time\s*:\s*([^,]+),\s*server time\s*:\s*([^,;]+))"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(message);
    if (!m.hasMatch())
        return std::nullopt;
    const QDateTime signedAt = parseStamp(m.captured(1));
    const QDateTime serverAt = parseStamp(m.captured(2));
    if (!signedAt.isValid() || !serverAt.isValid())
        return std::nullopt;
    return serverAt.secsTo(signedAt);
}

ParsedErrorBody ErrorParser::parse(const QByteArray &body, const QByteArray &contentType, bool bodyCut)
{
    ParsedErrorBody parsed;
    parsed.truncated = bodyCut || body.size() > kMaxBodyBytes;
    const QByteArray cut = body.left(kMaxBodyBytes);

    QJsonParseError jsonError{};
    const QJsonDocument doc = QJsonDocument::fromJson(cut, &jsonError);
    QJsonObject top;
    if (jsonError.error == QJsonParseError::NoError && doc.isObject())
        top = doc.object();
    else if (parsed.truncated)
        top = JsonPrefix::salvageObject(cut);  // a cut JSON body no longer parses: keep what arrived
    if (!top.isEmpty()) {
        const QJsonObject carrier = carrierOf(top);
        parsed.errorCode = codeOf(carrier).trimmed();
        parsed.errorMsgRaw = messageOf(carrier);
        if (parsed.errorMsgRaw.isEmpty() && carrier != top)
            parsed.errorMsgRaw = firstOf(carrier, {QLatin1StringView("title")});
        parsed.structured = !parsed.errorCode.isEmpty() || !parsed.errorMsgRaw.isEmpty();
        const QJsonValue params = top.contains(QLatin1StringView("error_param"))
            ? top.value(QLatin1StringView("error_param")) : carrier.value(QLatin1StringView("error_param"));
        parsed.errorParam = paramsOf(params);
        parsed.details = detailsOf(top.contains(QLatin1StringView("details"))
            ? top.value(QLatin1StringView("details")) : carrier.value(QLatin1StringView("details")));
        parsed.encodedAuthorizationMessage = firstOf(top, {QLatin1StringView("encoded_authorization_message")});
        if (parsed.encodedAuthorizationMessage.isEmpty())
            parsed.encodedAuthorizationMessage = firstOf(carrier, {QLatin1StringView("encoded_authorization_message")});
        parsed.requestId = firstOf(top, {QLatin1StringView("request_id"), QLatin1StringView("requestId")});
        if (parsed.requestId.isEmpty())
            parsed.requestId = firstOf(carrier, {QLatin1StringView("request_id"), QLatin1StringView("requestId")});
    }
    if (!parsed.structured)
        parsed.errorMsgRaw = readableText(cut, contentType);
    else if (parsed.truncated && parsed.errorMsgRaw.size() > kMaxReadableChars)
        parsed.errorMsgRaw = parsed.errorMsgRaw.left(kMaxReadableChars) + u'…';

    parsed.errorMsg = substitute(parsed.errorMsgRaw, parsed.errorParam);
    parsed.gatewayCanonicalRequest = canonicalRequestEcho(parsed.errorMsgRaw);
    parsed.signatureSkewSeconds = signatureSkew(parsed.errorMsgRaw);
    return parsed;
}

} // namespace smsc
