// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/Command.h"

namespace smsc::cli {

/*!
 * `sign`: prints every intermediate of SDK-HMAC-SHA256 for exactly the given request, so support
 * staff can compare with the canonical request a gateway echoes. AK/SK from the environment;
 * the SK is never printed.
 */
class SignCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override;
    QString summary() const override;
    void start(const QStringList &arguments) override;
};

} // namespace smsc::cli
