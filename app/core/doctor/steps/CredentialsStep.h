// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doctor/DoctorStep.h"

#include <QPointer>

namespace smsc {

class StsClient;
struct CallerIdentityResult;

/*!
 * Check 6: one signed STS caller-identity call (StsClient): the account, the user or agency and
 * the kind of key. A rejected key is named as such and never sent again in the run: the later
 * signed checks are skipped with that reason (the gateway locks a key after 5 failures).
 */
class CredentialsStep final : public DoctorStep
{
    Q_OBJECT
public:
    CredentialsStep(DoctorContext *context, QObject *parent = nullptr);
    ~CredentialsStep() override;
    void start() override;

    //! The fix for a rejected key, with the lockout reminder.
    static QString rejectedKeyFix();
    //! The reason the later signed checks give once a key was rejected.
    static QString rejectedKeyBlock();

private:
    void onFinished(const CallerIdentityResult &result);

    QPointer<StsClient> m_client;
};

} // namespace smsc
