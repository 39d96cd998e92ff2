// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/StsClient.h"
#include "profile/Profile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace smsc {

enum class PrincipalKind { Unknown, User, Agency };

//! One line of the "what this app needs" checklist.
struct RequiredPermission
{
    QString purpose;   //!< translated: "Export", "Add from account", "Decode a denial"
    QString action;    //!< the IAM action id, or a translated description when no id is documented
};

/*!
 * The answer to "Check profile" / `whoami`: who the credentials belong to, which scope header the
 * app sends, where it went, how far off the clock is, and the IAM actions the app needs.
 */
struct WhoAmIReport
{
    Q_DECLARE_TR_FUNCTIONS(smsc::WhoAmIReport)
public:
    QString profileName;
    QString accountId;
    QString principalUrn;
    QString principalId;
    PrincipalKind principalKind = PrincipalKind::Unknown;
    QString principalName;       //!< user name, or agency name (with session) from the URN
    QString scopeHeaderName;     //!< "X-Domain-Id" / "X-Project-Id"
    QString scopeHeaderValue;    //!< what the app sends; empty when it would send none
    QString endpoint;            //!< the STS base URL reached
    std::optional<qint64> clockSkewSeconds;
    QDateTime checkedAtUtc;
    QList<RequiredPermission> checklist;

    //! Builds the report; `accountId` is the id the app would send (profile's, else the resolved one).
    static WhoAmIReport from(const CallerIdentityResult &result, const Profile &profile, const QString &accountId);
    //! "iam::<account>:user:<name>" → User; "sts::<account>:assumed-agency:<agency>/<session>" → Agency.
    static PrincipalKind principalKindOf(const QString &urn, QString *name = nullptr);
    //! Export: getBatchConsistencyResults + queryServer; picker: list + listTask; decoding: STS.
    static QList<RequiredPermission> requiredPermissions();

    //! True when the profile names an account id that differs from the one STS reported.
    bool accountMismatch(const Profile &profile) const;
    QString toText() const;        //!< translated, one fact per line
    QJsonObject toJson() const;    //!< stable English keys
};

} // namespace smsc
