// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doctor/DoctorStep.h"
#include "profile/credentials/Credentials.h"

namespace smsc {

//! Check 1: the profile is complete (endpoints, auth mode, keys present and shaped like Huawei
//! Cloud keys, scope header), with ProfileChecks and CredentialChecks. No network.
class ConfigurationStep final : public DoctorStep
{
    Q_OBJECT
public:
    ConfigurationStep(DoctorContext *context, QObject *parent = nullptr);
    void start() override;

    //! The translated name of `mode` ("AK/SK", "temporary AK/SK", "IAM token").
    static QString authModeText(AuthMode mode);
};

} // namespace smsc
