// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/BatchManifest.h"

#include "batch/BatchPlan.h"
#include "http/JsonText.h"
#include "util/UntrustedText.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUrl>

#include <algorithm>
#include <climits>
#include <optional>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

bool isSha256(const QString &text)
{
    if (text.size() != 64)
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
    });
}

//! A file name inside the run folder: one plain component, nothing a terminal would act on.
bool isPlainName(const QString &name)
{
    return !name.isEmpty() && name != u"."_s && name != u".."_s && !name.contains(u'/') && !name.contains(QChar(0))
        && UntrustedText::isSafe(name);
}

//! Reads one object's fields, remembering the first problem as "field: reason".
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QString prefix) : m_object(object), m_prefix(std::move(prefix)) {}

    std::optional<qint64> integer(const QString &key, qint64 min, qint64 max, bool required = true)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(key, BatchManifest::tr("missing"));
            return std::nullopt;
        }
        const std::optional<qint64> number = JsonText::integer(value);
        if (!number || double(*number) != value.toDouble() || *number < min || *number > max) {
            fail(key, BatchManifest::tr("not a whole number from %1 to %2").arg(min).arg(max));
            return std::nullopt;
        }
        return number;
    }

    QString text(const QString &key, bool required = true)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(key, BatchManifest::tr("missing"));
            return {};
        }
        if (!value.isString()) {
            fail(key, BatchManifest::tr("not a string"));
            return {};
        }
        return value.toString();
    }

    void fail(const QString &key, const QString &reason)
    {
        if (m_problem.isEmpty())
            m_problem = BatchManifest::tr("%1: %2").arg(m_prefix + key, reason);
    }
    const QString &problem() const { return m_problem; }

private:
    const QJsonObject &m_object;
    QString m_prefix;
    QString m_problem;
};

std::optional<BatchStatus> statusFromId(const QString &id)
{
    for (const BatchStatus status : {BatchStatus::Pending, BatchStatus::Saved, BatchStatus::Failed}) {
        if (BatchManifest::statusId(status) == id)
            return status;
    }
    return std::nullopt;
}

QString readRecord(const QJsonValue &value, int position, int batchSize, BatchRecord *record)
{
    const QString prefix = u"batches[%1]."_s.arg(position);
    if (!value.isObject())
        return BatchManifest::tr("%1: not an object").arg(prefix.chopped(1));
    const QJsonObject object = value.toObject();
    FieldReader in(object, prefix);
    record->index = int(in.integer(u"index"_s, 1, INT_MAX).value_or(0));
    if (in.problem().isEmpty() && record->index != position + 1)
        in.fail(u"index"_s, BatchManifest::tr("%1 where %2 belongs").arg(record->index).arg(position + 1));
    record->firstRow = int(in.integer(u"first_row"_s, 1, INT_MAX).value_or(0));
    record->rows = int(in.integer(u"rows"_s, 1, batchSize).value_or(0));
    const QString status = in.text(u"status"_s);
    if (in.problem().isEmpty()) {
        const std::optional<BatchStatus> parsed = statusFromId(status);
        if (!parsed)
            in.fail(u"status"_s, BatchManifest::tr("\"%1\" is not saved, failed or pending").arg(UntrustedText::neutralised(status)));
        record->status = parsed.value_or(BatchStatus::Pending);
    }
    const bool saved = record->status == BatchStatus::Saved;
    record->file = in.text(u"file"_s, saved);
    if (in.problem().isEmpty() && object.contains(u"file"_s) && !isPlainName(record->file))
        in.fail(u"file"_s, BatchManifest::tr("not a file name inside the run folder"));
    record->bytes = in.integer(u"bytes"_s, 0, Q_INT64_C(1) << 53, saved).value_or(-1);
    record->sha256 = in.text(u"sha256"_s, saved);
    if (in.problem().isEmpty() && object.contains(u"sha256"_s) && !isSha256(record->sha256))
        in.fail(u"sha256"_s, BatchManifest::tr("not 64 lower-case hexadecimal digits"));
    record->requestId = UntrustedText::neutralised(in.text(u"request_id"_s, false));
    record->httpStatus = int(in.integer(u"http_status"_s, 0, 999, false).value_or(0));
    record->attempts = int(in.integer(u"attempts"_s, 0, 1000, false).value_or(0));
    const QJsonValue error = object.value(u"error"_s);
    if (in.problem().isEmpty() && !error.isUndefined() && !error.isNull()) {
        if (!error.isObject()) {
            in.fail(u"error"_s, BatchManifest::tr("not an object"));
        } else {
            const QJsonObject errorObject = error.toObject();
            FieldReader err(errorObject, prefix + u"error."_s);
            record->errorKind = UntrustedText::neutralised(err.text(u"kind"_s));
            if (err.problem().isEmpty() && record->errorKind.isEmpty())
                err.fail(u"kind"_s, BatchManifest::tr("empty"));
            record->errorCode = UntrustedText::neutralised(err.text(u"error_code"_s, false));
            record->errorMessage = UntrustedText::neutralised(err.text(u"message"_s, false), UntrustedText::Lines::Keep);
            if (!err.problem().isEmpty())
                return err.problem();
        }
    }
    return in.problem();
}

} // namespace

