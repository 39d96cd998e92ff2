// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doctor/DoctorStep.h"

#include <QPointer>

namespace smsc {

class ApiCall;
class StsClient;
struct ApiResult;
struct DecodeResult;

/*!
 * Check 8: one signed GET /v3/sources?limit=1 (needs sms:server:list), allowed or denied; a denial
 * carrying an encoded authorization message is decoded through STS. Then the statement of the two
 * actions the export needs and the custom policy granting them (DoctorPolicy), stated, not probed.
 */
class PermissionsStep final : public DoctorStep
{
    Q_OBJECT
public:
    PermissionsStep(DoctorContext *context, QObject *parent = nullptr);
    ~PermissionsStep() override;
    void start() override;

private:
    void onListed(const ApiResult &result);
    void onDecoded(const DecodeResult &result);
    void finishWith(QStringList lines);

    QPointer<ApiCall> m_call;
    QPointer<StsClient> m_sts;
    DoctorCheck m_check;
};

} // namespace smsc
