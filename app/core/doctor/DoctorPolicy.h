// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace smsc {

//! What the export needs from IAM, stated rather than probed, and the custom policy granting it. Pure.
class DoctorPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::DoctorPolicy)
public:
    //! The two actions the export needs: sms:server:getBatchConsistencyResults, sms:server:queryServer.
    static QStringList exportActions();
    //! The action the doctor's list call probes: sms:server:list.
    static QString listAction();
    //! `{"Version":"1.1","Statement":[{"Effect":"Allow","Action":[…exportActions()]}]}`.
    static QJsonObject customPolicy();
    //! customPolicy() as indented JSON, ready to paste into an IAM custom policy.
    static QByteArray customPolicyJson();
    //! The translated statement of what the export needs, naming both actions.
    static QString statement();
};

} // namespace smsc
