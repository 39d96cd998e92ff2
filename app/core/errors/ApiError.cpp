#include "errors/ApiError.h"

using namespace Qt::StringLiterals;

namespace smsc {

QString errorKindId(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None: return u"none"_s;
    case ErrorKind::InvalidInput: return u"invalid_input"_s;
    case ErrorKind::Authentication: return u"authentication"_s;
    case ErrorKind::Permission: return u"permission"_s;
    case ErrorKind::NotFound: return u"not_found"_s;
    case ErrorKind::Throttled: return u"throttled"_s;
    case ErrorKind::Server: return u"server"_s;
    case ErrorKind::Network: return u"network"_s;
    case ErrorKind::Tls: return u"tls"_s;
    case ErrorKind::Timeout: return u"timeout"_s;
    case ErrorKind::Cancelled: return u"cancelled"_s;
    case ErrorKind::Redirected: return u"redirected"_s;
    case ErrorKind::LocalFile: return u"local_file"_s;
    case ErrorKind::Credentials: return u"credentials"_s;
    }
    return u"unknown"_s;
}

ErrorKind errorKindFromId(const QString &id)
{
    for (int k = int(ErrorKind::None); k <= int(ErrorKind::Credentials); ++k) {
        if (errorKindId(ErrorKind(k)) == id)
            return ErrorKind(k);
    }
    return ErrorKind::Server;
}

} // namespace smsc
