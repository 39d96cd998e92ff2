// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics/ClockRetryPrompt.h"

#include "clock/ClockRetry.h"
#include "clock/ClockSkew.h"
#include "prompts/UserPrompts.h"

#include <QTimer>

namespace smsc {

void ClockRetryPrompt::ask(QWidget *parent, UserPrompts *prompts, const ApiError &error, Done done)
{
    const std::optional<ClockOffset> offset = ClockRetry::offsetFor(error);
    if (!offset) {
        QTimer::singleShot(0, [done = std::move(done)] { done(std::nullopt); });
        return;
    }
    prompts->confirm(parent, tr("Clock out of step"), ClockSkew::retryQuestion(*offset), tr("&Retry once"),
                     [offset, done = std::move(done)](bool yes) { done(yes ? offset : std::nullopt); });
}

} // namespace smsc
