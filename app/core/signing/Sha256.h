// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace smsc {

//! SHA-256 and HMAC-SHA256 for request signing, on OpenSSL's libcrypto (SHA-NI where the CPU has
//! it: about ten times QCryptographicHash, which bounds signing a large body).
class Sha256 final
{
public:
    //! Lower-case hex SHA-256 of `data` (64 characters).
    static QByteArray hex(QByteArrayView data);
    //! Lower-case hex HMAC-SHA256 of `data` keyed with `key` (64 characters).
    static QByteArray hmacHex(QByteArrayView key, QByteArrayView data);
};

} // namespace smsc
