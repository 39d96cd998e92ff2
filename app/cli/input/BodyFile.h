// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Outcome.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace smsc::cli {

/*!
 * Reads the exact request body `sign --body-file` signs: a regular file, a pipe or a device,
 * bounded in size and in time, so that /dev/zero cannot exhaust memory and a FIFO nobody
 * writes to cannot hang the command (README.md "The command line").
 */
class BodyFile final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::cli::BodyFile)
public:
    static constexpr qint64 kMaxBytes = 10 * 1024 * 1024;  //!< far above any body of this API
    static constexpr int kTimeoutMs = 5000;                  //!< for the whole read

    //! The bytes of `path`, or a translated reason naming the file (too large, too slow, unreadable).
    [[nodiscard]] static Outcome<QByteArray> read(const QString &path, qint64 maxBytes = kMaxBytes,
                                                  int timeoutMs = kTimeoutMs);
};

} // namespace smsc::cli
