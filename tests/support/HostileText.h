// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

using namespace Qt::StringLiterals;

// What a hostile server puts in every text field, and the independent check that none of it
// reaches an output live (docs/ARCHITECTURE.md "Text from the network"). Header-only.
namespace smsc::test {

//! ESC ]52 (clipboard write), ESC [2J (clear screen), ESC ]0 (window title), a CR that overwrites
//! the line, U+009B (C1 CSI), U+0085 (NEL), U+202E (right-to-left override), U+2066 (isolate).
inline QString hostileText(const QString &label)
{
    return label + u" \x1b]52;c;cm0gLXJmIH4=\x07 \x1b[2J\x1b]0;owned\x07 real\rFAKE \u009b" "31m \u0085 \u202e"
                    "lmth.exe \u2066x\u2069"_s;
}

//! The same without CR (for header values, where a CR would end the header line).
inline QString hostileHeaderText(const QString &label)
{
    QString text = hostileText(label);
    text.remove(u'\r');
    return text;
}

//! An error body with hostile text in every field the parser reads.
inline QJsonObject hostileErrorBody()
{
    return QJsonObject{
        {u"error_code"_s, hostileText(u"SMS.0204"_s)},
        {u"error_msg"_s, hostileText(u"message {0}"_s)},
        {u"error_param"_s, QJsonArray{hostileText(u"param"_s)}},
        {u"details"_s, QJsonArray{QJsonObject{{u"error_code"_s, hostileText(u"detail-code"_s)},
                                              {u"error_msg"_s, hostileText(u"detail-message"_s)}}}},
        {u"encoded_authorization_message"_s, hostileText(u"encoded"_s)},
        {u"request_id"_s, hostileText(u"body-request-id"_s)},
    };
}

//! Descriptions of every live control found in `text` (C0 except \n and \t, DEL, C1, bidi controls,
//! line/paragraph separators); empty when there is none.
inline QStringList liveControls(const QString &text)
{
    QStringList found;
    for (const char32_t c : text.toUcs4()) {
        const bool bidi = c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
            || (c >= 0x2066 && c <= 0x2069);
        if ((c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7F && c <= 0x9F) || bidi || c == 0x2028 || c == 0x2029)
            found << u"U+%1"_s.arg(uint(c), 4, 16, QLatin1Char('0'));
    }
    found.removeDuplicates();
    return found;
}

inline QStringList liveControls(const QByteArray &utf8)
{
    return liveControls(QString::fromUtf8(utf8));
}

} // namespace smsc::test
