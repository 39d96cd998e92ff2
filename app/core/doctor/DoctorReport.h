// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doctor/DoctorCheck.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace smsc {

//! A doctor run as text (the CLI, the window's Copy report) and as JSON (`doctor --json`). Pure.
class DoctorReport final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::DoctorReport)
public:
    enum class Marks { Unicode, Ascii };  //!< ✓ ! ✗ – or + ! x -
    enum class Detail { Without, With };  //!< whether each check's detail follows its line

    //! The mark of `verdict`.
    static QString mark(DoctorVerdict verdict, Marks marks);
    //! One line: "<mark> <name>: <figure>".
    static QString line(const DoctorCheck &check, Marks marks);
    //! A line per check; under a failed or warning one its fix, indented; with Detail::With the
    //! detail too, and the custom policy at the end.
    static QString toText(const QList<DoctorCheck> &checks, Marks marks, Detail detail = Detail::Without);
    //! {"ok": nothing failed, "checks": [{"id", "name", "verdict", "figure", "detail", "fix"}], "policy": {…}}.
    static QJsonObject toJson(const QList<DoctorCheck> &checks);
    //! True when a check failed.
    static bool anyFailed(const QList<DoctorCheck> &checks);
};

} // namespace smsc
