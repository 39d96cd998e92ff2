// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doctor/DoctorStep.h"

#include <QElapsedTimer>
#include <QHostInfo>
#include <QStringList>

namespace smsc {

//! Check 2: the SMS, IAM and STS host names resolve (QHostInfo): the addresses and the time taken.
//! Through a proxy a name that does not resolve here is a warning: the proxy resolves it.
class NameResolutionStep final : public DoctorStep
{
    Q_OBJECT
public:
    NameResolutionStep(DoctorContext *context, QObject *parent = nullptr);
    ~NameResolutionStep() override;
    void start() override;

private:
    void lookupNext();
    void onLookedUp(const QHostInfo &info);

    int m_index = 0;
    int m_lookupId = -1;
    int m_addresses = 0;
    qint64 m_totalMs = 0;
    QElapsedTimer m_timer;
    QStringList m_lines;
    QStringList m_failed;
    QStringList m_viaProxy;
};

} // namespace smsc
