// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/Sha256.h"

#include <QtGlobal>

#include <openssl/core_names.h>
#include <openssl/evp.h>

#include <memory>

namespace smsc {

namespace {

// Fetched once: the implicit fetch behind EVP_sha256() costs a provider lookup on every call.
const EVP_MD *sha256Digest()
{
    static EVP_MD *const digest = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return digest;
}

EVP_MAC *hmac()
{
    static EVP_MAC *const mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    return mac;
}

QByteArray toHex(const unsigned char *digest, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(size)).toHex();
}

// Only a broken libcrypto install gets here; signing with a wrong hash would surface as a
// misleading "bad credentials" 401, so stop instead.
[[noreturn]] void cryptoFailed(const char *what)
{
    qFatal("libcrypto failed to compute %s", what);
}

} // namespace

QByteArray Sha256::hex(QByteArrayView data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (!sha256Digest() || !EVP_Digest(data.data(), static_cast<size_t>(data.size()), digest, &size, sha256Digest(), nullptr))
        cryptoFailed("SHA-256");
    return toHex(digest, size);
}

QByteArray Sha256::hmacHex(QByteArrayView key, QByteArrayView data)
{
    const std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)> context(
        hmac() ? EVP_MAC_CTX_new(hmac()) : nullptr, &EVP_MAC_CTX_free);
    char digestName[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digestName, 0),
                                 OSSL_PARAM_construct_end()};
    // A null key pointer means "keep the previous key" to EVP_MAC_init, not "empty key".
    static const unsigned char emptyKey = 0;
    const unsigned char *const keyBytes
        = key.isEmpty() ? &emptyKey : reinterpret_cast<const unsigned char *>(key.data());
    unsigned char mac[EVP_MAX_MD_SIZE];
    size_t size = 0;
    if (!context || !EVP_MAC_init(context.get(), keyBytes, static_cast<size_t>(key.size()), params)
        || !EVP_MAC_update(context.get(), reinterpret_cast<const unsigned char *>(data.data()),
                           static_cast<size_t>(data.size()))
        || !EVP_MAC_final(context.get(), mac, &size, sizeof mac))
        cryptoFailed("HMAC-SHA256");
    return toHex(mac, size);
}

} // namespace smsc
