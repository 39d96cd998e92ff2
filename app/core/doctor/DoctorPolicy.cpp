// SPDX-License-Identifier: GPL-3.0-or-later
#include "doctor/DoctorPolicy.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace smsc {

QStringList DoctorPolicy::exportActions()
{
    return {u"sms:server:getBatchConsistencyResults"_s, u"sms:server:queryServer"_s};
}

QString DoctorPolicy::listAction()
{
    return u"sms:server:list"_s;
}

QJsonObject DoctorPolicy::customPolicy()
{
    // The fine-grained policy grammar IAM custom policies use (version 1.1).
    const QJsonObject statement{{u"Effect"_s, u"Allow"_s},
                                {u"Action"_s, QJsonArray::fromStringList(exportActions())}};
    return QJsonObject{{u"Version"_s, u"1.1"_s}, {u"Statement"_s, QJsonArray{statement}}};
}

QByteArray DoctorPolicy::customPolicyJson()
{
    return QJsonDocument(customPolicy()).toJson(QJsonDocument::Indented);
}

QString DoctorPolicy::statement()
{
    const QStringList actions = exportActions();
    return tr("The export needs two IAM actions: %1 and %2 (stated, not tried: the doctor exports "
              "nothing). A custom policy granting exactly those:")
        .arg(actions.at(0), actions.at(1));
}

} // namespace smsc
