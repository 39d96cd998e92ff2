// SPDX-License-Identifier: GPL-3.0-or-later
#include "errors/ApiError.h"

#include "util/UntrustedText.h"

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

ApiError neutralised(ApiError error)
{
    using Lines = UntrustedText::Lines;
    for (QString *s : {&error.errorCode, &error.requestId, &error.redirectLocation, &error.headline,
                       &error.encodedAuthorizationMessage})
        *s = UntrustedText::neutralised(*s, Lines::Escape);
    for (QString *s : {&error.errorMsgRaw, &error.errorMsg, &error.gatewayCanonicalRequest, &error.hint,
                       &error.technicalDetail})
        *s = UntrustedText::neutralised(*s, Lines::Keep);
    for (QString &param : error.errorParam)
        param = UntrustedText::neutralised(param, Lines::Escape);
    for (ErrorDetail &detail : error.details) {
        detail.code = UntrustedText::neutralised(detail.code, Lines::Escape);
        detail.message = UntrustedText::neutralised(detail.message, Lines::Keep);
    }
    return error;
}

} // namespace smsc
