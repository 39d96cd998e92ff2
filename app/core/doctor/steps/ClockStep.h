// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doctor/DoctorStep.h"

#include <QPointer>
#include <QUrl>
#include <optional>

namespace smsc {

class ApiCall;
struct ApiResult;

/*!
 * Check 5: this computer's clock against the service's Date header, from one unsigned request
 * (it carries no key). A warning beyond 5 minutes (ClockSkew); failed beyond the 15-minute window
 * the gateway accepts a signature in, and then no signed request is sent.
 */
class ClockStep final : public DoctorStep
{
    Q_OBJECT
public:
    static constexpr qint64 kSignatureWindowSeconds = 15 * 60;

    ClockStep(DoctorContext *context, QObject *parent = nullptr);
    ~ClockStep() override;
    void start() override;

    //! The verdict for a signing skew (local plus offset, minus server) in seconds.
    static DoctorVerdict verdictFor(qint64 signingSkewSeconds);
    //! "+20 s" / "-1200 s": the sign always shown.
    static QString signedSeconds(qint64 seconds);

private:
    void onFinished(const ApiResult &result);

    QPointer<ApiCall> m_call;
    QUrl m_base;
};

} // namespace smsc
