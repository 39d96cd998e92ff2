// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace smsc {

enum class AuthMode {
    AkSk,           //!< permanent access key + secret key, SDK-HMAC-SHA256 signed
    TemporaryAkSk,  //!< temporary AK/SK plus X-Security-Token (signed)
    IamToken,       //!< X-Auth-Token, no signature
};

//! Secrets for one request. Lives in memory only; never written to settings, logs or reports.
struct Credentials
{
    AuthMode mode = AuthMode::AkSk;
    QString accessKey;
    QString secretKey;
    QString securityToken;
    QString iamToken;

    //! Empty when complete for `mode`, else a translated sentence naming what is missing.
    QString missingPart() const;
    //! The AK as the user may see it in reports: first 4 and last 4 characters.
    QString maskedAccessKey() const;
};

QString authModeId(AuthMode mode);             //!< "aksk", "temporary", "token"
bool authModeFromId(const QString &id, AuthMode *mode);

} // namespace smsc
