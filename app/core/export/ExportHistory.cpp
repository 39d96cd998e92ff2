// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportHistory.h"

#include "http/JsonText.h"
#include "redaction/SecretScrubber.h"
#include "util/SafeFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

constexpr int kFormatVersion = 1;
constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

} // namespace

QJsonObject HistoryEntry::toJson() const
{
    QJsonArray rowArray;
    for (const TaskRow &row : rows)
        rowArray << QJsonObject{{u"task_id"_s, row.taskId},
                                {u"source_id"_s, row.sourceId},
                                {u"source_name"_s, row.sourceName}};
    QJsonObject object{{u"time_utc"_s, timeUtc.toUTC().toString(Qt::ISODateWithMs)},
            {u"profile"_s, profile},
            {u"endpoint"_s, endpoint},
            {u"row_count"_s, rowCount()},
            {u"rows"_s, rowArray},
            {u"request_id"_s, requestId},
            {u"outcome"_s, outcome},
            {u"http_status"_s, httpStatus},
            {u"error_code"_s, errorCode},
            {u"error_message"_s, errorMessage},
            {u"file_path"_s, filePath},
            {u"bytes"_s, double(bytes)}};
    // Older versions ignore the "batch" object, and entries without it read as before.
    if (isBatchRun()) {
        object.insert(u"batch"_s, QJsonObject{{u"manifest"_s, manifestPath},
                                              {u"saved"_s, batchesSaved},
                                              {u"failed"_s, batchesFailed},
                                              {u"pending"_s, batchesPending},
                                              {u"rows"_s, batchRows}});
    }
    return object;
}

std::optional<HistoryEntry> HistoryEntry::fromJson(const QJsonObject &object)
{
    HistoryEntry entry;
    entry.timeUtc = QDateTime::fromString(object.value(u"time_utc").toString(), Qt::ISODateWithMs).toUTC();
    entry.outcome = object.value(u"outcome").toString();
    if (!entry.timeUtc.isValid() || entry.outcome.isEmpty())
        return std::nullopt;
    entry.profile = object.value(u"profile").toString();
    entry.endpoint = object.value(u"endpoint").toString();
    for (const QJsonValue &value : object.value(u"rows").toArray()) {
        const QJsonObject row = value.toObject();
        entry.rows << TaskRow{row.value(u"task_id").toString(), row.value(u"source_id").toString(),
                              row.value(u"source_name").toString()};
    }
    entry.requestId = object.value(u"request_id").toString();
    entry.httpStatus = object.value(u"http_status").toInt();
    entry.errorCode = object.value(u"error_code").toString();
    entry.errorMessage = object.value(u"error_message").toString();
    entry.filePath = object.value(u"file_path").toString();
    entry.bytes = JsonText::integer(object.value(u"bytes")).value_or(0);
    const QJsonObject batch = object.value(u"batch").toObject();
    entry.manifestPath = batch.value(u"manifest").toString();
    if (entry.isBatchRun()) {
        entry.batchesSaved = std::max(0, batch.value(u"saved").toInt());
        entry.batchesFailed = std::max(0, batch.value(u"failed").toInt());
        entry.batchesPending = std::max(0, batch.value(u"pending").toInt());
        entry.batchRows = std::max(0, batch.value(u"rows").toInt());
    }
    return entry;
}

HistoryEntry HistoryEntry::fromOutcome(const ExportOutcome &outcome, const QString &profile,
                                       const QList<TaskRow> &rows, const Credentials &credentials,
                                       const QDateTime &timeUtc)
{
    const QStringList secrets{credentials.secretKey, credentials.securityToken, credentials.iamToken};
    auto scrub = [&secrets](const QString &text) { return SecretScrubber::redact(text, secrets); };
    HistoryEntry entry;
    entry.timeUtc = timeUtc.toUTC();
    entry.profile = profile;
    entry.endpoint = scrub(outcome.endpoint);
    entry.rows = rows;
    entry.requestId = scrub(outcome.requestId.isEmpty() ? outcome.error.requestId : outcome.requestId);
    entry.outcome = outcome.ok() ? (outcome.noFile ? u"no_file"_s : u"ok"_s)
                               : errorKindId(outcome.error.kind);
    entry.httpStatus = outcome.httpStatus ? outcome.httpStatus : outcome.error.httpStatus;
    entry.errorCode = scrub(outcome.error.errorCode);
    entry.errorMessage = scrub(outcome.error.errorMsg.isEmpty() ? outcome.error.headline : outcome.error.errorMsg);
    entry.filePath = outcome.filePath;
    entry.bytes = outcome.bytes;
    return entry;
}

