// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/BatchManifestWriter.h"

namespace smsc {

Outcome<void> BatchManifestWriter::write(const BatchManifest &manifest, const QString &path)
{
    const QList<BatchRecord> &batches = manifest.batches;
    m_written.resize(batches.size());
    m_lines.resize(batches.size());
    for (qsizetype i = 0; i < batches.size(); ++i) {
        if (m_lines.at(i).isEmpty() || m_written.at(i) != batches.at(i)) {
            m_written[i] = batches.at(i);
            m_lines[i] = BatchManifest::batchLine(batches.at(i));
        }
    }
    return BatchManifest::writeText(path, manifest.toText(m_lines));
}

} // namespace smsc
