// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace smsc {

//! Percent-encoding of request paths and query components, once, exactly as the gateway expects
//! them both on the wire and in the signed canonical request. Pure.
class UriEncoding final
{
public:
    //! One path segment / query component: RFC 3986 unreserved characters kept, the rest %XX.
    static QByteArray component(const QString &raw);
    //! The path with every segment encoded once, always starting and ending in '/'.
    static QByteArray path(const QString &rawPath);
};

} // namespace smsc
