// SPDX-License-Identifier: GPL-3.0-or-later
// The one neutraliser of text from the network (docs/ARCHITECTURE.md "Text from the network") and
// its JSON escaping. Input: any bytes, read both as UTF-8 and as raw UTF-16 (so lone surrogates,
// C1 controls and bidi controls all reach it); the neutralised text must keep none of them.
#include "FuzzSupport.h"

#include "util/UntrustedText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;
using namespace smsc;

namespace {

bool isBidiControl(char32_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// The promise, checked without UntrustedText's own helpers: no C0 or C1 control, DEL, line or
// paragraph separator, bidi control or lone surrogate; only \n and \t where lines are kept.
bool isInert(const QString &text, UntrustedText::Lines lines)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            return false;
        const char32_t code = c.unicode();
        if (lines == UntrustedText::Lines::Keep && (code == u'\n' || code == u'\t'))
            continue;
        if (code < 0x20 || (code >= 0x7F && code <= 0x9F) || code == 0x2028 || code == 0x2029 || isBidiControl(code))
            return false;
        if (c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

void checkNeutralised(const QString &text)
{
    for (const auto lines : {UntrustedText::Lines::Escape, UntrustedText::Lines::Keep}) {
        const QString safe = UntrustedText::neutralised(text, lines);
        SMSC_FUZZ_CHECK(isInert(safe, lines));  // also: no lone surrogate, so well-formed UTF-16
        SMSC_FUZZ_CHECK(UntrustedText::isSafe(safe, lines));
        SMSC_FUZZ_CHECK(UntrustedText::neutralised(safe, lines) == safe);  // idempotent
        SMSC_FUZZ_CHECK(UntrustedText::isSafe(text, lines) == (safe == text));
        // Nothing is dropped but a CR before LF where lines are kept: every other character
        // stays or grows into an escape.
        const qsizetype crlf = lines == UntrustedText::Lines::Keep ? text.count(u"\r\n"_s) : 0;
        SMSC_FUZZ_CHECK(safe.size() >= text.size() - crlf);
    }
}

// jsonEscaped promises the same document with C1, DEL, U+2028/U+2029 and the bidi controls written
// as \uXXXX escapes; C0 controls it leaves to QJsonDocument, which escapes them. `written` says the
// document came from QJsonDocument; any other (Qt reads raw C0 controls in strings too) is only
// checked for what jsonEscaped itself escapes.
void checkJsonEscaped(const QByteArray &json, bool written)
{
    QJsonParseError before{};
    const QJsonDocument original = QJsonDocument::fromJson(json, &before);
    const QByteArray escaped = UntrustedText::jsonEscaped(json);
    if (before.error != QJsonParseError::NoError)
        return;
    QJsonParseError after{};
    const QJsonDocument reread = QJsonDocument::fromJson(escaped, &after);
    SMSC_FUZZ_CHECK(after.error == QJsonParseError::NoError);
    // Qt's parser drops a U+FEFF that starts a string without escapes, and keeps it once an escape
    // is added (docs/PLATFORM.md "JSON"): there Qt is no oracle for "the same document".
    if (!json.contains("\"\xEF\xBB\xBF"))
        SMSC_FUZZ_CHECK(reread == original);
    // As text, outside the JSON whitespace (tab, LF, CR), the escaped document is inert.
    QString text = QString::fromUtf8(escaped);
    text.removeIf([written](QChar c) { return written ? c == u'\t' || c == u'\n' || c == u'\r' : c.unicode() < 0x20; });
    SMSC_FUZZ_CHECK(isInert(text, UntrustedText::Lines::Escape));
    SMSC_FUZZ_CHECK(UntrustedText::jsonEscaped(escaped) == escaped);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytes(data, size);
    const QString utf8 = QString::fromUtf8(bytes);
    // The same bytes as UTF-16 code units: any sequence of them, lone surrogates included.
    const QString utf16(reinterpret_cast<const QChar *>(bytes.constData()), bytes.size() / 2);

    checkNeutralised(utf8);
    checkNeutralised(utf16);
    for (const auto lines : {UntrustedText::Lines::Escape, UntrustedText::Lines::Keep})
        SMSC_FUZZ_CHECK(UntrustedText::fromUtf8(bytes, lines) == UntrustedText::neutralised(utf8, lines));

    // The documents the app writes (QJsonDocument escapes only C0), and the input as a document.
    for (const QString &text : {utf8, utf16}) {
        const QJsonObject object{{u"error_msg"_s, text}, {text, QJsonArray{text, 1}}};
        checkJsonEscaped(QJsonDocument(object).toJson(QJsonDocument::Compact), true);
        checkJsonEscaped(QJsonDocument(object).toJson(QJsonDocument::Indented), true);
    }
    checkJsonEscaped(bytes, false);
    return 0;
}
