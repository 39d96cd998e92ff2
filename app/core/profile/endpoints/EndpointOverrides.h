// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/endpoints/EndpointOrigin.h"
#include "profile/endpoints/RegionsFile.h"

#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <optional>

namespace smsc {

//! Endpoints configured outside the profile, the way the official SDKs read them.
struct EndpointOverride
{
    QStringList endpoints;  //!< as written; several only for SMS (tried in order)
    EndpointOrigin origin;
};

/*!
 * The SDK set-up the app honours (docs/SERVICE.md "Using your SDK set-up"):
 * HUAWEICLOUD_SDK_IAM_ENDPOINT, HUAWEICLOUD_SDK_STS_ENDPOINT, HUAWEICLOUD_SDK_REGION_SMS_<REGION_ID>
 * and the SMS entries of the regions file (HUAWEICLOUD_SDK_REGIONS_FILE, else
 * ~/.huaweicloud/regions.yaml). A value; reading the environment and the file happens once, in
 * fromEnvironment().
 */
class EndpointOverrides final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::EndpointOverrides)
public:
    static constexpr auto kIamVariable = "HUAWEICLOUD_SDK_IAM_ENDPOINT";
    static constexpr auto kStsVariable = "HUAWEICLOUD_SDK_STS_ENDPOINT";
    static constexpr auto kRegionsFileVariable = "HUAWEICLOUD_SDK_REGIONS_FILE";

    EndpointOverrides() = default;  //!< none at all
    //! Reads the variables of `environment` and the regions file it names (or `homeDir`'s).
    static EndpointOverrides fromEnvironment(const QProcessEnvironment &environment, const QString &homeDir);
    //! fromEnvironment() on this process's environment and home folder.
    static EndpointOverrides fromSystem();

    //! HUAWEICLOUD_SDK_REGION_SMS_<REGION_ID>: upper case, '-' → '_'.
    static QString smsVariable(const QString &regionId);

    std::optional<EndpointOverride> sms(const QString &regionId) const;
    std::optional<EndpointOverride> iam() const;
    std::optional<EndpointOverride> sts() const;
    //! A regions file that exists but cannot be read or parsed (translated, names the line); else empty.
    QString error() const { return m_error; }
    QString regionsFilePath() const { return m_regionsPath; }

private:
    QProcessEnvironment m_environment;
    RegionsFile m_regions;
    QString m_regionsPath;
    QString m_error;
};

} // namespace smsc
