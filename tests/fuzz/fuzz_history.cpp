// SPDX-License-Identifier: GPL-3.0-or-later
// The export history file (shared by the GUI and the CLI, so any process may have written it).
#include "FuzzSupport.h"

#include "export/ExportHistory.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace smsc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    SMSC_FUZZ_CHECK(dir.isValid());
    const QString path = dir.filePath(u"export-history.json"_s);
    QFile file(path);
    SMSC_FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    SMSC_FUZZ_CHECK(file.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size));
    file.close();

    ExportHistory history(path, 5);
    const Outcome<void> loaded = history.load();
    if (!loaded.ok()) {
        SMSC_FUZZ_CHECK(history.entries().isEmpty() && !loaded.error().isEmpty());
        return 0;
    }
    for (const HistoryEntry &entry : history.entries()) {
        SMSC_FUZZ_CHECK(entry.timeUtc.isValid() && !entry.outcome.isEmpty());
        // What we write, we read back the same.
        const QJsonObject json = entry.toJson();
        const std::optional<HistoryEntry> again = HistoryEntry::fromJson(json);
        SMSC_FUZZ_CHECK(again.has_value());
        SMSC_FUZZ_CHECK(QJsonDocument(again->toJson()) == QJsonDocument(json));
    }
    // Appending keeps the newest entries up to the cap, in a file that loads again.
    const qsizetype before = history.entries().size();
    HistoryEntry added;
    added.timeUtc = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
    added.outcome = u"ok"_s;
    SMSC_FUZZ_CHECK(history.append(added).ok());
    ExportHistory reread(path, 5);
    SMSC_FUZZ_CHECK(reread.load().ok());
    SMSC_FUZZ_CHECK(reread.entries().size() == std::min<qsizetype>(before + 1, 5));
    return 0;
}
