// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/ProjectIdResolver.h"
#include "account/StsClient.h"
#include "commands/SignedCommand.h"

#include <QPointer>

namespace smsc::cli {

//! `whoami`: STS caller-identity with a profile's credentials, shown as a WhoAmIReport.
class WhoAmICommand final : public SignedCommand
{
    Q_OBJECT
public:
    using SignedCommand::SignedCommand;
    QString name() const override;
    QString summary() const override;
    void start(const QStringList &arguments) override;

private:
    void send(const ClockOffset &offset) override;
    void onFinished(const CallerIdentityResult &result);
    void report(const CallerIdentityResult &result);
    void onInterrupt();

    QPointer<StsClient> m_client;
    QPointer<ProjectIdResolver> m_projectResolver;
    ClockOffset m_offset;
};

} // namespace smsc::cli
