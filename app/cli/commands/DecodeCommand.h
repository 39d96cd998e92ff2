// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/StsClient.h"
#include "commands/SignedCommand.h"

#include <QPointer>

namespace smsc::cli {

/*!
 * `decode [FILE|-]`: sends an encoded_authorization_message (read from FILE or stdin, bare or inside
 * a 403 JSON body) to STS decode-authorization-message and prints the decision.
 */
class DecodeCommand final : public SignedCommand
{
    Q_OBJECT
public:
    using SignedCommand::SignedCommand;
    QString name() const override;
    QString summary() const override;
    void start(const QStringList &arguments) override;

    //! The message inside `input`: the value of "encoded_authorization_message" when `input` is a
    //! JSON object carrying one, else the trimmed text.
    static QString messageFrom(const QByteArray &input);

private:
    void send(const ClockOffset &offset) override;
    void onFinished(const DecodeResult &result);
    void onInterrupt();

    QString m_message;
    QPointer<StsClient> m_client;
};

} // namespace smsc::cli