HistoryEntry HistoryEntry::fromManifest(const BatchManifest &manifest, const QString &manifestPath,
                                        const QDateTime &timeUtc)
{
    HistoryEntry entry;
    entry.timeUtc = timeUtc.toUTC();
    entry.profile = manifest.profile;
    entry.endpoint = manifest.endpoint;
    entry.manifestPath = manifestPath;
    entry.batchesSaved = manifest.count(BatchStatus::Saved);
    entry.batchesFailed = manifest.count(BatchStatus::Failed);
    entry.batchesPending = manifest.count(BatchStatus::Pending);
    entry.batchRows = manifest.rows;
    entry.filePath = QFileInfo(manifestPath).absolutePath();
    for (const BatchRecord &record : manifest.batches) {
        if (record.status == BatchStatus::Saved)
            entry.bytes += std::max<qint64>(0, record.bytes);
        // The last failure tells the outcome: the one that stopped the run, if one did.
        if (record.status == BatchStatus::Failed) {
            entry.outcome = record.errorKind;
            entry.httpStatus = record.httpStatus;
            entry.errorCode = record.errorCode;
            entry.errorMessage = record.errorMessage;
            entry.requestId = record.requestId;
        }
    }
    if (entry.outcome.isEmpty())
        entry.outcome = entry.batchesPending > 0 ? u"cancelled"_s : u"ok"_s;
    return entry;
}

ExportHistory::ExportHistory(QString filePath, int cap)
    : m_path(std::move(filePath)), m_cap(std::max(1, cap))
{
}

QString ExportHistory::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"export-history.json"_s);
}

Outcome<void> ExportHistory::load()
{
    m_entries.clear();
    // Bounded and regular files only: a FIFO or a link to a device at the name must not hang the app.
    const Outcome<QByteArray> bytes = SafeFile::read(m_path, kMaxFileBytes);
    if (bytes.kind() == FailureKind::NotFound)
        return {};
    if (!bytes.ok())
        return Failure{tr("The export history %1 cannot be read: %2").arg(QDir::toNativeSeparators(m_path), bytes.error())};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.value(), &error);
    if (!doc.isObject())
        return Failure{tr("The export history %1 is damaged (%2); it starts again empty with the next export.")
                           .arg(QDir::toNativeSeparators(m_path), error.errorString())};
    for (const QJsonValue &value : doc.object().value(u"entries").toArray()) {
        if (const std::optional<HistoryEntry> entry = HistoryEntry::fromJson(value.toObject()))
            m_entries << *entry;
    }
    return {};
}

Outcome<void> ExportHistory::append(const HistoryEntry &entry)
{
    // Another process (GUI or CLI) may have appended meanwhile. A damaged file starts over, but a
    // copy of it is kept next to it rather than silently overwritten.
    if (!load().ok()) {
        // Only a regular file is copied (read bounded, never blocking); the copy never goes through a link.
        const Outcome<QByteArray> damaged = SafeFile::read(m_path, kMaxFileBytes);
        if (damaged.ok())
            std::ignore = SafeFile::write(m_path + u".damaged"_s, damaged.value());
    }
    // A batch run is one entry: a resumed run replaces what its earlier sessions recorded.
    if (entry.isBatchRun()) {
        m_entries.removeIf([&entry](const HistoryEntry &e) { return e.manifestPath == entry.manifestPath; });
    }
    m_entries << entry;
    if (m_entries.size() > m_cap)
        m_entries.remove(0, m_entries.size() - m_cap);
    return save();
}

Outcome<void> ExportHistory::clear()
{
    m_entries.clear();
    return save();
}

Outcome<void> ExportHistory::save()
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return Failure{tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(info.absolutePath()))};
    QJsonArray array;
    for (const HistoryEntry &entry : std::as_const(m_entries))
        array << entry.toJson();
    const QJsonObject root{{u"version"_s, kFormatVersion}, {u"entries"_s, array}};
    const Outcome<void> written = SafeFile::write(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!written.ok())
        return Failure{tr("The export history %1 cannot be written: %2").arg(QDir::toNativeSeparators(m_path), written.error())};
    return {};
}

} // namespace smsc
