// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/RunFolder.h"

#include "util/FileOps.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace smsc {

QString RunFolder::baseName(const QDateTime &localTime)
{
    return u"sms-export-"_s + localTime.toString(u"yyyyMMdd-HHmmss"_s);
}

Outcome<QString> RunFolder::create(const QString &parent, const QDateTime &localTime)
{
    const QDir dir(parent.isEmpty() ? QDir::currentPath() : parent);
    const QString base = baseName(localTime);
    for (int n = 1; n <= 999; ++n) {
        const QString path = dir.absoluteFilePath(n == 1 ? base : u"%1-%2"_s.arg(base).arg(n));
        // mkdir(2) is the check and the claim in one step: two runs in the same second get two folders.
        if (::mkdir(QFile::encodeName(path).constData(), 0777) == 0)
            return path;
        const int error = errno;
        if (error != EEXIST) {
            return Failure{tr("The run folder %1 cannot be created: %2").arg(QDir::toNativeSeparators(path),
                                                                             FileOps::osReason(error))};
        }
    }
    return Failure{tr("No free run folder name is left in %1.").arg(QDir::toNativeSeparators(dir.absolutePath()))};
}

} // namespace smsc
