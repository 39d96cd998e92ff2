// SPDX-License-Identifier: GPL-3.0-or-later
#include "doctor/DoctorCheck.h"

using namespace Qt::StringLiterals;

namespace smsc {

DoctorCheck DoctorCheck::make(DoctorCheckId id)
{
    DoctorCheck check;
    check.id = id;
    check.name = title(id);
    return check;
}

QList<DoctorCheckId> DoctorCheck::order()
{
    return {DoctorCheckId::Configuration, DoctorCheckId::NameResolution, DoctorCheckId::Connection,
            DoctorCheckId::Tls,           DoctorCheckId::Clock,          DoctorCheckId::Credentials,
            DoctorCheckId::AccountId,     DoctorCheckId::Permissions};
}

QString DoctorCheck::title(DoctorCheckId id)
{
    switch (id) {
    case DoctorCheckId::Configuration:
        return tr("Configuration");
    case DoctorCheckId::NameResolution:
        return tr("Name resolution");
    case DoctorCheckId::Connection:
        return tr("Connection");
    case DoctorCheckId::Tls:
        return tr("TLS");
    case DoctorCheckId::Clock:
        return tr("Clock");
    case DoctorCheckId::Credentials:
        return tr("Credentials accepted");
    case DoctorCheckId::AccountId:
        return tr("Account id");
    case DoctorCheckId::Permissions:
        return tr("Permissions");
    }
    return {};
}

QString DoctorCheck::idString(DoctorCheckId id)
{
    switch (id) {
    case DoctorCheckId::Configuration:
        return u"configuration"_s;
    case DoctorCheckId::NameResolution:
        return u"name_resolution"_s;
    case DoctorCheckId::Connection:
        return u"connection"_s;
    case DoctorCheckId::Tls:
        return u"tls"_s;
    case DoctorCheckId::Clock:
        return u"clock"_s;
    case DoctorCheckId::Credentials:
        return u"credentials"_s;
    case DoctorCheckId::AccountId:
        return u"account_id"_s;
    case DoctorCheckId::Permissions:
        return u"permissions"_s;
    }
    return {};
}

QString DoctorCheck::verdictId(DoctorVerdict verdict)
{
    switch (verdict) {
    case DoctorVerdict::Ok:
        return u"ok"_s;
    case DoctorVerdict::Warning:
        return u"warning"_s;
    case DoctorVerdict::Failed:
        return u"failed"_s;
    case DoctorVerdict::Skipped:
        return u"skipped"_s;
    }
    return {};
}

QString DoctorCheck::verdictText(DoctorVerdict verdict)
{
    switch (verdict) {
    case DoctorVerdict::Ok:
        return tr("ok");
    case DoctorVerdict::Warning:
        return tr("warning");
    case DoctorVerdict::Failed:
        return tr("failed");
    case DoctorVerdict::Skipped:
        return tr("skipped");
    }
    return {};
}

} // namespace smsc
