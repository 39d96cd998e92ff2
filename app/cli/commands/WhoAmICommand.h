#pragma once

#include "account/StsClient.h"
#include "commands/AccountCommandSupport.h"
#include "commands/Command.h"

#include <QPointer>

namespace smsc::cli {

//! `whoami`: STS caller-identity with a profile's credentials, shown as a WhoAmIReport.
class WhoAmICommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override;
    QString summary() const override;
    void start(const QStringList &arguments) override;

private:
    void run(const Credentials &credentials);
    void ask(const ClockOffset &offset);
    void onFinished(const CallerIdentityResult &result);

    Profile m_profile;
    Credentials m_credentials;
    ClockOffsetChoice m_clock;
    bool m_json = false;
    bool m_retried = false;
    QPointer<StsClient> m_client;
};

} // namespace smsc::cli
