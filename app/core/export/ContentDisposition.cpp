// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ContentDisposition.h"

#include <QStringDecoder>

#include <optional>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

constexpr int kMaxFileNameBytes = 200;  // ext4 allows 255; leave room for " (12)" suffixes

bool isOws(char c) { return c == ' ' || c == '\t'; }

void skipOws(const QByteArray &s, qsizetype &pos)
{
    while (pos < s.size() && isOws(s.at(pos)))
        ++pos;
}

// RFC 7230 quoted-string starting at s[pos] == '"'; a backslash escapes the next byte.
QByteArray readQuoted(const QByteArray &s, qsizetype &pos)
{
    QByteArray out;
    ++pos;
    while (pos < s.size()) {
        const char c = s.at(pos++);
        if (c == '"')
            return out;
        if (c == '\\' && pos < s.size())
            out += s.at(pos++);
        else
            out += c;
    }
    return out;  // unterminated: take what there is
}

QByteArray readToken(const QByteArray &s, qsizetype &pos)
{
    const qsizetype start = pos;
    while (pos < s.size() && s.at(pos) != ';')
        ++pos;
    return s.mid(start, pos - start).trimmed();
}

QString decodeBytes(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    return utf8.hasError() ? QString::fromLatin1(bytes) : text;
}

// RFC 8187 ext-value: charset'language'percent-encoded; only UTF-8 and ISO-8859-1 exist in practice.
std::optional<QString> decodeExtValue(const QByteArray &value)
{
    const qsizetype first = value.indexOf('\'');
    const qsizetype second = first < 0 ? -1 : value.indexOf('\'', first + 1);
    if (second < 0)
        return std::nullopt;
    const QByteArray charset = value.left(first).trimmed().toLower();
    const QByteArray bytes = QByteArray::fromPercentEncoding(value.mid(second + 1));
    if (charset == "utf-8") {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8(bytes);
        if (utf8.hasError())
            return std::nullopt;
        return text;
    }
    if (charset == "iso-8859-1")
        return QString::fromLatin1(bytes);
    return std::nullopt;
}

bool isDroppedCodePoint(uint c)
{
    if (c >= 0xD800 && c <= 0xDFFF)
        return true;
    const auto category = QChar::category(c);
    return category == QChar::Other_Control || category == QChar::Other_Format
        || category == QChar::Other_Surrogate || category == QChar::Other_NotAssigned
        || category == QChar::Separator_Line || category == QChar::Separator_Paragraph;
}

bool isWindowsDeviceName(const QString &name)
{
    const QString stem = name.section(u'.', 0, 0).trimmed().toUpper();
    static const QStringList fixed{u"CON"_s, u"PRN"_s,
                                   u"AUX"_s, u"NUL"_s};
    if (fixed.contains(stem))
        return true;
    return stem.size() == 4 && (stem.startsWith(u"COM") || stem.startsWith(u"LPT"))
        && stem.at(3) >= u'0' && stem.at(3) <= u'9';
}

QString trimDotsAndSpaces(QString s)
{
    while (!s.isEmpty() && (s.front() == u'.' || s.front().isSpace()))
        s.remove(0, 1);
    while (!s.isEmpty() && (s.back() == u'.' || s.back().isSpace()))
        s.chop(1);
    return s;
}

QString fromCodePoints(const QList<uint> &points)
{
    QString out;
    out.reserve(points.size());
    for (const uint p : points) {
        if (QChar::requiresSurrogates(p)) {
            out += QChar(QChar::highSurrogate(p));
            out += QChar(QChar::lowSurrogate(p));
        } else {
            out += QChar(char16_t(p));
        }
    }
    return out;
}

QString capLength(const QString &name)
{
    QList<uint> points = name.toUcs4();
    auto fits = [&] {
        return points.size() <= ContentDisposition::kMaxFileNameLength
            && fromCodePoints(points).toUtf8().size() <= kMaxFileNameBytes;
    };
    if (fits())
        return name;
    const qsizetype dot = points.lastIndexOf(u'.');
    const QList<uint> ext = (dot > 0 && points.size() - dot <= 16) ? points.mid(dot) : QList<uint>{};
    QList<uint> base = points.first(points.size() - ext.size());
    points.clear();
    while (!base.isEmpty()) {
        // A cut ending in '.' or a space would put it next to the extension ("name..csv").
        while (!base.isEmpty() && (base.constLast() == '.' || QChar::isSpace(base.constLast())))
            base.removeLast();
        if (base.isEmpty())
            break;
        points = base + ext;
        if (fits())
            break;
        points.clear();
        base.removeLast();
    }
    return trimDotsAndSpaces(fromCodePoints(points));
}

} // namespace

