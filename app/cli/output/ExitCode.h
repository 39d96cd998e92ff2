// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/ApiError.h"

namespace smsc::cli {

//! The CLI's documented exit codes (README.md "The command line").
enum ExitCode : int {
    Success = 0,
    Usage = 2,            //!< invalid input or usage; nothing was sent
    Rejected = 3,         //!< the service answered 4xx
    ServiceFailure = 4,   //!< the service answered 5xx or something unusable
    NetworkFailure = 5,   //!< network, TLS or timeout
    NoCredentials = 6,    //!< credentials missing or the keychain unavailable
    SaveFailed = 7,       //!< the answer could not be saved (disk, name, folder, permission, a link)
    DoctorFailed = 8,     //!< `doctor`: at least one check failed
    Interrupted = 130,    //!< SIGINT (SIGTERM: 143, see SignalWatcher::exitCode)
};

//! The exit code for a failed request.
int exitCodeFor(const ApiError &error);

} // namespace smsc::cli
