// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/OutputTarget.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace smsc::cli {

bool OutputTarget::canCreateFileIn(const QString &directory)
{
    QTemporaryFile probe(QDir(directory).filePath(u".sms-consistency-probe-XXXXXX"_s));
    return probe.open();  // removed again when `probe` goes out of scope
}

OutputCheck OutputTarget::check(const QString &filePath, const QString &directory, bool force)
{
    OutputCheck result;
    result.options.overwrite = force;
    if (!filePath.isEmpty()) {
        const QFileInfo file(filePath);
        if (file.isSymLink() && !force) {
            result.error = tr("The output %1 is a symbolic link; it is not written through. Nothing was sent or "
                              "written; add --force to replace the link itself.").arg(filePath);
            result.saveRefused = true;
            return result;
        }
        if (file.isDir()) {
            result.error = tr("The output %1 is a folder; use --output-dir for a folder.").arg(filePath);
            return result;
        }
        if (file.exists() && !force) {
            result.error = tr("The output file %1 already exists; add --force to replace it.").arg(filePath);
            return result;
        }
        const QString folder = file.absolutePath();
        if (!QFileInfo(folder).isDir()) {
            result.error = tr("The output folder %1 does not exist.").arg(folder);
            return result;
        }
        if (!canCreateFileIn(folder)) {
            result.error = tr("The output folder %1 is not writable.").arg(folder);
            return result;
        }
        result.options.filePath = file.absoluteFilePath();
        return result;
    }
    const QString folder = directory.isEmpty() ? QDir::currentPath() : directory;
    const QFileInfo info(folder);
    if (!info.exists()) {
        result.error = tr("The output folder %1 does not exist.").arg(folder);
    } else if (!info.isDir()) {
        result.error = tr("The output folder %1 is not a folder.").arg(folder);
    } else if (!canCreateFileIn(folder)) {
        result.error = tr("The output folder %1 is not writable.").arg(folder);
    } else {
        result.options.directory = info.absoluteFilePath();
    }
    return result;
}

} // namespace smsc::cli
