// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/BatchSetup.h"

#include "batch/RunFolder.h"
#include "rows/RowsFile.h"
#include "signing/Sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

Outcome<QByteArray> readBytes(const QString &path)
{
    QFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    // A run is resumed by reading its rows file again, so only a regular file will do; a FIFO or a
    // device would also block this (synchronous) read, and the window or the CLI with it.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Failure{BatchSetup::tr("%1 is not a regular file: a batch run reads its rows file again on resume.")
                           .arg(shown)};
    if (!file.open(QIODevice::ReadOnly))
        return Failure{BatchSetup::tr("Cannot read the rows file %1: %2").arg(shown, file.errorString()),
                       FailureKind::NotFound};
    if (file.size() > RowsFile::kMaxFileBytes)
        return Failure{BatchSetup::tr("%1 is larger than 16 MiB, too large for a rows file.").arg(shown)};
    QByteArray data = file.read(RowsFile::kMaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Failure{BatchSetup::tr("Cannot read the rows file %1: %2").arg(shown, file.errorString())};
    return data;
}

//! Reads, parses and splits the rows file; the first problem as one message, with how many others.
Outcome<BatchSetup> readRows(const QString &path, int batchSize)
{
    BatchSetup setup;
    setup.rowsFile = QFileInfo(path).absoluteFilePath();
    const Outcome<QByteArray> bytes = readBytes(setup.rowsFile);
    if (!bytes.ok())
        return bytes.failure();
    const QString name = QFileInfo(setup.rowsFile).fileName();
    const Outcome<ParsedRows> parsed = RowsFile::parse(bytes.value());
    if (!parsed.ok())
        return Failure{BatchSetup::tr("%1: %2").arg(name, parsed.error()), FailureKind::Failed, {},
                       parsed.failure().line};
    setup.rowsSha256 = QString::fromLatin1(Sha256::hex(bytes.value()));
    setup.plan = BatchPlan::split(parsed.value().rows, batchSize);
    if (!setup.plan.ok()) {
        const QList<RowProblem> &problems = setup.plan.problems();
        const RowProblem &first = problems.constFirst();
        const int index = first.row - 1;
        const QList<int> &lines = parsed.value().lines;
        const int line = index >= 0 && index < lines.size() ? lines.at(index) : 0;
        QString message = line > 0 ? BatchSetup::tr("%1, line %2: %3").arg(name).arg(line).arg(first.message())
                                   : BatchSetup::tr("%1: %2").arg(name, first.message());
        if (problems.size() > 1)
            message += u' ' + BatchSetup::tr("%n more problem(s) in the file.", "", int(problems.size() - 1));
        message += u' ' + BatchSetup::tr("Nothing was sent.");
        return Failure{message, FailureKind::Failed, {}, line};
    }
    return setup;
}

} // namespace

Outcome<BatchSetup> BatchSetup::fromRowsFile(const QString &path, int batchSize)
{
    Outcome<BatchSetup> read = readRows(path, batchSize);
    if (!read.ok())
        return read;
    BatchSetup setup = read.value();
    setup.manifest = BatchManifest::fromPlan(setup.plan);
    setup.manifest.rowsFile = setup.rowsFile;
    setup.manifest.rowsSha256 = setup.rowsSha256;
    return setup;
}

Outcome<BatchSetup> BatchSetup::resume(const QString &manifestPath, const QString &endpoint)
{
    const QString absolute = QFileInfo(manifestPath).absoluteFilePath();
    const Outcome<BatchManifest> manifest = BatchManifest::read(absolute);
    if (!manifest.ok())
        return manifest.failure();
    const Outcome<void> sameEndpoint = manifest.value().checkResumeEndpoint(endpoint);
    if (!sameEndpoint.ok())
        return sameEndpoint.failure();
    Outcome<BatchSetup> read = readRows(manifest.value().rowsFile, manifest.value().batchSize);
    if (!read.ok())
        return read;
    BatchSetup setup = read.value();
    const QString shown = QDir::toNativeSeparators(setup.rowsFile);
    if (setup.rowsSha256 != manifest.value().rowsSha256) {
        return Failure{tr("The rows file %1 has changed since the run began (its SHA-256 differs from the "
                          "manifest's); nothing was sent.").arg(shown)};
    }
    if (!manifest.value().matches(setup.plan)) {
        return Failure{tr("The rows file %1 no longer splits into the batches the manifest records; nothing was sent.")
                           .arg(shown)};
    }
    setup.manifest = manifest.value();
    setup.runFolder = QFileInfo(absolute).absolutePath();
    return setup;
}

Outcome<QString> BatchSetup::writeRowsFile(const QString &parent, const QList<TaskRow> &rows, const QDateTime &localTime)
{
    const Outcome<QString> folder = RunFolder::create(parent, localTime);
    if (!folder.ok())
        return folder;
    const QString path = QDir(folder.value()).filePath(rowsFileName());
    const Outcome<void> written = RowsFile::write(path, rows);
    if (!written.ok())
        return written.failure();
    return path;
}

} // namespace smsc
