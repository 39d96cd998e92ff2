// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace smsc {

/*!
 * The few POSIX file operations the saving of an export needs with exact semantics that
 * QFile/QFileInfo do not give: links are never followed at the final name, a move never replaces
 * a name that appeared meanwhile, and failures keep the OS's own reason (docs/PLATFORM.md
 * "Saving files").
 */
class FileOps final
{
public:
    //! The OS's own text for an errno value (strerror), e.g. "No space left on device".
    static QString osReason(int error);
    //! True when `path` names anything, a dangling symbolic link included (lstat).
    static bool entryExists(const QString &path);
    //! True when `path` itself is a symbolic link, dangling or not.
    static bool isSymLink(const QString &path);
    //! `path` for n == 0, else "stem (n).ext" beside it (the suffix is everything after the first dot).
    static QString numberedPath(const QString &path, int n);
    //! Moves `from` to `to` only while `to` names nothing (renameat2 RENAME_NOREPLACE, or link then
    //! unlink where the file system lacks it). Returns 0 or the errno; EEXIST when `to` is taken.
    static int moveNoReplace(const QString &from, const QString &to);
    //! rename(2): replaces `to` itself (a link at `to` is replaced, its target left alone). 0 or errno.
    static int moveReplacing(const QString &from, const QString &to);
};

} // namespace smsc
