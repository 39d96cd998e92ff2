// SPDX-License-Identifier: GPL-3.0-or-later
#include "rows/RowsHeader.h"

#include "rows/RowValidator.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

struct Alias
{
    RowField field;
    QStringView title;
};

// The API's names, the table's titles (RowTableModel::headerData) and their Simplified Chinese
// translations (translations/sms-consistency_zh_CN.ts); tst_rowsheader checks that every title the
// table shows in every language is recognised, so a new translation cannot drift from this table.
constexpr std::array kAliases{
    Alias{RowField::TaskId, u"task_id"},         Alias{RowField::TaskId, u"Task ID"},
    Alias{RowField::TaskId, u"任务 ID"},          Alias{RowField::SourceId, u"source_id"},
    Alias{RowField::SourceId, u"Source ID"},     Alias{RowField::SourceId, u"源端 ID"},
    Alias{RowField::SourceName, u"source_name"}, Alias{RowField::SourceName, u"Source name"},
    Alias{RowField::SourceName, u"源端名称"},
};

// Words that make an unrecognised first row read like column titles.
constexpr std::array<QStringView, 4> kTitleWords{u"task", u"source", u"id", u"name"};
constexpr std::array<QStringView, 3> kChineseTitleWords{u"任务", u"源端", u"名称"};

QStringList wordsOf(const QString &text)
{
    QStringList words;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            words << word.toCaseFolded();
        word.clear();
    };
    QChar previous;
    for (const QChar c : text) {
        if (!c.isLetterOrNumber()) {
            flush();
            previous = QChar();
            continue;
        }
        if (previous.isLower() && c.isUpper())  // camelCase: SourceName
            flush();
        word += c;
        previous = c;
    }
    flush();
    return words;
}

bool readsLikeATitle(const QString &cell)
{
    const QStringList words = wordsOf(cell);
    const bool english = std::any_of(kTitleWords.cbegin(), kTitleWords.cend(),
                                     [&](QStringView w) { return words.contains(w); });
    return english || std::any_of(kChineseTitleWords.cbegin(), kChineseTitleWords.cend(),
                                  [&](QStringView w) { return cell.contains(w); });
}

// Task and source ids are UUIDs or numbers: a cell with a digit is data, not a title.
bool looksLikeAnId(const QString &cell)
{
    return std::any_of(cell.cbegin(), cell.cend(), [](QChar c) { return c.isDigit(); });
}

qsizetype &slotOf(RowColumns &columns, RowField field)
{
    switch (field) {
    case RowField::SourceId: return columns.sourceId;
    case RowField::SourceName: return columns.sourceName;
    case RowField::TaskId: break;
    }
    return columns.taskId;
}

// A title as it may be quoted in a one-line message (also on a terminal): no control characters, short.
QString quotedTitle(const QString &title)
{
    QString text = title.left(40);
    for (QChar &c : text) {
        if (!c.isPrint())
            c = QChar::ReplacementCharacter;
    }
    return title.size() > 40 ? text + u'…' : text;
}

Failure headerFailure(const QString &message, int line)
{
    return Failure{message, FailureKind::Failed, {}, line};
}

} // namespace

QString RowsHeader::normalise(const QString &title)
{
    QString text = title.normalized(QString::NormalizationForm_KC).toCaseFolded();
    text.removeIf([](QChar c) { return c.isSpace() || c == u'_' || c == u'-'; });
    return text;
}

QStringList RowsHeader::aliases(RowField field)
{
    QStringList titles;
    for (const Alias &alias : kAliases) {
        if (alias.field == field)
            titles << alias.title.toString();
    }
    return titles;
}

std::optional<RowField> RowsHeader::fieldOf(const QString &title)
{
    const QString wanted = normalise(title);
    if (wanted.isEmpty())
        return std::nullopt;
    for (const Alias &alias : kAliases) {
        if (normalise(alias.title.toString()) == wanted)
            return alias.field;
    }
    return std::nullopt;
}

RowsHeader::FirstRow RowsHeader::classify(const QStringList &cells)
{
    if (std::any_of(cells.cbegin(), cells.cend(), [](const QString &cell) { return fieldOf(cell).has_value(); }))
        return FirstRow::Header;
    if (std::none_of(cells.cbegin(), cells.cend(), looksLikeAnId)
        && std::any_of(cells.cbegin(), cells.cend(), readsLikeATitle))
        return FirstRow::LooksLikeHeader;
    return FirstRow::Data;
}

Outcome<RowColumns> RowsHeader::columns(const QStringList &cells, int line)
{
    RowColumns result;
    QStringList problems;
    bool namesAColumn = false;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QString title = cells.at(i).trimmed();
        if (title.isEmpty()) {
            result.untitled.append(i);
            continue;
        }
        const std::optional<RowField> field = fieldOf(title);
        if (!field) {
            problems << tr("column %1 \"%2\" is not a column of the rows table")
                            .arg(QString::number(i + 1), quotedTitle(title));
            continue;
        }
        namesAColumn = true;
        qsizetype &slot = slotOf(result, *field);
        if (slot >= 0) {
            problems << tr("column %1 \"%2\" repeats %3 (column %4)")
                            .arg(QString::number(i + 1), quotedTitle(title), RowValidator::fieldName(*field),
                                 QString::number(slot + 1));
            continue;
        }
        slot = i;
    }
    if (!namesAColumn) {
        return headerFailure(tr("Line %1 is not a header row: it names none of the columns task_id, source_id "
                                "and source_name.").arg(line),
                             line);
    }
    if (!problems.isEmpty()) {
        return headerFailure(tr("Line %1: %2; the header row names task_id, source_id and source_name, each at "
                                "most once.").arg(QString::number(line), problems.join(u"; "_s)),
                             line);
    }
    if (result.taskId < 0) {
        return headerFailure(tr("Line %1: the header row has no task_id column (expected task_id, source_id, "
                                "source_name).").arg(line),
                             line);
    }
    return result;
}

} // namespace smsc
