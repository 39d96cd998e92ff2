// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace smsc {

/*!
 * Text from outside (a response body, a header, a file name, a decoded STS message) made safe to
 * show on a terminal, in a widget, a log or a saved report (docs/ARCHITECTURE.md "Text from the
 * network"). C0 and C1 controls, DEL, line/paragraph separators, lone surrogates and the
 * bidirectional marks, embeddings, overrides and isolates become visible escapes: `\x1b`,
 * `\x9b`, `\u202e`; `\n`, `\r` and `\t` become `\n`, `\r`, `\t` unless a field keeps its lines.
 * Idempotent: neutralised text contains no character it would escape. Pure.
 */
class UntrustedText final
{
public:
    enum class Lines {
        Escape,  //!< one-line fields: \n, \r and \t shown as escapes
        Keep,    //!< multi-line fields: \n and \t kept, \r\n becomes \n, a lone \r is escaped
    };

    //! `text` with every dangerous character shown as an escape.
    static QString neutralised(QStringView text, Lines lines = Lines::Escape);
    //! UTF-8 bytes (invalid sequences become U+FFFD), then neutralised().
    static QString fromUtf8(QByteArrayView utf8, Lines lines = Lines::Escape);
    //! True when neutralised(text, lines) would change nothing.
    static bool isSafe(QStringView text, Lines lines = Lines::Escape);
    //! True for a code point neutralised() always escapes (whatever the Lines mode).
    static bool isDangerous(char32_t codePoint);
    //! UTF-8 JSON text (e.g. from QJsonDocument, which escapes only C0) with C1 controls, DEL,
    //! U+2028/U+2029 and the bidi controls written as \uXXXX escapes: the same document, inert.
    static QByteArray jsonEscaped(const QByteArray &json);
};

} // namespace smsc
