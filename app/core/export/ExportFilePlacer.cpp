#include "export/ExportFilePlacer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace smsc {

Outcome<QString> ExportFilePlacer::place(const QString &stagedFile, const QString &folder, Conflict conflict)
{
    const QString name = QFileInfo(stagedFile).fileName();
    QString target = QDir(folder).filePath(name);
    if (QFileInfo::exists(target)) {
        if (conflict == Conflict::Ask)
            return Failure{{}, FailureKind::Exists, target};
        if (conflict == Conflict::KeepBoth) {
            const QFileInfo info(target);
            const QString stem = info.completeBaseName();
            const QString suffix = info.suffix().isEmpty() ? QString() : u"."_s + info.suffix();
            for (int n = 1; QFileInfo::exists(target); ++n)
                target = QDir(folder).filePath(u"%1 (%2)%3"_s.arg(stem).arg(n).arg(suffix));
        }
    }
    // rename(2) replaces an existing target atomically; QFile::rename would refuse it.
    if (std::rename(QFile::encodeName(stagedFile).constData(), QFile::encodeName(target).constData()) != 0) {
        return Failure{tr("The file could not be moved to \"%1\": %2")
                           .arg(QDir::toNativeSeparators(target), QString::fromLocal8Bit(std::strerror(errno)))};
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
