// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HttpRequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace smsc {

//! What support staff need of a request that was (or would be) sent; secrets already redacted.
struct RequestRecord
{
    QByteArray method;
    QString url;
    HeaderList headers;           //!< redacted: Authorization signature, tokens
    QByteArray body;
    QByteArray canonicalRequest;  //!< redacted too (a signed security token appears in it)
    QByteArray stringToSign;
    QDateTime sentAtUtc;
    bool isEmpty() const { return method.isEmpty(); }
};

} // namespace smsc
