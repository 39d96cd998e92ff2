// SPDX-License-Identifier: GPL-3.0-or-later
#include "rows/RowsFile.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStringDecoder>

#include <algorithm>

namespace smsc {

namespace {

struct Record
{
    QStringList fields;
    int line = 0;
    bool blank = true;  // an empty line: no characters, no quotes
};

struct Records
{
    QList<Record> records;
    QString error;
    int errorLine = 0;
};

// Appends text[from] (taken as it is) and what follows it up to the next line end, `stop` or `quote`
// to `field` in one piece, and returns where it stopped: a field's characters are copied once
// instead of one at a time.
qsizetype appendRun(QString *field, const QString &text, qsizetype from, QChar stop, QChar quote)
{
    qsizetype end = from + 1;
    const qsizetype size = text.size();
    while (end < size) {
        const QChar c = text.at(end);
        if (c == stop || c == quote || c == u'\n' || c == u'\r')
            break;
        ++end;
    }
    field->append(QStringView(text).sliced(from, end - from));
    return end;
}

// RFC 4180 with a chosen delimiter; also accepts LF-only and CR-only line ends.
Records tokenize(const QString &text, QChar delimiter)
{
    Records out;
    Record record;
    QString field;
    bool inQuotes = false;
    bool afterQuote = false;
    int line = 1;
    int quoteLine = 0;
    record.line = 1;
    const auto endField = [&] {
        record.fields << field;
        field.clear();
        afterQuote = false;
    };
    const auto endRecord = [&] {
        endField();
        out.records << record;
        record = Record{};
    };
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"' && i + 1 < size && text.at(i + 1) == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                inQuotes = false;
                afterQuote = true;
            } else if (c == u'\n' || c == u'\r') {
                if (c == u'\n' || i + 1 == size || text.at(i + 1) != u'\n')
                    ++line;
                field += c;
            } else {
                i = appendRun(&field, text, i, u'"', u'"') - 1;
            }
            continue;
        }
        if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
            continue;
        if (c == u'\n' || c == u'\r') {
            endRecord();
            record.line = ++line;
            continue;
        }
        record.blank = false;
        if (c == delimiter) {
            endField();
        } else if (afterQuote) {
            if (c != u' ' && c != u'\t') {
                out.error = RowsFile::tr("Line %1: unexpected text after a closing quote.").arg(line);
                out.errorLine = line;
                return out;
            }
        } else if (c == u'"' && field.isEmpty()) {
            inQuotes = true;
            quoteLine = line;
        } else {
            i = appendRun(&field, text, i, delimiter, u'"') - 1;
        }
    }
    if (inQuotes) {
        out.error = RowsFile::tr("Line %1: a quoted field is not closed.").arg(quoteLine);
        out.errorLine = quoteLine;
        return out;
    }
    if (!record.blank || !field.isEmpty() || !record.fields.isEmpty())
        endRecord();
    return out;
}

QString fieldAt(const QStringList &fields, qsizetype index)
{
    return index >= 0 && index < fields.size() ? fields.at(index) : QString();
}

void appendRow(ParsedRows *result, const Record &record, const RowColumns &columns)
{
    result->rows << TaskRow{fieldAt(record.fields, columns.taskId), fieldAt(record.fields, columns.sourceId),
                            fieldAt(record.fields, columns.sourceName)};
    result->lines << record.line;
}

Failure fail(const QString &error, int line)
{
    return Failure{error, FailureKind::Failed, {}, line};
}

// Records after a header row at `headerIndex`; every data record must be as wide as the header.
Outcome<ParsedRows> rowsAfterHeader(const QList<Record> &records, qsizetype headerIndex)
{
    const Record &header = records.at(headerIndex);
    const Outcome<RowColumns> columns = RowsHeader::columns(header.fields, header.line);
    if (!columns.ok())
        return columns.failure();
    ParsedRows result;
    result.firstRow = RowsHeader::FirstRow::Header;
    for (qsizetype i = headerIndex + 1; i < records.size(); ++i) {
        const Record &record = records.at(i);
        if (!record.blank && record.fields.size() != header.fields.size()) {
            return fail(RowsFile::tr("Line %1: %2 fields, but the header row has %3.")
                            .arg(record.line).arg(record.fields.size()).arg(header.fields.size()),
                        record.line);
        }
        for (qsizetype column : columns.value().untitled) {
            if (!fieldAt(record.fields, column).trimmed().isEmpty()) {
                return fail(RowsFile::tr("Line %1, column %2: a value in a column without a title in the header "
                                         "row (line %3).").arg(record.line).arg(column + 1).arg(header.line),
                            record.line);
            }
        }
        appendRow(&result, record, columns.value());
    }
    return result;
}

