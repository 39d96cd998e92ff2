// SPDX-License-Identifier: GPL-3.0-or-later
#include "doctor/DoctorStep.h"

#include "doctor/DoctorContext.h"

namespace smsc {

DoctorStep::DoctorStep(DoctorCheckId id, DoctorContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_id(id)
{
}

DoctorStep::~DoctorStep() = default;

void DoctorStep::finish(DoctorCheck check)
{
    if (m_done)
        return;
    m_done = true;
    check.id = m_id;
    check.name = DoctorCheck::title(m_id);
    QMetaObject::invokeMethod(this, [this, check] { emit finished(check); }, Qt::QueuedConnection);
}

void DoctorStep::skip(const QString &reason, const QString &fix)
{
    DoctorCheck check = blank();
    check.verdict = DoctorVerdict::Skipped;
    check.figure = reason;
    check.fix = fix;
    finish(check);
}

} // namespace smsc
