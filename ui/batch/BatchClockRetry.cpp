// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/BatchClockRetry.h"

#include "batch/BatchController.h"
#include "diagnostics/ClockRetryPrompt.h"

#include <QWidget>

namespace smsc {

BatchClockRetry::BatchClockRetry(BatchController *controller, UserPrompts *prompts, QWidget *window)
    : QObject(window), m_controller(controller), m_prompts(prompts), m_window(window)
{
}

bool BatchClockRetry::offer(const ApiError &error, const BatchRunOptions &options, const QString &profileName,
                            std::function<void()> declined)
{
    const QString manifest = m_controller->manifestPath();
    if (manifest.isEmpty() || !m_retry.take(error))
        return false;
    const QPointer<BatchClockRetry> guard(this);
    ClockRetryPrompt::ask(m_window, m_prompts, error,
                          [guard, manifest, options, profileName, declined](std::optional<ClockOffset> offset) {
                              if (!guard || !guard->m_controller)
                                  return;
                              if (!offset)
                                  return declined();
                              guard->m_controller->resume(manifest, options, profileName, *offset);
                          });
    return true;
}

} // namespace smsc
