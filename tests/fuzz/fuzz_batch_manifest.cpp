// SPDX-License-Identifier: GPL-3.0-or-later
// A batch run's manifest.json: a file on disk any program (or a person) may have edited.
#include "FuzzSupport.h"

#include "batch/BatchManifest.h"
#include "util/UntrustedText.h"

#include <QJsonDocument>

using namespace smsc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Outcome<BatchManifest> read = BatchManifest::fromJson(fuzz::bytes(data, size));
    if (!read.ok()) {
        SMSC_FUZZ_CHECK(!read.error().isEmpty());
        return 0;
    }
    const BatchManifest &m = read.value();
    // What is accepted holds together: numbered batches whose rows add up, a status each,
    // a saved batch knows its file, and no text that could act on a terminal.
    SMSC_FUZZ_CHECK(!m.batches.isEmpty() && m.batchSize >= 1 && m.batchSize <= 200);
    qint64 rows = 0;
    for (qsizetype i = 0; i < m.batches.size(); ++i) {
        const BatchRecord &b = m.batches.at(i);
        SMSC_FUZZ_CHECK(b.index == i + 1 && b.rows >= 1 && b.rows <= m.batchSize && b.firstRow >= 1);
        SMSC_FUZZ_CHECK(b.status != BatchStatus::Saved || (!b.file.isEmpty() && b.sha256.size() == 64 && b.bytes >= 0));
        SMSC_FUZZ_CHECK(!b.file.contains(u'/') && UntrustedText::isSafe(b.file));
        SMSC_FUZZ_CHECK(UntrustedText::isSafe(b.requestId) && UntrustedText::isSafe(b.errorCode));
        rows += b.rows;
    }
    SMSC_FUZZ_CHECK(rows == m.rows);
    SMSC_FUZZ_CHECK(m.count(BatchStatus::Saved) + m.count(BatchStatus::Failed) + m.count(BatchStatus::Pending)
                    == m.batches.size());
    // What we write, we read back the same.
    const Outcome<BatchManifest> again = BatchManifest::fromJson(QJsonDocument(m.toJson()).toJson());
    SMSC_FUZZ_CHECK(again.ok());
    SMSC_FUZZ_CHECK(again.value() == m);
    return 0;
}
