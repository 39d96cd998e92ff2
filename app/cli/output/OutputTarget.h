// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportJob.h"

#include <QCoreApplication>

namespace smsc::cli {

//! Where the export will be saved, checked before anything is sent.
struct OutputCheck
{
    OutputOptions options;
    QString error;  //!< translated sentence naming the path and the problem
    bool saveRefused = false;  //!< a refusal to save (a link at --output): exit 7, not a usage error
    bool ok() const { return error.isEmpty(); }
};

class OutputTarget final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::cli::OutputTarget)
public:
    /*!
     * `filePath` (--output) or `directory` (--output-dir; default the current folder). Refuses an
     * existing file or a symbolic link (dangling or not) without `force`, a missing folder and a
     * folder no file can be created in. With `force` a link is replaced itself, never written through.
     */
    static OutputCheck check(const QString &filePath, const QString &directory, bool force);
    //! True when a file can be created in `directory` (tried, not guessed: root ignores modes).
    static bool canCreateFileIn(const QString &directory);
};

} // namespace smsc::cli
