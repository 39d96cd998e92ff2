// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/UntrustedText.h"

#include <QStringDecoder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

bool isBidiControl(char32_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
}

void appendEscape(QString &out, char32_t c)
{
    switch (c) {
    case u'\n': out += u"\\n"; return;
    case u'\r': out += u"\\r"; return;
    case u'\t': out += u"\\t"; return;
    default: break;
    }
    if (c < 0x100)
        out += u"\\x"_s + QString::number(uint(c), 16).rightJustified(2, u'0');
    else
        out += u"\\u"_s + QString::number(uint(c), 16).rightJustified(4, u'0');
}

bool keepsLine(char32_t c, UntrustedText::Lines lines)
{
    return lines == UntrustedText::Lines::Keep && (c == u'\n' || c == u'\t');
}

} // namespace

bool UntrustedText::isDangerous(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || isBidiControl(c)
        || (c >= 0xD800 && c <= 0xDFFF);
}

QString UntrustedText::neutralised(QStringView text, Lines lines)
{
    if (isSafe(text, lines))
        return text.toString();
    QString out;
    out.reserve(text.size() + 16);
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        char32_t code = c.unicode();
        // A valid surrogate pair is one ordinary character; a lone half is escaped below.
        if (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        if (lines == Lines::Keep && code == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
            continue;  // CRLF: the \n that follows is kept
        if (isDangerous(code) && !keepsLine(code, lines))
            appendEscape(out, code);
        else
            out += c;
    }
    return out;
}

QString UntrustedText::fromUtf8(QByteArrayView utf8, Lines lines)
{
    // Stateless: a sequence cut at the end becomes U+FFFD too, instead of waiting for bytes that never come.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(utf8);
    return neutralised(text, lines);
}

bool UntrustedText::isSafe(QStringView text, Lines lines)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (isDangerous(c.unicode()) && !keepsLine(c.unicode(), lines))
            return false;
    }
    return true;
}

QByteArray UntrustedText::jsonEscaped(const QByteArray &json)
{
    // Outside strings a JSON document holds only ASCII, so every such sequence is inside a string,
    // where \uXXXX means the same character.
    // Only these lead bytes can start a sequence that is escaped; most documents have none of them
    // and are returned as they are (shared, not copied).
    const auto leads = [](char c) {
        const auto b = uchar(c);
        return b == 0x7F || b == 0xC2 || b == 0xD8 || b == 0xE2;
    };
    const qsizetype first = std::find_if(json.cbegin(), json.cend(), leads) - json.cbegin();
    const qsizetype n = json.size();
    if (first == n)
        return json;
    QByteArray out;
    out.reserve(n);
    out.append(json.constData(), first);
    for (qsizetype i = first; i < n; ++i) {
        const auto b = uchar(json.at(i));
        char32_t code = 0;
        qsizetype length = 1;
        if (b == 0x7F) {
            code = b;
        } else if (b == 0xC2 && i + 1 < n && uchar(json.at(i + 1)) >= 0x80 && uchar(json.at(i + 1)) <= 0x9F) {
            code = uchar(json.at(i + 1));
            length = 2;
        } else if ((b == 0xD8 || b == 0xE2) && i + 1 < n) {
            const QString decoded = QString::fromUtf8(json.mid(i, b == 0xD8 ? 2 : 3));
            if (decoded.size() == 1 && isDangerous(decoded.at(0).unicode())) {
                code = decoded.at(0).unicode();
                length = b == 0xD8 ? 2 : 3;
            }
        }
        if (code == 0) {
            out += char(b);
            continue;
        }
        out += "\\u" + QByteArray::number(uint(code), 16).rightJustified(4, '0');
        i += length - 1;
    }
    return out;
}

} // namespace smsc
