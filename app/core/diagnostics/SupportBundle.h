// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportJob.h"
#include "http/ExchangeRecord.h"
#include "profile/credentials/Credentials.h"
#include "util/Outcome.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace smsc {

//! Who made the failing call, besides the exchange itself.
struct SupportContext
{
    QString profileName;
    AuthMode authMode = AuthMode::AkSk;
    QStringList requestIds;   //!< other request ids worth quoting (earlier attempts, history)
    QString appVersion;       //!< empty: QCoreApplication::applicationVersion()
    QString osName;           //!< empty: QSysInfo
    QDateTime createdUtc;     //!< empty: now
};

/*!
 * "Save support bundle": one redacted JSON file with the last request and response (headers, body
 * excerpts ≤ 64 KiB), the error fields, request ids, times and skew, endpoint, app version and OS.
 * Every text passes the redaction (signature, tokens, the SK and tokens anywhere, the full AK).
 */
class SupportBundle final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::SupportBundle)
public:
    static constexpr qsizetype kMaxBodyExcerpt = 64 * 1024;

    //! The bundle as indented JSON; `credentials` only serve to mask the AK and scrub secrets.
    static QByteArray build(const ExchangeRecord &exchange, const SupportContext &context,
                            const Credentials &credentials);
    //! An exchange record for an export outcome (no response headers: ExportJob does not keep them).
    static ExchangeRecord exchangeOf(const ExportOutcome &outcome);
    //! Writes atomically.
    static Outcome<void> save(const QString &path, const QByteArray &bundle);
    //! "sms-consistency-support-20261127T193000Z.json".
    static QString defaultFileName(const QDateTime &utc = QDateTime::currentDateTimeUtc());
};

} // namespace smsc
