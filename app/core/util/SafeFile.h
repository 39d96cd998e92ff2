// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Outcome.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace smsc {

/*!
 * Reading and replacing the program's own files (manifests, rows files, history, autosave) when
 * someone else may have put something at the name: a read never blocks on a FIFO and never reads
 * a device without end, and a write never goes through a symbolic link (docs/PLATFORM.md
 * "Saving files").
 */
class SafeFile final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::SafeFile)
public:
    enum class Links { Follow, Refuse };

    //! The bytes of the regular file `path`, at most `maxBytes` of them. A FIFO, a device or a
    //! folder is refused at once, and with Links::Refuse so is a symbolic link at `path`. The
    //! message is the reason alone (the caller names the file); NotFound when nothing is there.
    static Outcome<QByteArray> read(const QString &path, qint64 maxBytes, Links links = Links::Follow);
    //! Whether `path` (links followed) is a regular file, without opening it; the same reasons as read().
    static Outcome<void> checkRegular(const QString &path);
    //! Replaces `path` with `data` atomically: a new temporary file beside it, flushed to disk, then
    //! renamed over the name. A symbolic link at `path` is replaced itself; its target is left
    //! alone. Nothing half-written remains; the message is the OS's reason.
    static Outcome<void> write(const QString &path, const QByteArray &data);
};

} // namespace smsc
