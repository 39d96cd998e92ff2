// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/ApiError.h"

#include <QCoreApplication>
#include <QString>

namespace smsc {

/*!
 * How a failed account or project id lookup is told (docs/SERVICE.md "Account id"): which
 * lookup failed, what IAM or STS said, and how to skip the lookup. A rejected key or a cancel
 * is passed on as it is.
 */
class LookupErrors final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::LookupErrors)
public:
    //! Neither IAM nor STS produced the account id; `iam` and `sts` are the two failures.
    static ApiError accountResolutionFailed(const ApiError &iam, const ApiError &sts);
    //! IAM's account lookup failed (not with an empty list): its own error stays the headline's cause,
    //! and STS is not asked (docs/SERVICE.md "Account id").
    static ApiError iamLookupFailed(const ApiError &iam);
    //! IAM's project lookup (/v3/projects) failed: a rejected key or a cancel as it is, a denial
    //! or a network failure with the project lookup named.
    static ApiError projectLookupFailed(const ApiError &iam);
    //! IAM answered, but not with exactly one project named `region` (none, several, or unreadable).
    static ApiError projectNotFound(const QString &region, bool several, bool malformed);
    //! The sentence for X-Project-Id without a project id and without a region to look it up by.
    static QString projectNeedsRegion();
};

} // namespace smsc
