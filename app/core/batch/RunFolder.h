// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Outcome.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace smsc {

//! The folder a batch run writes into: new every time, never an existing one reused.
class RunFolder final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::RunFolder)
public:
    //! "sms-export-YYYYMMDD-HHMMSS" for `localTime`, "-2", "-3", … appended when taken.
    static QString baseName(const QDateTime &localTime);
    //! Creates the first free name inside `parent` (mkdir, which fails on any existing entry);
    //! returns its absolute path.
    static Outcome<QString> create(const QString &parent, const QDateTime &localTime);
};

} // namespace smsc
