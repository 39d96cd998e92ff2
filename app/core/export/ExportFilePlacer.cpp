// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportFilePlacer.h"

#include "util/FileOps.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <cerrno>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {
constexpr int kMaxNumberedNames = 10000;  // as DownloadFile::uniquePath
} // namespace

Outcome<QString> ExportFilePlacer::place(const QString &stagedFile, const QString &folder, Conflict conflict)
{
    const QString wanted = QDir(folder).filePath(QFileInfo(stagedFile).fileName());
    // The name is claimed by the move itself, never checked first: a file (or a link) that appears
    // at the name meanwhile is never replaced unless the user chose Replace.
    QString target = wanted;
    int error = 0;
    if (conflict == Conflict::Replace) {
        error = FileOps::moveReplacing(stagedFile, target);  // replaces a link itself, not its target
    } else {
        for (int n = 0; n < kMaxNumberedNames; ++n) {
            target = FileOps::numberedPath(wanted, n);
            error = FileOps::moveNoReplace(stagedFile, target);
            if (error != EEXIST)
                break;
            if (conflict == Conflict::Ask)
                return Failure{{}, FailureKind::Exists, target};
        }
    }
    if (error != 0) {
        return Failure{tr("The file could not be moved to \"%1\": %2")
                           .arg(QDir::toNativeSeparators(target), FileOps::osReason(error))};
    }
    return target;
}

QString ExportFilePlacer::formatSize(qint64 bytes)
{
    const QLocale locale;
    if (bytes < 1024)
        return tr("%1 bytes").arg(locale.toString(bytes));
    return tr("%1 (%2 bytes)").arg(locale.formattedDataSize(bytes), locale.toString(bytes));
}

} // namespace smsc