ContentDisposition ContentDisposition::parse(const QByteArray &headerValue)
{
    ContentDisposition result;
    qsizetype pos = 0;
    skipOws(headerValue, pos);
    result.m_type = QString::fromLatin1(readToken(headerValue, pos)).toLower();

    QString plain;
    std::optional<QString> extended;
    while (pos < headerValue.size()) {
        ++pos;  // the ';'
        skipOws(headerValue, pos);
        const qsizetype eq = headerValue.indexOf('=', pos);
        const qsizetype semi = headerValue.indexOf(';', pos);
        if (eq < 0 || (semi >= 0 && semi < eq)) {
            readToken(headerValue, pos);  // a parameter without a value: skip it
            continue;
        }
        const QByteArray name = headerValue.mid(pos, eq - pos).trimmed().toLower();
        pos = eq + 1;
        skipOws(headerValue, pos);
        QByteArray value;
        if (pos < headerValue.size() && headerValue.at(pos) == '"') {
            value = readQuoted(headerValue, pos);
            readToken(headerValue, pos);  // anything up to the next ';'
        } else {
            value = readToken(headerValue, pos);
        }
        if (name == "filename*" && !extended)
            extended = decodeExtValue(value);
        else if (name == "filename" && plain.isEmpty())
            plain = decodeBytes(value);
    }
    result.m_fileName = extended.value_or(plain);
    return result;
}

QString ContentDisposition::sanitise(const QString &name)
{
    QString base = name;
    base.replace(u'\\', u'/');
    const QStringList parts = base.split(u'/', Qt::SkipEmptyParts);
    base = parts.isEmpty() ? QString() : parts.constLast();

    QList<uint> kept;
    for (const uint c : base.toUcs4()) {
        if (isDroppedCodePoint(c))
            continue;
        if (c == '<' || c == '>' || c == ':' || c == '"' || c == '|' || c == '?' || c == '*') {
            kept.append(uint('_'));
            continue;
        }
        if (c == '.' && !kept.isEmpty() && kept.constLast() == '.')
            continue;  // no ".." anywhere
        kept.append(c);
    }
    QString cleaned = trimDotsAndSpaces(fromCodePoints(kept).simplified());
    if (cleaned.isEmpty())
        return {};
    if (isWindowsDeviceName(cleaned))
        cleaned.prepend(u'_');
    return capLength(cleaned);
}

QString ContentDisposition::extensionFor(const QByteArray &contentType)
{
    const QByteArray mime = contentType.split(';').constFirst().trimmed().toLower();
    if (mime == "text/csv" || mime == "application/csv" || mime == "text/comma-separated-values")
        return u"csv"_s;
    if (mime == "text/tab-separated-values")
        return u"tsv"_s;
    if (mime == "application/zip" || mime == "application/x-zip-compressed" || mime == "application/x-zip")
        return u"zip"_s;
    if (mime == "application/vnd.ms-excel")
        return u"xls"_s;
    if (mime == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        return u"xlsx"_s;
    if (mime == "application/json" || mime.endsWith("+json"))
        return u"json"_s;
    if (mime == "text/plain")
        return u"txt"_s;
    return u"bin"_s;
}

QString ContentDisposition::fallbackFileName(const QByteArray &contentType, const QDateTime &when)
{
    return u"consistency-results-%1.%2"_s
        .arg(when.toString(u"yyyyMMdd-HHmmss"_s), extensionFor(contentType));
}

QString ContentDisposition::fileNameFor(const QByteArray &contentDisposition,
                                        const QByteArray &contentType, const QDateTime &when)
{
    const QString name = parse(contentDisposition).sanitisedFileName();
    return name.isEmpty() ? fallbackFileName(contentType, when) : name;
}

} // namespace smsc
