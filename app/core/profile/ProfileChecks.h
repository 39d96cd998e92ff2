// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/Profile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace smsc {

//! The non-secret fields of a profile form, so a problem can be shown next to its field.
enum class ProfileField {
    Name, Region, Endpoint, IamEndpoint, StsEndpoint, DomainId, ProjectId,
    ConnectTimeout, TransferTimeout, Proxy, CaFile,
};

struct ProfileIssue
{
    ProfileField field = ProfileField::Name;
    QString message;  //!< translated, one sentence
};

//! Checks the non-secret part of a profile before it is saved. Pure apart from reading the CA file's existence.
class ProfileChecks final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::ProfileChecks)
public:
    //! Every problem, in form order; `existingNames` are the other profiles' names (must not clash).
    static QList<ProfileIssue> check(const Profile &profile, const QStringList &existingNames);
    //! True when the IAM endpoint must be asked for: the region (or custom endpoint) has none built in.
    static bool needsIamEndpoint(const Profile &profile);
};

} // namespace smsc