QString BatchManifest::statusId(BatchStatus status)
{
    switch (status) {
    case BatchStatus::Saved: return u"saved"_s;
    case BatchStatus::Failed: return u"failed"_s;
    case BatchStatus::Pending: break;
    }
    return u"pending"_s;
}

BatchManifest BatchManifest::fromPlan(const BatchPlan &plan)
{
    BatchManifest manifest;
    manifest.created = QDateTime::currentDateTimeUtc();
    manifest.rows = plan.rowCount();
    manifest.batchSize = plan.batchSize();
    for (const BatchSlice &slice : plan.batches())
        manifest.batches.append(BatchRecord::pending(slice.index, slice.firstRow, int(slice.rows.size())));
    return manifest;
}

bool BatchManifest::matches(const BatchPlan &plan) const
{
    if (!plan.ok() || plan.rowCount() != rows || plan.batchSize() != batchSize || plan.batches().size() != batches.size())
        return false;
    for (qsizetype i = 0; i < batches.size(); ++i) {
        const BatchSlice &slice = plan.batches().at(i);
        if (slice.firstRow != batches.at(i).firstRow || slice.rows.size() != batches.at(i).rows)
            return false;
    }
    return true;
}

Outcome<void> BatchManifest::checkResumeEndpoint(const QString &now) const
{
    const auto normalised = [](const QString &url) {
        return QUrl(url.trimmed()).adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    };
    if (normalised(now) == normalised(endpoint))
        return {};
    return Failure{tr("This run was sent to %1, but the connection now goes to %2. A run folder keeps the answers "
                      "of one endpoint: resume with the profile or --endpoint the run began with; nothing was sent.")
                       .arg(UntrustedText::neutralised(endpoint), now)};
}

int BatchManifest::count(BatchStatus status) const
{
    return int(std::count_if(batches.cbegin(), batches.cend(), [status](const BatchRecord &b) { return b.status == status; }));
}

QJsonObject BatchManifest::recordJson(const BatchRecord &b)
{
    QJsonObject o{{u"index"_s, b.index}, {u"first_row"_s, b.firstRow}, {u"rows"_s, b.rows},
                  {u"status"_s, statusId(b.status)}};
    if (!b.file.isEmpty())
        o.insert(u"file"_s, b.file);
    if (b.bytes >= 0)
        o.insert(u"bytes"_s, b.bytes);
    if (!b.sha256.isEmpty())
        o.insert(u"sha256"_s, b.sha256);
    if (!b.requestId.isEmpty())
        o.insert(u"request_id"_s, b.requestId);
    if (b.httpStatus > 0)
        o.insert(u"http_status"_s, b.httpStatus);
    if (b.attempts > 0)
        o.insert(u"attempts"_s, b.attempts);
    if (!b.errorKind.isEmpty()) {
        o.insert(u"error"_s, QJsonObject{{u"kind"_s, b.errorKind}, {u"error_code"_s, b.errorCode},
                                         {u"message"_s, b.errorMessage}});
    }
    return o;
}

QJsonObject BatchManifest::headerJson() const
{
    return {{u"version"_s, kVersion},
            {u"created"_s, created.toUTC().toString(Qt::ISODateWithMs)},
            {u"rows_file"_s, rowsFile},
            {u"rows_sha256"_s, rowsSha256},
            {u"rows"_s, rows},
            {u"batch_size"_s, batchSize},
            {u"endpoint"_s, endpoint},
            {u"profile"_s, profile}};
}

QJsonObject BatchManifest::toJson() const
{
    QJsonArray list;
    for (const BatchRecord &b : batches)
        list.append(recordJson(b));
    QJsonObject o = headerJson();
    o.insert(u"batches"_s, list);
    return o;
}

QByteArray BatchManifest::batchLine(const BatchRecord &record)
{
    return UntrustedText::jsonEscaped(QJsonDocument(recordJson(record)).toJson(QJsonDocument::Compact));
}

