// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Outcome.h"

#include <QCoreApplication>
#include <QString>

namespace smsc {

/*!
 * Moves a file downloaded into a staging folder (inside the export folder, so the move is a
 * rename on the same disk) to its final name, never overwriting without being told to: the move
 * itself claims the name (RENAME_NOREPLACE), so a file or link appearing there meanwhile is kept.
 */
class ExportFilePlacer final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::ExportFilePlacer)
public:
    enum class Conflict { Ask, Replace, KeepBoth };

    //! Moves `stagedFile` into `folder` under its own name and gives the final path. When that
    //! name is taken (a symbolic link, even dangling, counts), Ask fails with FailureKind::Exists,
    //! no message and the existing entry as Failure::detail, for the caller to ask the user;
    //! KeepBoth takes the first free "stem (n).ext"; Replace replaces the entry itself (a link,
    //! not its target).
    static Outcome<QString> place(const QString &stagedFile, const QString &folder, Conflict conflict);
    //! Human-readable size, e.g. "12.3 KB (12,345 bytes)", in the current locale.
    static QString formatSize(qint64 bytes);
};

} // namespace smsc
