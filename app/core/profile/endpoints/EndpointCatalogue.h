// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/endpoints/EndpointOrigin.h"
#include "profile/endpoints/EndpointOverrides.h"
#include "profile/Profile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace smsc {

struct RegionInfo
{
    QString id;     //!< e.g. cn-north-4
    QString name;   //!< display name
    QUrl sms;
    QUrl iam;       //!< as the SDKs' region maps give it
    QUrl sts;       //!< empty where no SDK lists an STS endpoint
    bool legacy = false;
};

//! The base URLs one profile talks to; `error` (translated) is set when they cannot be built.
struct ServiceEndpoints
{
    QUrl sms;
    QList<QUrl> smsAlternates;  //!< tried in order when the one before cannot be connected
    QUrl iam;
    QUrl sts;
    EndpointOrigin smsOrigin;
    EndpointOrigin iamOrigin;
    EndpointOrigin stsOrigin;
    QString regionId;  //!< the profile's region, for messages
    QString error;
    bool ok() const { return error.isEmpty(); }
};

//! The region catalogue (embedded data, resources/endpoints.json) and endpoint rules.
class EndpointCatalogue final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::EndpointCatalogue)
public:
    static const QList<RegionInfo> &regions();
    static const RegionInfo *region(const QString &id);  //!< nullptr when unknown
    //! Region or custom endpoint plus overrides → base URLs; unknown region, missing scheme,
    //! plain http to a non-loopback host, etc. give one translated sentence in `error`.
    //! `iam`/`sts` stay empty (not an error) when the region has none and no override is
    //! given: only callers that actually need IAM/STS (account id resolution) report that.
    //! With a custom SMS endpoint, a known `region` still supplies the IAM/STS defaults.
    //! Precedence as in the SDKs: the profile, then `overrides` (environment, then regions file),
    //! then the catalogue (docs/SERVICE.md "Using your SDK set-up").
    static ServiceEndpoints resolve(const Profile &profile, const EndpointOverrides &overrides);
    //! resolve() with this process's SDK set-up (EndpointOverrides::fromSystem()).
    static ServiceEndpoints resolve(const Profile &profile);
    //! Checks a user-typed endpoint; empty when fine, else a translated sentence.
    static QString checkEndpoint(const QString &url);
    //! The sentence for a caller that needs IAM but `resolve` gave no IAM endpoint.
    static QString noIamEndpointMessage(const Profile &profile);
    //! The sentence for a caller that needs STS but `resolve` gave none: what to do instead.
    static QString noStsEndpointMessage(const QString &regionId);
};

} // namespace smsc
