// SPDX-License-Identifier: GPL-3.0-or-later
#include "doctor/steps/ConfigurationStep.h"

#include "doctor/DoctorContext.h"
#include "profile/credentials/CredentialChecks.h"
#include "profile/ProfileChecks.h"

using namespace Qt::StringLiterals;

namespace smsc {

ConfigurationStep::ConfigurationStep(DoctorContext *context, QObject *parent)
    : DoctorStep(DoctorCheckId::Configuration, context, parent)
{
}

QString ConfigurationStep::authModeText(AuthMode mode)
{
    switch (mode) {
    case AuthMode::AkSk:
        return tr("AK/SK");
    case AuthMode::TemporaryAkSk:
        return tr("temporary AK/SK");
    case AuthMode::IamToken:
        return tr("IAM token");
    }
    return {};
}

void ConfigurationStep::start()
{
    DoctorContext &c = *m_context;
    const Profile &p = c.profile;
    DoctorCheck check = blank();
    QStringList problems;
    QStringList fixes;
    QStringList detail;

    c.endpoints = EndpointCatalogue::resolve(p);
    c.configurationUsable = c.endpoints.ok();
    if (!c.endpoints.ok()) {
        problems << c.endpoints.error;
        fixes << tr("Choose a region or enter the SMS endpoint (https://…) in the profile or with --endpoint.");
    } else {
        c.collectHosts();
        detail << tr("SMS endpoint: %1 (%2)").arg(c.endpoints.sms.toString(), c.endpoints.smsOrigin.describe());
        detail << (c.endpoints.iam.isEmpty() ? tr("IAM endpoint: none known")
                                             : tr("IAM endpoint: %1 (%2)").arg(c.endpoints.iam.toString(),
                                                                               c.endpoints.iamOrigin.describe()));
        detail << (c.endpoints.sts.isEmpty() ? tr("STS endpoint: none known")
                                             : tr("STS endpoint: %1 (%2)").arg(c.endpoints.sts.toString(),
                                                                               c.endpoints.stsOrigin.describe()));
    }
    for (const ProfileIssue &issue : ProfileChecks::check(p, {})) {
        if (issue.field != ProfileField::Name)  // a profile from the environment has no name
            problems << issue.message;
    }

    detail << tr("Authentication: %1").arg(authModeText(p.authMode));
    if (!c.credentials) {
        problems << (c.credentialsProblem.isEmpty() ? tr("No credentials were found.") : c.credentialsProblem);
        c.signedBlocked = tr("no credentials (see Configuration)");
        fixes << tr("Store the keys with the profile (Profiles… or `profile set-secret`), or set them in the "
                    "environment.");
    } else {
        const Credentials &cr = *c.credentials;
        if (cr.mode != AuthMode::IamToken && !cr.accessKey.isEmpty())
            detail << tr("Access key: %1").arg(cr.maskedAccessKey());
        const QString missing = cr.missingPart();
        if (!missing.isEmpty())
            problems << missing;
        for (const CredentialIssue &issue : CredentialChecks::check(cr))
            problems << issue.message;
        if (!missing.isEmpty() || !CredentialChecks::check(cr).isEmpty()) {
            c.signedBlocked = tr("the keys are incomplete or malformed (see Configuration): they are not sent");
            fixes << tr("Enter the keys again exactly as the console shows them (Huawei Cloud AK: 20 letters "
                        "and digits; SK: 40 characters).");
        }
    }

    QString scope;
    if (p.scopeHeader == ScopeHeader::ProjectId) {
        scope = p.projectId.trimmed().isEmpty() ? tr("X-Project-Id (empty)") : tr("X-Project-Id %1").arg(p.projectId.trimmed());
        if (p.projectId.trimmed().isEmpty()) {
            problems << tr("The scope header is X-Project-Id but no project id is set.");
            fixes << tr("Enter the project id, or switch the scope header to X-Domain-Id.");
        }
    } else {
        scope = p.domainId.trimmed().isEmpty() ? tr("X-Domain-Id (resolved through IAM/STS)")
                                               : tr("X-Domain-Id %1").arg(p.domainId.trimmed());
    }
    detail << tr("Scope header: %1").arg(scope);
    if (c.configurationUsable && !c.hosts.isEmpty())
        detail << tr("Proxy: %1").arg(c.proxyText(c.hosts.constFirst().url));
    detail << (p.transport.caFile.isEmpty() ? tr("CA file: none (the system's trusted authorities)")
                                            : tr("CA file: %1").arg(p.transport.caFile));
    detail << tr("Timeouts: connect %1 s, idle %2 s")
                  .arg(p.transport.connectTimeoutSeconds)
                  .arg(p.transport.transferTimeoutSeconds);

    check.detail = (problems + detail).join(u'\n');
    if (problems.isEmpty()) {
        check.verdict = DoctorVerdict::Ok;
        check.figure = tr("%1, %2, %3").arg(c.endpoints.sms.host(), authModeText(p.authMode), scope);
    } else {
        check.verdict = DoctorVerdict::Failed;
        check.figure = problems.size() == 1 ? problems.constFirst() : tr("%n problems", nullptr, int(problems.size()));
        fixes.removeDuplicates();
        check.fix = fixes.isEmpty() ? tr("Correct the profile as described above.") : fixes.join(u' ');
    }
    finish(check);
}

} // namespace smsc
