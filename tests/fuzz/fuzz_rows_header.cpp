// SPDX-License-Identifier: GPL-3.0-or-later
// RowsHeader directly: the header row of a rows file, stdin or a paste (docs/ARCHITECTURE.md "Folders").
// Input: the cells of one row separated by tabs, UTF-8. A header is accepted
// exactly when every titled cell names a column, none twice, task_id among them; the columns it
// returns are the ones the cells name; a refusal is one printable line about the given line.
#include "FuzzSupport.h"

#include "rows/RowsHeader.h"

#include <QSet>
#include <QStringList>

#include <optional>

using namespace Qt::StringLiterals;
using namespace smsc;

namespace {

constexpr int kLine = 7;

qsizetype columnOf(const RowColumns &columns, RowField field)
{
    switch (field) {
    case RowField::SourceId: return columns.sourceId;
    case RowField::SourceName: return columns.sourceName;
    case RowField::TaskId: break;
    }
    return columns.taskId;
}

void checkCells(const QStringList &cells)
{
    // What the header should be, worked out cell by cell from fieldOf() alone.
    QList<std::optional<RowField>> fields;
    bool unknown = false;
    bool repeated = false;
    QSet<int> seen;
    for (const QString &cell : cells) {
        const std::optional<RowField> field = cell.trimmed().isEmpty() ? std::nullopt : RowsHeader::fieldOf(cell.trimmed());
        fields << field;
        if (!cell.trimmed().isEmpty() && !field)
            unknown = true;
        if (field) {
            repeated = repeated || seen.contains(int(*field));
            seen.insert(int(*field));
            // Spacing and case never change what a title names.
            SMSC_FUZZ_CHECK(RowsHeader::fieldOf(u"  "_s + cell + u"\t"_s) == field);
            SMSC_FUZZ_CHECK(RowsHeader::fieldOf(cell.toCaseFolded()) == field);
            SMSC_FUZZ_CHECK(RowsHeader::fieldOf(RowsHeader::normalise(cell)) == field);
        }
    }
    const bool namesAColumn = !seen.isEmpty();
    const bool expectOk = namesAColumn && !unknown && !repeated && seen.contains(int(RowField::TaskId));

    const RowsHeader::FirstRow kind = RowsHeader::classify(cells);
    SMSC_FUZZ_CHECK((kind == RowsHeader::FirstRow::Header) == namesAColumn);

    const Outcome<RowColumns> columns = RowsHeader::columns(cells, kLine);
    SMSC_FUZZ_CHECK(columns.ok() == expectOk);
    if (!columns.ok()) {
        const Failure &failure = columns.failure();
        SMSC_FUZZ_CHECK(failure.line == kLine);
        SMSC_FUZZ_CHECK(!failure.message.isEmpty());
        SMSC_FUZZ_CHECK(!failure.message.contains(u'\n') && !failure.message.contains(u'\r'));
        SMSC_FUZZ_CHECK(!fuzz::hasControl(failure.message));
        SMSC_FUZZ_CHECK(failure.message.contains(QString::number(kLine)));
        return;
    }
    const RowColumns &result = columns.value();
    for (const RowField field : {RowField::TaskId, RowField::SourceId, RowField::SourceName}) {
        const qsizetype at = columnOf(result, field);
        SMSC_FUZZ_CHECK(at == -1 ? !seen.contains(int(field)) : (at < cells.size() && fields.at(at) == field));
    }
    for (qsizetype i = 0; i < cells.size(); ++i)
        SMSC_FUZZ_CHECK(result.untitled.contains(i) == cells.at(i).trimmed().isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    const QStringList cells = text.split(u'\t');
    checkCells(cells);

    // Every accepted title, in the order and with the spelling the input picks, is recognised.
    const QList<RowField> all{RowField::TaskId, RowField::SourceId, RowField::SourceName};
    QStringList titles;
    QList<RowField> picked;
    for (qsizetype i = 0; i < qsizetype(size) && titles.size() < 3; ++i) {
        const RowField field = all.at(data[i] % 3);
        if (picked.contains(field))
            continue;
        const QStringList aliases = RowsHeader::aliases(field);
        QString title = aliases.at((data[i] / 3) % aliases.size());
        if (data[i] & 0x80)
            title = title.toUpper();
        if (data[i] & 0x40)
            title.replace(u' ', u'_');
        titles << title;
        picked << field;
    }
    if (picked.contains(RowField::TaskId)) {
        const Outcome<RowColumns> columns = RowsHeader::columns(titles, kLine);
        SMSC_FUZZ_CHECK(columns.ok());
        for (qsizetype i = 0; i < picked.size(); ++i)
            SMSC_FUZZ_CHECK(columnOf(columns.value(), picked.at(i)) == i);
        // The same title twice is refused, naming the column.
        const Outcome<RowColumns> twice = RowsHeader::columns(titles + QStringList{titles.first()}, kLine);
        SMSC_FUZZ_CHECK(!twice.ok() && twice.error().contains(u"column %1 "_s.arg(titles.size() + 1)));
    }
    checkCells(titles);
    return 0;
}
