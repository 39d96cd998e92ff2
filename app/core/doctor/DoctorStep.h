// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doctor/DoctorCheck.h"

#include <QObject>

namespace smsc {

struct DoctorContext;

/*!
 * One doctor check as a small job: start() does its work on the event loop and finished() is
 * emitted exactly once, never from inside start(). Deleting a step stops what it was doing.
 */
class DoctorStep : public QObject
{
    Q_OBJECT
public:
    DoctorStep(DoctorCheckId id, DoctorContext *context, QObject *parent = nullptr);
    ~DoctorStep() override;

    DoctorCheckId id() const { return m_id; }
    virtual void start() = 0;

signals:
    void finished(const smsc::DoctorCheck &check);

protected:
    //! A blank check of this step's id (verdict Skipped).
    DoctorCheck blank() const { return DoctorCheck::make(m_id); }
    //! Emits `check` from the event loop, once; later calls are ignored.
    void finish(DoctorCheck check);
    //! Finishes as Skipped with `reason` as the figure.
    void skip(const QString &reason, const QString &fix = QString());

    DoctorContext *m_context;

private:
    DoctorCheckId m_id;
    bool m_done = false;
};

} // namespace smsc
