// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/ExitCode.h"

namespace smsc::cli {

int exitCodeFor(const ApiError &error)
{
    if (error.httpStatus >= 400 && error.httpStatus < 500)
        return Rejected;
    if (error.httpStatus >= 500)
        return ServiceFailure;
    switch (error.kind) {
    case ErrorKind::None: return Success;
    case ErrorKind::InvalidInput: return Usage;
    // With a 2xx status the service answered and only the saving failed; without one nothing was sent.
    case ErrorKind::LocalFile: return error.httpStatus >= 200 && error.httpStatus < 300 ? SaveFailed : Usage;
    case ErrorKind::Authentication:
    case ErrorKind::Permission:
    case ErrorKind::NotFound:
    case ErrorKind::Throttled: return Rejected;
    case ErrorKind::Server:
    case ErrorKind::Redirected: return ServiceFailure;
    case ErrorKind::Network:
    case ErrorKind::Tls:
    case ErrorKind::Timeout: return NetworkFailure;
    case ErrorKind::Cancelled: return Interrupted;
    case ErrorKind::Credentials: return NoCredentials;
    }
    return ServiceFailure;
}

} // namespace smsc::cli
