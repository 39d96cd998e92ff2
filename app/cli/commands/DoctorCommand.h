// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/SignedCommand.h"
#include "doctor/DoctorRun.h"
#include "doctor/DoctorReport.h"

#include <QPointer>

namespace smsc::cli {

/*!
 * `doctor`: runs the core's check chain (DoctorRun) for a profile and prints a line per check as it
 * ends (mark, name, figure, and the fix under a failure), or with --json one object at the end.
 * Exit 0 when nothing failed, 8 when a check failed, 6 without credentials.
 */
class DoctorCommand final : public SignedCommand
{
    Q_OBJECT
public:
    using SignedCommand::SignedCommand;
    QString name() const override;
    QString summary() const override;
    void start(const QStringList &arguments) override;

private:
    void send(const ClockOffset &offset) override;
    void onCheckFinished(const DoctorCheck &check);
    void onFinished(const QList<DoctorCheck> &checks);
    void onInterrupt();

    QPointer<DoctorRun> m_run;
    DoctorReport::Marks m_marks = DoctorReport::Marks::Ascii;
    bool m_verbose = false;
};

} // namespace smsc::cli
