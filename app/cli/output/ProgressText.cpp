// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/ProgressText.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace smsc::cli {

QString ProgressText::stageName(ProgressState::Stage stage)
{
    switch (stage) {
    case ProgressState::Stage::Starting: return tr("Starting");
    case ProgressState::Stage::CheckingRows: return tr("Checking the rows");
    case ProgressState::Stage::ReadingCredentials: return tr("Reading the credentials");
    case ProgressState::Stage::ResolvingAccount: return tr("Resolving the account");
    case ProgressState::Stage::Connecting: return tr("Connecting");
    case ProgressState::Stage::Waiting: return tr("Waiting for the service");
    case ProgressState::Stage::Receiving: return tr("Receiving");
    case ProgressState::Stage::Saving: return tr("Saving");
    case ProgressState::Stage::Listing: return tr("Listing");
    case ProgressState::Stage::Batches: return tr("Batches");
    }
    return {};
}

QString ProgressText::bytes(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString ProgressText::duration(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    const qint64 h = seconds / 3600;
    const QString ms = u"%1:%2"_s.arg((seconds / 60) % 60).arg(int(seconds % 60), 2, 10, QLatin1Char('0'));
    return h > 0 ? u"%1:%2"_s.arg(h).arg(ms.rightJustified(5, QLatin1Char('0'))) : ms;
}

QString ProgressText::line(const ProgressState &state, qint64 elapsedMs, double bytesPerSecond)
{
    const QString stage = stageName(state.stage);
    const QString elapsed = duration(elapsedMs / 1000);
    using Stage = ProgressState::Stage;
    if (state.stage == Stage::Listing) {
        if (state.itemsTotal < 0)
            return tr("%1: %2 items, pages received: %3, %4 elapsed").arg(stage).arg(state.items).arg(state.pages).arg(elapsed);
        return tr("%1: %2 of %3 items, pages received: %4, %5 elapsed")
            .arg(stage).arg(state.items).arg(state.itemsTotal).arg(state.pages).arg(elapsed);
    }
    if (state.stage == Stage::Batches) {
        // The time left assumes the batches still to come take as long as those done so far.
        const qint64 left = state.batchesDone > 0
            ? elapsedMs / 1000 * (state.batchesTotal - state.batchesDone) / state.batchesDone : -1;
        return tr("%1: %2 of %3 done, %4 of %5 rows, %6, %7 elapsed, %8 left")
            .arg(stage).arg(state.batchesDone).arg(state.batchesTotal).arg(state.rowsDone).arg(state.rowsTotal)
            .arg(bytes(state.bytes), elapsed, left < 0 ? u"–"_s : duration(left));
    }
    if (state.stage != Stage::Receiving && state.stage != Stage::Saving)
        return tr("%1… %2 elapsed").arg(stage, elapsed);
    const QString rate = bytesPerSecond < 0 ? u"–"_s : tr("%1/s").arg(bytes(qint64(bytesPerSecond)));
    if (state.bytesTotal <= 0)
        return tr("%1: %2, %3, %4 elapsed").arg(stage, bytes(state.bytes), rate, elapsed);
    const int percent = int(std::min<qint64>(100, state.bytes * 100 / state.bytesTotal));
    const qint64 left = state.bytesTotal - state.bytes;
    const QString eta = bytesPerSecond > 0 ? duration(qint64(std::ceil(double(left) / bytesPerSecond))) : u"–"_s;
    return tr("%1: %2 of %3 (%4%), %5, %6 elapsed, %7 left")
        .arg(stage, bytes(state.bytes), bytes(state.bytesTotal))
        .arg(percent)
        .arg(rate, elapsed, eta);
}

} // namespace smsc::cli
