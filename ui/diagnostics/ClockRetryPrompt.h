#pragma once

#include "clock/ClockOffset.h"
#include "errors/ApiError.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

class QWidget;

namespace smsc {

class UserPrompts;

//! On "signature expired" with a measured skew, asks before ONE retry with that offset (docs/SERVICE.md "Clock").
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
