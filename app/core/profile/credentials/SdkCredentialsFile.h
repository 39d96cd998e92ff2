// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/credentials/Credentials.h"
#include "profile/Profile.h"
#include "util/Outcome.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>
#include <QString>

namespace smsc {

//! One `[basic]` or `[global]` section of the SDK credentials file.
struct SdkCredentialsSection
{
    QString name;           //!< "basic" or "global"
    QString accessKey;      //!< ak
    QString secretKey;      //!< sk
    QString securityToken;  //!< security_token (temporary keys); may be empty
    QString projectId;      //!< project_id; may be empty
    QString domainId;       //!< domain_id; may be empty
    QString iamEndpoint;    //!< iam_endpoint; may be empty
    int line = 0;           //!< 1-based line of the section header

    //! AK/SK, or temporary AK/SK with the token; never anything else.
    Credentials credentials() const;
    /*!
     * `base` with what the section says about the account: [basic] sends X-Project-Id (its
     * project_id, or looked up through IAM when empty), [global] X-Domain-Id (its domain_id, or
     * looked up); the ids and iam_endpoint the file gives are kept. No secret goes into the profile.
     */
    Profile applyTo(Profile base) const;
};

/*!
 * The official SDKs' credentials file (HUAWEICLOUD_SDK_CREDENTIALS_FILE or
 * ~/.huaweicloud/credentials): an INI file with `[basic]` and `[global]` sections of
 * `key = value` lines. Read strictly (docs/SERVICE.md "Using your SDK set-up"): an unknown
 * section or key, a repeated one, a line that is not `key = value`, or a section without ak or sk
 * is a failure naming the line. No message ever quotes the file's text, which holds secrets.
 */
class SdkCredentialsFile final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::SdkCredentialsFile)
public:
    static constexpr qsizetype kMaxBytes = 64 * 1024;

    //! Parses `text`; a failure carries the 1-based line (Failure::line) and names it in the message.
    static Outcome<SdkCredentialsFile> parse(const QByteArray &text, const QString &path = {});
    //! Reads and parses `path`; FailureKind::NotFound when there is no such file.
    static Outcome<SdkCredentialsFile> read(const QString &path);
    //! HUAWEICLOUD_SDK_CREDENTIALS_FILE when set, else ~/.huaweicloud/credentials (as the SDKs look).
    static QString defaultPath(const QProcessEnvironment &environment);

    QString path() const { return m_path; }
    const QList<SdkCredentialsSection> &sections() const { return m_sections; }
    /*!
     * The section named `wanted` ("basic" or "global"); with `wanted` empty, the only one. Both
     * present and none asked for is a failure that names both (the choice changes the scope header).
     */
    Outcome<SdkCredentialsSection> section(const QString &wanted) const;

private:
    QString m_path;
    QList<SdkCredentialsSection> m_sections;
};

} // namespace smsc
