#include "ApiError.h"

namespace smsc {

QString errorKindId(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None: return QStringLiteral("none");
    case ErrorKind::InvalidInput: return QStringLiteral("invalid_input");
    case ErrorKind::Authentication: return QStringLiteral("authentication");
    case ErrorKind::Permission: return QStringLiteral("permission");
    case ErrorKind::NotFound: return QStringLiteral("not_found");
    case ErrorKind::Throttled: return QStringLiteral("throttled");
    case ErrorKind::Server: return QStringLiteral("server");
    case ErrorKind::Network: return QStringLiteral("network");
    case ErrorKind::Tls: return QStringLiteral("tls");
    case ErrorKind::Timeout: return QStringLiteral("timeout");
    case ErrorKind::Cancelled: return QStringLiteral("cancelled");
    case ErrorKind::Redirected: return QStringLiteral("redirected");
    case ErrorKind::LocalFile: return QStringLiteral("local_file");
    case ErrorKind::Credentials: return QStringLiteral("credentials");
    }
    return QStringLiteral("unknown");
}

} // namespace smsc
