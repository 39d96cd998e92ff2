// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/HelpText.h"

#include "output/TerminalText.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace smsc::cli {

namespace {

struct Entry
{
    QString names;        //!< "  -x, --name <VALUE>" as Qt aligned it (indent included)
    QString description;  //!< Qt's lines joined back into one text
};

bool endsWide(const QString &text)
{
    return !text.isEmpty() && TerminalText::width(char32_t(text.back().unicode())) == 2;
}

// Qt broke a line at a space (dropping it) or, with no space in reach, between two characters.
QString joined(const QString &head, const QString &tail)
{
    if (head.isEmpty())
        return tail;
    const bool wideBoth = endsWide(head) && !tail.isEmpty() && TerminalText::width(char32_t(tail.front().unicode())) == 2;
    return wideBoth ? QString(head + tail) : QString(head + u' ' + tail);
}

} // namespace

QString HelpText::paragraph(const QString &text, int columns, int indent)
{
    const QStringList lines = TerminalText::wrap(text, std::max(20, columns - indent));
    return lines.join(u'\n' + QString(indent, u' '));
}

QString HelpText::rewrap(const QString &qtHelp, int columns)
{
    QStringList out;
    QList<Entry> entries;
    int nameWidth = 0;
    auto flushEntries = [&] {
        if (entries.isEmpty())
            return;
        const int indent = nameWidth + 2;  // as Qt lays them out: two spaces after the longest name
        for (const Entry &e : std::as_const(entries)) {
            const QString names = e.names + QString(std::max(0, indent - TerminalText::width(e.names)), u' ');
            out << names + paragraph(e.description, columns, indent);
        }
        entries.clear();
        nameWidth = 0;
    };
    for (const QString &line : qtHelp.split(u'\n')) {
        // Qt's entries: two spaces, the names, at least two spaces, the description; its
        // continuation lines are all spaces up to the description column.
        if (line.startsWith(u"  "_s) && line.size() > 2 && line.at(2) != u' ') {
            const qsizetype gap = line.indexOf(u"  "_s, 2);
            Entry e;
            e.names = gap < 0 ? line : line.left(gap);
            e.description = gap < 0 ? QString() : line.mid(gap).trimmed();
            nameWidth = std::max(nameWidth, TerminalText::width(e.names));
            entries << e;
            continue;
        }
        if (line.startsWith(u"  "_s) && !entries.isEmpty() && !line.trimmed().isEmpty()) {
            entries.last().description = joined(entries.last().description, line.trimmed());
            continue;
        }
        flushEntries();
        out << (line.isEmpty() ? line : paragraph(line, columns));
    }
    flushEntries();
    return out.join(u'\n');
}

} // namespace smsc::cli