QByteArray BatchManifest::toText(const QList<QByteArray> &batchLines) const
{
    // The fields indented as QJsonDocument writes them, then "batches" with one batch per line: a
    // reader greps a batch's line, and a run rewrites only the lines of the batches that changed
    // (BatchManifestWriter).
    QByteArray text = UntrustedText::jsonEscaped(QJsonDocument(headerJson()).toJson(QJsonDocument::Indented));
    text.chop(3);  // "\n}\n"
    qsizetype size = text.size() + 32;
    for (const QByteArray &line : batchLines)
        size += line.size() + 10;
    text.reserve(size);
    text += ",\n    \"batches\": [";
    for (qsizetype i = 0; i < batchLines.size(); ++i) {
        text += i == 0 ? "\n        " : ",\n        ";
        text += batchLines.at(i);
    }
    text += "\n    ]\n}\n";
    return text;
}

QByteArray BatchManifest::toText() const
{
    QList<QByteArray> lines;
    lines.reserve(batches.size());
    for (const BatchRecord &b : batches)
        lines.append(batchLine(b));
    return toText(lines);
}

Outcome<BatchManifest> BatchManifest::fromJson(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Failure{tr("not a JSON object")};
    const QJsonObject root = document.object();
    FieldReader in(root, QString());
    BatchManifest m;
    const std::optional<qint64> version = in.integer(u"version"_s, 1, INT_MAX);
    if (version && *version != kVersion)
        in.fail(u"version"_s, tr("version %1 is not known to this program (it reads %2)").arg(*version).arg(kVersion));
    const QString created = in.text(u"created"_s);
    m.created = QDateTime::fromString(created, Qt::ISODate);
    if (in.problem().isEmpty() && !m.created.isValid())
        in.fail(u"created"_s, tr("not a date and time"));
    m.rowsFile = in.text(u"rows_file"_s);
    if (in.problem().isEmpty() && (m.rowsFile.isEmpty() || m.rowsFile.contains(QChar(0))))
        in.fail(u"rows_file"_s, tr("not a file path"));
    m.rowsSha256 = in.text(u"rows_sha256"_s);
    if (in.problem().isEmpty() && !isSha256(m.rowsSha256))
        in.fail(u"rows_sha256"_s, tr("not 64 lower-case hexadecimal digits"));
    m.rows = int(in.integer(u"rows"_s, 1, INT_MAX).value_or(0));
    m.batchSize = int(in.integer(u"batch_size"_s, 1, 200).value_or(0));
    m.endpoint = in.text(u"endpoint"_s);
    m.profile = in.text(u"profile"_s);
    if (!in.problem().isEmpty())
        return Failure{in.problem()};
    const QJsonValue batches = root.value(u"batches"_s);
    if (!batches.isArray() || batches.toArray().isEmpty())
        return Failure{tr("%1: %2").arg(u"batches"_s, tr("not a list of batches"))};
    const QJsonArray list = batches.toArray();
    qint64 total = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        BatchRecord record;
        const QString problem = readRecord(list.at(i), int(i), m.batchSize, &record);
        if (!problem.isEmpty())
            return Failure{problem};
        if (i > 0 && record.firstRow <= m.batches.constLast().firstRow)
            return Failure{tr("%1: %2").arg(u"batches[%1].first_row"_s.arg(i), tr("not after the previous batch's"))};
        total += record.rows;
        m.batches.append(record);
    }
    if (total != m.rows)
        return Failure{tr("%1: %2").arg(u"rows"_s, tr("%1, but the batches hold %2").arg(m.rows).arg(total))};
    return m;
}

Outcome<BatchManifest> BatchManifest::read(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{tr("The manifest %1 cannot be read: %2").arg(shown, file.errorString()), FailureKind::NotFound};
    if (file.size() > kMaxFileBytes)
        return Failure{tr("The manifest %1 is larger than %2 MiB.").arg(shown).arg(kMaxFileBytes / (1024 * 1024))};
    const Outcome<BatchManifest> parsed = fromJson(file.readAll());
    if (!parsed.ok())
        return Failure{tr("The manifest %1 is damaged or not a batch manifest (%2).").arg(shown, parsed.error())};
    return parsed;
}

Outcome<void> BatchManifest::write(const QString &path) const
{
    return writeText(path, toText());
}

Outcome<void> BatchManifest::writeText(const QString &path, const QByteArray &text)
{
    // QSaveFile writes a temporary file beside it, syncs it and renames it: a crash leaves the old
    // manifest whole, and a power cut cannot leave a renamed file without its content.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Failure{tr("The manifest %1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    file.write(text);
    if (!file.commit())
        return Failure{tr("The manifest %1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

} // namespace smsc
