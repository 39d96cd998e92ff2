// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportJob.h"

#include <QJsonObject>

namespace smsc::cli {

//! The one JSON object `--json` prints: always the same twelve keys.
class JsonReport final
{
public:
    static QJsonObject fromOutcome(const ExportOutcome &outcome);
    //! A local failure (usage, input, credentials): nothing was sent.
    static QJsonObject failure(const QString &message);
    //! The (already redacted) request of a dry run, for the extra "request" key.
    static QJsonObject request(const RequestRecord &record, const QString &curlCommand);
    //! Compact JSON plus a newline.
    static QByteArray toBytes(const QJsonObject &report);
    static const QStringList &keys();
};

} // namespace smsc::cli
