// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Outcome.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace smsc {

class BatchPlan;

enum class BatchStatus { Pending, Saved, Failed };

//! One batch as the manifest records it (README.md "The command line": the manifest).
struct BatchRecord
{
    int index = 0;              //!< 1-based
    int firstRow = 0;           //!< 1-based row of the rows file
    int rows = 0;
    BatchStatus status = BatchStatus::Pending;
    QString file;               //!< relative to the run folder; saved batches only
    qint64 bytes = -1;          //!< -1: not known
    QString sha256;             //!< of the saved file (lower-case hex)
    QString requestId;
    int httpStatus = 0;         //!< 0: no answer
    int attempts = 0;
    QString errorKind;          //!< errorKindId(); empty: no error recorded
    QString errorCode;
    QString errorMessage;

    //! A batch not sent yet (or sent again): nothing known but its place.
    static BatchRecord pending(int index, int firstRow, int rows)
    {
        BatchRecord record;
        record.index = index;
        record.firstRow = firstRow;
        record.rows = rows;
        return record;
    }

    friend bool operator==(const BatchRecord &, const BatchRecord &) = default;
};

/*!
 * manifest.json, the truth about a batch run: what was asked (rows file and its SHA-256, batch
 * size, endpoint, profile name; never a secret) and each batch's state. Read strictly (a damaged
 * or foreign file is refused with a message naming the field), written atomically.
 */
class BatchManifest final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::BatchManifest)
public:
    static constexpr int kVersion = 1;
    static constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;
    static QString fileName() { return QStringLiteral("manifest.json"); }

    QDateTime created;          //!< UTC
    QString rowsFile;           //!< absolute path of the rows file
    QString rowsSha256;         //!< of the rows file's bytes (lower-case hex)
    int rows = 0;
    int batchSize = 0;
    QString endpoint;
    QString profile;            //!< profile name; empty when the connection came from options
    QList<BatchRecord> batches;

    //! A fresh manifest for `plan`, created now: every batch pending.
    static BatchManifest fromPlan(const BatchPlan &plan);
    //! True when `plan` splits the rows exactly as recorded (same batches, first rows and sizes).
    bool matches(const BatchPlan &plan) const;
    //! Whether a resume may send to `endpoint`: only to the one the run began with, so one run
    //! folder never mixes the answers of two regions or services. The message names both.
    Outcome<void> checkResumeEndpoint(const QString &endpoint) const;
    int count(BatchStatus status) const;

    QJsonObject toJson() const;
    //! The file's text: toJson()'s content, the fields indented and one line per batch, with C1
    //! and bidi controls written as \uXXXX. `batchLines` are batchLine() of each batch, in order.
    QByteArray toText(const QList<QByteArray> &batchLines) const;
    QByteArray toText() const;
    static QByteArray batchLine(const BatchRecord &record);
    //! Strict: every field present with its type and range; the message names the field.
    static Outcome<BatchManifest> fromJson(const QByteArray &json);
    static Outcome<BatchManifest> read(const QString &path);
    //! Replaces `path` atomically (a temporary file renamed over it); nothing half-written remains.
    Outcome<void> write(const QString &path) const;
    //! Replaces `path` atomically with `text` (toText()).
    static Outcome<void> writeText(const QString &path, const QByteArray &text);

    static QString statusId(BatchStatus status);  //!< "saved", "failed", "pending"

    friend bool operator==(const BatchManifest &, const BatchManifest &) = default;

private:
    static QJsonObject recordJson(const BatchRecord &record);
    QJsonObject headerJson() const;
};

} // namespace smsc

Q_DECLARE_METATYPE(smsc::BatchRecord)
