// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportJob.h"

#include <QCoreApplication>

namespace smsc::cli {

class Console;

//! The human-readable (non --json) output of `export`: translated, messages on stderr.
class ReportPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::cli::ReportPrinter)
public:
    //! Saved: the path on stdout, size and request id on stderr.
    static void printSaved(Console &console, const ExportOutcome &outcome);
    //! Every field support staff need, one per line, on stderr.
    static void printFailure(Console &console, const ExportOutcome &outcome);
    //! The signed request as it would be sent (already redacted by the job), on stdout.
    static void printDryRun(Console &console, const ExportOutcome &outcome);
    //! "The service returned no file" with what it did return.
    static QString noFileMessage(const ExportOutcome &outcome);
};

} // namespace smsc::cli
