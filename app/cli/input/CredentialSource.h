// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/credentials/Credentials.h"
#include "util/Outcome.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>

namespace smsc::cli {

//! Credentials taken from the environment (and an IAM token file): the official SDK variable names.
struct EnvironmentCredentials
{
    Credentials credentials;
    QString domainId;   //!< HUAWEICLOUD_SDK_DOMAIN_ID, may be empty
    QString projectId;  //!< HUAWEICLOUD_SDK_PROJECT_ID, may be empty
    QString error;      //!< translated sentence when incomplete or unreadable; exit code 6
    bool ok() const { return error.isEmpty(); }
};

class CredentialSource final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::cli::CredentialSource)
public:
    /*!
     * AK/SK from CLOUD_SDK_AK/SK (else HUAWEICLOUD_SDK_AK/SK), a security token from
     * CLOUD_SDK_SECURITY_TOKEN (else HUAWEICLOUD_SDK_SECURITY_TOKEN); an IAM token from
     * `tokenFile` (when given; it wins) or CLOUD_SDK_IAM_TOKEN / HUAWEICLOUD_SDK_IAM_TOKEN.
     */
    static EnvironmentCredentials fromEnvironment(const QProcessEnvironment &env, const QString &tokenFile);
    //! Reads a token or key file: first line, trimmed; an empty one is a failure.
    static Outcome<QString> readSecretFile(const QString &path);
    //! Command-line options that would carry a secret; they are refused with `refusal()`.
    static const QStringList &forbiddenOptions();
    static QString refusal(const QString &option);
};

} // namespace smsc::cli
