// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/BatchManifest.h"
#include "util/Outcome.h"

namespace smsc {

/*!
 * Writes one run's manifest after every batch, serialising only the batches that changed since
 * the last write: a run of N batches would otherwise build N batch lines N times, so the cost per
 * batch would grow with the size of the fleet (README.md "Performance"). The file is the same as
 * BatchManifest::write() makes.
 */
class BatchManifestWriter final
{
public:
    Outcome<void> write(const BatchManifest &manifest, const QString &path);

private:
    QList<BatchRecord> m_written;  //!< the records m_lines were made from
    QList<QByteArray> m_lines;
};

} // namespace smsc
