// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace smsc::cli {

//! What a command is doing, as the progress line shows it.
struct ProgressState
{
    enum class Stage { Starting, CheckingRows, ReadingCredentials, ResolvingAccount, Connecting, Waiting,
                       Receiving, Saving, Listing, Batches };
    Stage stage = Stage::Starting;
    qint64 bytes = 0;        //!< body bytes received (Receiving, Saving)
    qint64 bytesTotal = -1;  //!< -1 when the answer has no Content-Length
    int pages = 0;           //!< list pages received (Listing)
    int items = 0;           //!< list items received
    int itemsTotal = -1;     //!< the service's total, -1 until the first page
    int batchesDone = 0;     //!< batches finished in this run (Batches)
    int batchesTotal = 0;    //!< batches this run sends
    qint64 rowsDone = 0;     //!< rows of the saved batches, earlier runs included
    qint64 rowsTotal = 0;
};

//! The words of the progress line; pure, so its tests are data tables.
class ProgressText final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::cli::ProgressText)
public:
    //! One line: the stage, the numbers known so far, the elapsed time and, when the size is known,
    //! the time left. `bytesPerSecond` < 0 when not measured yet.
    static QString line(const ProgressState &state, qint64 elapsedMs, double bytesPerSecond);
    static QString stageName(ProgressState::Stage stage);
    static QString bytes(qint64 bytes);          //!< "12.3 MiB"
    static QString duration(qint64 seconds);     //!< "0:07", "1:02:03"
};

} // namespace smsc::cli
