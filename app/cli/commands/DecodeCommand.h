#pragma once

#include "account/StsClient.h"
#include "commands/AccountCommandSupport.h"
#include "commands/Command.h"

#include <QPointer>

namespace smsc::cli {

/*!
 * `decode [FILE|-]`: sends an encoded_authorization_message (read from FILE or stdin, bare or inside
 * a 403 JSON body) to STS decode-authorization-message and prints the decision.
 */
class DecodeCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override;
    QString summary() const override;
    void start(const QStringList &arguments) override;

    //! The message inside `input`: the value of "encoded_authorization_message" when `input` is a
    //! JSON object carrying one, else the trimmed text.
    static QString messageFrom(const QByteArray &input);

private:
    void run(const Credentials &credentials);
    void decode(const ClockOffset &offset);
    void onFinished(const DecodeResult &result);

    Profile m_profile;
    Credentials m_credentials;
    QString m_message;
    ClockOffsetChoice m_clock;
    bool m_json = false;
    bool m_retried = false;
    QPointer<StsClient> m_client;
};

} // namespace smsc::cli
