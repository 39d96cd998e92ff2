// SPDX-License-Identifier: GPL-3.0-or-later
// The autosave file of the rows table (rows.json), read back at start by AutosaveController::restore.
#include "FuzzSupport.h"

#include "rows/AutosaveController.h"
#include "rows/RowTableModel.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace smsc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    static QTemporaryDir dir;
    SMSC_FUZZ_CHECK(dir.isValid());
    const QString path = dir.filePath(u"rows.json"_s);
    QFile file(path);
    SMSC_FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    SMSC_FUZZ_CHECK(file.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size));
    file.close();

    RowTableModel model;
    model.setEntries({{TaskRow{u"before"_s, {}, {}}, false}});
    const QList<RowTableModel::Entry> before = model.entries();
    AutosaveController autosave(&model, path);
    const Outcome<void> restored = autosave.restore();
    if (!restored.ok()) {
        SMSC_FUZZ_CHECK(model.entries() == before);  // a failed restore leaves the table alone
        return 0;
    }
    SMSC_FUZZ_CHECK(model.rowCount() <= kMaxRows);
    SMSC_FUZZ_CHECK(!autosave.isPending());  // restoring is not an edit to save
    // Saved again and restored into another table: the same rows.
    SMSC_FUZZ_CHECK(autosave.saveNow().ok());
    RowTableModel other;
    AutosaveController second(&other, path);
    SMSC_FUZZ_CHECK(second.restore().ok());
    SMSC_FUZZ_CHECK(other.entries() == model.entries());
    return 0;
}