qsizetype firstNonBlank(const QList<Record> &records)
{
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (!records.at(i).blank)
            return i;
    }
    return -1;
}

QChar detectDelimiter(QStringView firstLine)
{
    return firstLine.contains(u'\t') ? QChar(u'\t') : QChar(u',');
}

void appendCsvField(QByteArray &out, const QString &value)
{
    const bool quote = value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r')
        || (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!quote) {
        out += value.toUtf8();
        return;
    }
    out += '"';
    out += value.toUtf8().replace('"', "\"\"");
    out += '"';
}

} // namespace

Outcome<ParsedRows> RowsFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), 0);
    if (file.size() > kMaxFileBytes)
        return fail(tr("%1 is larger than 16 MiB, too large for a rows file.").arg(QDir::toNativeSeparators(path)), 0);
    const QByteArray data = file.read(kMaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), 0);
    return parse(data);
}

Outcome<ParsedRows> RowsFile::parse(const QByteArray &input)
{
    QByteArrayView data(input);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    // Decode line by line so the error names the line: no UTF-8 sequence contains a 0x0A byte.
    QString text;
    text.reserve(data.size());
    int line = 1;
    for (qsizetype start = 0; start <= data.size(); ++line) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        // A U+FEFF starting a later line is text (the file's BOM went above): keep it.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
        const QString decoded = decoder(data.sliced(start, end - start));
        if (decoder.hasError())
            return fail(tr("Line %1: the file is not UTF-8 text.").arg(line), line);
        text += decoded;
        if (end < data.size())
            text += u'\n';
        start = end + 1;
    }
    qsizetype headerStart = 0;
    while (headerStart < text.size() && (text.at(headerStart) == u'\n' || text.at(headerStart) == u'\r'))
        ++headerStart;
    const qsizetype headerEnd = text.indexOf(u'\n', headerStart);
    const QStringView headerLine = QStringView(text).sliced(headerStart, (headerEnd < 0 ? text.size() : headerEnd) - headerStart);
    const Records tokens = tokenize(text, detectDelimiter(headerLine));
    if (!tokens.error.isEmpty())
        return fail(tokens.error, tokens.errorLine);
    const qsizetype header = firstNonBlank(tokens.records);
    if (header < 0)
        return fail(tr("The rows file is empty; it needs a header row naming task_id, source_id and source_name."), 0);
    return rowsAfterHeader(tokens.records, header);
}

Outcome<ParsedRows> RowsFile::parseClipboard(const QString &text, FirstRow firstRow)
{
    const Records tokens = tokenize(text, text.contains(u'\t') ? QChar(u'\t') : QChar(u','));
    if (!tokens.error.isEmpty())
        return fail(tokens.error, tokens.errorLine);
    const qsizetype first = firstNonBlank(tokens.records);
    if (first < 0)
        return ParsedRows{};
    const RowsHeader::FirstRow kind = RowsHeader::classify(tokens.records.at(first).fields);
    if (kind == RowsHeader::FirstRow::Header && firstRow != FirstRow::Data)
        return rowsAfterHeader(tokens.records, first);
    ParsedRows result;
    const bool skipFirst = firstRow == FirstRow::Header;
    result.firstRow = skipFirst ? RowsHeader::FirstRow::Header
                      : firstRow == FirstRow::Detect ? kind
                                                     : RowsHeader::FirstRow::Data;
    result.width = int(std::min<qsizetype>(tokens.records.at(first).fields.size(), 3));
    for (qsizetype i = skipFirst ? first + 1 : 0; i < tokens.records.size(); ++i) {
        const Record &record = tokens.records.at(i);
        if (record.fields.size() > 3) {
            return fail(tr("Line %1: %2 columns; without a header row, paste only task_id, source_id and "
                           "source_name, in that order.").arg(record.line).arg(record.fields.size()),
                        record.line);
        }
        appendRow(&result, record, RowColumns::tableOrder());
    }
    return result;
}

QByteArray RowsFile::toCsv(const QList<TaskRow> &rows)
{
    QByteArray out = QByteArrayLiteral("task_id,source_id,source_name\r\n");
    for (const TaskRow &row : rows) {
        appendCsvField(out, row.taskId);
        out += ',';
        appendCsvField(out, row.sourceId);
        out += ',';
        appendCsvField(out, row.sourceName);
        out += "\r\n";
    }
    return out;
}

Outcome<void> RowsFile::write(const QString &path, const QList<TaskRow> &rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(rows)) < 0 || !file.commit())
        return Failure{tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

} // namespace smsc
