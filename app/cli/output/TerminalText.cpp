// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/TerminalText.h"

#include "util/UntrustedText.h"

#include <QStringList>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace smsc::cli {

namespace {

bool isFormatting(char32_t c)
{
    // C0, DEL, C1, and the bidirectional controls that can make a line read differently (U+200E/F,
    // U+202A–U+202E, U+2066–U+2069), plus the line and paragraph separators.
    return c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029 || c == 0x061c;
}

bool isClosingPunctuation(char32_t c)
{
    static constexpr char32_t kClosing[] = {0x3001, 0x3002, 0xff0c, 0xff0e, 0xff1a, 0xff1b, 0xff01, 0xff1f,
                                            0xff09, 0x300d, 0x300f, 0x3011, 0x201d, 0x2019, 0x2026};
    return std::find(std::begin(kClosing), std::end(kClosing), c) != std::end(kClosing);
}

bool isOpeningPunctuation(char32_t c)
{
    static constexpr char32_t kOpening[] = {0xff08, 0x300c, 0x300e, 0x3010, 0x201c, 0x2018};
    return std::find(std::begin(kOpening), std::end(kOpening), c) != std::end(kOpening);
}

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0x303e) || (c >= 0x3041 && c <= 0x33ff)
        || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xa000 && c <= 0xa4cf)
        || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f)
        || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1f64f)
        || (c >= 0x1f900 && c <= 0x1f9ff) || (c >= 0x20000 && c <= 0x3fffd);
}

} // namespace

int TerminalText::width(char32_t c)
{
    if (c == 0 || isFormatting(c))
        return 0;
    const QChar::Category category = QChar::category(c);
    if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || c == 0x200b)
        return 0;
    return isWide(c) ? 2 : 1;
}

bool TerminalText::unicodeAllowed(const QProcessEnvironment &environment)
{
    for (const QString &name : {u"LC_ALL"_s, u"LC_CTYPE"_s, u"LANG"_s}) {
        const QString value = environment.value(name);
        if (value.isEmpty())
            continue;
        const QString lower = value.toLower();
        return lower.contains(u"utf-8"_s) || lower.contains(u"utf8"_s);
    }
    return false;
}

QString TerminalText::printable(QStringView text)
{
    return UntrustedText::neutralised(text);  // the one rule for text from outside
}

int TerminalText::width(QStringView text)
{
    int columns = 0;
    for (const uint c : text.toUcs4())
        columns += width(char32_t(c));
    return columns;
}

QString TerminalText::elide(const QString &text, int columns)
{
    if (width(text) <= columns)
        return text;
    QString result;
    int used = 0;
    for (const uint u : text.toUcs4()) {
        const char32_t c = u;
        const int w = width(c);
        if (used + w > columns - 1)
            break;
        used += w;
        result += QString::fromUcs4(&c, 1);
    }
    return result + u"…"_s;
}

QStringList TerminalText::wrap(const QString &text, int columns)
{
    QStringList lines;
    for (const QString &paragraph : text.split(u'\n')) {
        QString line;
        int lineWidth = 0;
        QString word;  // a run that may not be broken: a word, or one wide character and its punctuation
        int wordWidth = 0;
        bool wideWord = false;
        bool glued = false;
        auto flushWord = [&] {
            if (word.isEmpty())
                return;
            if (lineWidth + wordWidth > columns && !line.trimmed().isEmpty()) {
                lines << line.trimmed();
                line.clear();
                lineWidth = 0;
            }
            while (wordWidth > columns) {  // longer than a line: cut it
                const QString head = elide(word, columns + 1).chopped(1);
                lines << head;
                word.remove(0, head.size());
                wordWidth = width(word);
            }
            line += word;
            lineWidth += wordWidth;
            word.clear();
            wordWidth = 0;
        };
        for (const uint u : paragraph.toUcs4()) {
            const char32_t c = u;
            const QString ch = QString::fromUcs4(&c, 1);
            if (c == u' ') {
                glued = false;
                flushWord();
                if (!line.isEmpty() && lineWidth < columns) {
                    line += ch;
                    ++lineWidth;
                }
                continue;
            }
            const int w = width(c);
            if (isClosingPunctuation(c)) {  // never at the start of a line: it stays with what precedes it
                word += ch;
                wordWidth += w;
                wideWord = w == 2;
                continue;
            }
            if ((w == 2 || wideWord) && !glued)  // lines may break before and after a wide character
                flushWord();
            glued = isOpeningPunctuation(c);  // never at the end of a line: it stays with what follows
            wideWord = w == 2;
            word += ch;
            wordWidth += w;
        }
        flushWord();
        lines << line.trimmed();
    }
    return lines;
}

} // namespace smsc::cli
