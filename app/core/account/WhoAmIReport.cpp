// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/WhoAmIReport.h"

#include "clock/ClockSkew.h"
#include "errors/ErrorHints.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace smsc {

PrincipalKind WhoAmIReport::principalKindOf(const QString &urn, QString *name)
{
    const QStringList parts = urn.split(u':');
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        const QString type = parts.at(i).toLower();
        const QString rest = parts.mid(i + 1).join(u':');
        if (type == u"user") {
            if (name)
                *name = rest;
            return PrincipalKind::User;
        }
        if (type == u"agency" || type == u"assumed-agency") {
            if (name)
                *name = rest;
            return PrincipalKind::Agency;
        }
    }
    return PrincipalKind::Unknown;
}

QList<RequiredPermission> WhoAmIReport::requiredPermissions()
{
    const QString exportPurpose = tr("Export consistency results");
    const QString pickerPurpose = tr("Add from account");
    return {
        {exportPurpose, u"sms:server:getBatchConsistencyResults"_s},
        {exportPurpose, u"sms:server:queryServer"_s},
        {pickerPurpose, u"sms:server:list"_s},
        {pickerPurpose, u"sms:server:listTask"_s},
        {tr("Decode a denial"), tr("the STS decode-authorization-message permission")},
    };
}

WhoAmIReport WhoAmIReport::from(const CallerIdentityResult &result, const Profile &profile, const QString &accountId)
{
    WhoAmIReport report;
    report.profileName = profile.name;
    report.accountId = result.identity.accountId;
    report.principalUrn = result.identity.principalUrn;
    report.principalId = result.identity.principalId;
    report.principalKind = principalKindOf(report.principalUrn, &report.principalName);
    if (profile.scopeHeader == ScopeHeader::ProjectId) {
        report.scopeHeaderName = u"X-Project-Id"_s;
        report.scopeHeaderValue = profile.projectId.trimmed();
    } else {
        report.scopeHeaderName = u"X-Domain-Id"_s;
        report.scopeHeaderValue = !accountId.trimmed().isEmpty() ? accountId.trimmed() : report.accountId;
    }
    if (profile.authMode == AuthMode::IamToken)
        report.scopeHeaderValue.clear();  // a token is already scoped: the app sends no scope header
    report.endpoint = result.endpoint;
    report.clockSkewSeconds = result.clockSkewSeconds;
    report.checkedAtUtc = result.exchange.receivedAtUtc.isValid() ? result.exchange.receivedAtUtc
                                                                  : QDateTime::currentDateTimeUtc();
    report.checklist = requiredPermissions();
    return report;
}

bool WhoAmIReport::accountMismatch(const Profile &profile) const
{
    return !profile.domainId.trimmed().isEmpty() && !accountId.isEmpty()
        && profile.domainId.trimmed().compare(accountId, Qt::CaseInsensitive) != 0;
}

QString WhoAmIReport::toText() const
{
    QStringList lines;
    if (!profileName.isEmpty())
        lines << tr("Profile: %1").arg(profileName);
    lines << tr("Account (domain) id: %1").arg(accountId);
    switch (principalKind) {
    case PrincipalKind::User: lines << tr("IAM user: %1").arg(principalName); break;
    case PrincipalKind::Agency: lines << tr("Agency: %1").arg(principalName); break;
    case PrincipalKind::Unknown: lines << tr("Principal: %1").arg(principalUrn); break;
    }
    lines << tr("Principal URN: %1").arg(principalUrn);
    if (!principalId.isEmpty())
        lines << tr("Principal id: %1").arg(principalId);
    lines << (scopeHeaderValue.isEmpty() ? tr("Scope header: none sent")
                                         : tr("Scope header: %1: %2").arg(scopeHeaderName, scopeHeaderValue));
    lines << tr("Endpoint reached: %1").arg(endpoint);
    if (!clockSkewSeconds)
        lines << tr("Clock: the answer carried no usable Date header");
    else if (ClockSkew::shouldWarn(clockSkewSeconds))
        lines << tr("Clock: %1").arg(ClockSkew::warningText(*clockSkewSeconds));
    else
        lines << tr("Clock: within %1 of the server").arg(ErrorHints::durationText(*clockSkewSeconds));
    lines << tr("IAM actions this app needs (not checked; a denial names the missing one):");
    for (const RequiredPermission &permission : checklist)
        lines << tr("  [ ] %1: %2").arg(permission.purpose, permission.action);
    return lines.join(u'\n');
}

QJsonObject WhoAmIReport::toJson() const
{
    QJsonArray actions;
    for (const RequiredPermission &permission : checklist)
        actions << QJsonObject{{u"purpose"_s, permission.purpose},
                               {u"action"_s, permission.action}};
    const QString kind = principalKind == PrincipalKind::User ? u"user"_s
        : principalKind == PrincipalKind::Agency             ? u"agency"_s
                                                              : u"unknown"_s;
    QJsonObject json{{u"profile"_s, profileName},
                     {u"account_id"_s, accountId},
                     {u"principal_urn"_s, principalUrn},
                     {u"principal_id"_s, principalId},
                     {u"principal_kind"_s, kind},
                     {u"principal_name"_s, principalName},
                     {u"scope_header"_s, scopeHeaderName},
                     {u"scope_header_value"_s, scopeHeaderValue},
                     {u"endpoint"_s, endpoint},
                     {u"checked_at_utc"_s, checkedAtUtc.toString(Qt::ISODate)},
                     {u"required_actions"_s, actions}};
    json.insert(u"clock_skew_seconds"_s,
                clockSkewSeconds ? QJsonValue(double(*clockSkewSeconds)) : QJsonValue());
    return json;
}

} // namespace smsc
