// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doctor/DoctorStep.h"

#include <QPointer>

namespace smsc {

class AccountIdResolver;
struct AccountIdResult;

//! Check 7: the account (domain) id configured against the one the keys resolve to
//! (AccountIdResolver: IAM, then STS), a mismatch named.
class AccountIdStep final : public DoctorStep
{
    Q_OBJECT
public:
    AccountIdStep(DoctorContext *context, QObject *parent = nullptr);
    ~AccountIdStep() override;
    void start() override;

private:
    void onFinished(const AccountIdResult &result);

    QPointer<AccountIdResolver> m_resolver;
};

} // namespace smsc
