// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/BatchRun.h"
#include "clock/ClockRetry.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QWidget;

namespace smsc {

class BatchController;
class UserPrompts;

/*!
 * The batch window's one clock-corrected resume, the single export's clock retry for a run: when a
 * run stopped because the service rejected a signature as expired and measured the skew, it asks
 * (ClockRetryPrompt) and, when agreed, resumes the run from its manifest signing with the offset that
 * cancels the skew. Once per run the user started (ClockRetry); a second expiry is shown as an error.
 */
class BatchClockRetry final : public QObject
{
    Q_OBJECT
public:
    //! A child of `window`: `declined` of offer() may use the window.
    BatchClockRetry(BatchController *controller, UserPrompts *prompts, QWidget *window);

    //! A run the user started or resumed: the one retry is available again.
    void reset() { m_retry.reset(); }
    //! Offers the corrected resume for `error` (the batch that stopped the run); false, and nothing
    //! asked, when it offers none. `declined` runs when the user says no.
    bool offer(const ApiError &error, const BatchRunOptions &options, const QString &profileName,
               std::function<void()> declined);

private:
    QPointer<BatchController> m_controller;
    UserPrompts *m_prompts;
    QWidget *m_window;
    ClockRetry m_retry;
};

} // namespace smsc
