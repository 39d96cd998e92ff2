// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock/ClockOffset.h"
#include "errors/ApiError.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

class QWidget;

namespace smsc {

class UserPrompts;

//! On "signature expired" with a measured skew, asks whether to retry once with that offset
//! (ClockRetry::offsetFor); the caller's ClockRetry decides whether that one retry is still unused.
class ClockRetryPrompt final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::ClockRetryPrompt)
public:
    using Done = std::function<void(std::optional<ClockOffset>)>;

    //! `done` (always later, never inside this call) gets the offset to sign with when the user
    //! agrees; nullopt when they decline or when `error` offers no clock retry (then nothing is asked).
    static void ask(QWidget *parent, UserPrompts *prompts, const ApiError &error, Done done);
};

} // namespace smsc
