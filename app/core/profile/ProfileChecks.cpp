// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/ProfileChecks.h"

#include "profile/endpoints/EndpointCatalogue.h"
#include "profile/ProfileStore.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace smsc {

bool ProfileChecks::needsIamEndpoint(const Profile &profile)
{
    if (!profile.endpoint.trimmed().isEmpty())
        return true;
    const RegionInfo *region = EndpointCatalogue::region(profile.region);
    return region && region->iam.isEmpty();
}

QList<ProfileIssue> ProfileChecks::check(const Profile &profile, const QStringList &existingNames)
{
    QList<ProfileIssue> issues;
    auto add = [&issues](ProfileField field, const QString &message) {
        if (!message.isEmpty())
            issues.append({field, message});
    };

    QString nameProblem = ProfileStore::checkName(profile.name);
    if (nameProblem.isEmpty() && existingNames.contains(profile.name, Qt::CaseInsensitive))
        nameProblem = tr("A profile named \"%1\" already exists; choose another name.").arg(profile.name);
    add(ProfileField::Name, nameProblem);

    if (profile.endpoint.trimmed().isEmpty()) {
        if (profile.region.isEmpty())
            add(ProfileField::Region, tr("Choose a region, or enter a custom endpoint."));
        else if (!EndpointCatalogue::region(profile.region))
            add(ProfileField::Region, tr("Unknown region \"%1\".").arg(profile.region));
    } else {
        add(ProfileField::Endpoint, EndpointCatalogue::checkEndpoint(profile.endpoint));
    }

    if (!profile.iamEndpoint.trimmed().isEmpty())
        add(ProfileField::IamEndpoint, EndpointCatalogue::checkEndpoint(profile.iamEndpoint));
    else if (needsIamEndpoint(profile) && profile.domainId.trimmed().isEmpty())
        add(ProfileField::IamEndpoint, EndpointCatalogue::noIamEndpointMessage(profile));
    if (!profile.stsEndpoint.trimmed().isEmpty())
        add(ProfileField::StsEndpoint, EndpointCatalogue::checkEndpoint(profile.stsEndpoint));

    // Account (domain) and project ids are 32 lower-case hex characters in every console.
    static const QRegularExpression hexId(u"^[0-9a-f]{32}$"_s);
    const QString domainId = profile.domainId.trimmed();
    if (!domainId.isEmpty() && !hexId.match(domainId).hasMatch())
        add(ProfileField::DomainId, tr("An account ID is 32 characters, digits and letters a-f "
                                       "(My Credentials > API Credentials > Account ID)."));
    const QString projectId = profile.projectId.trimmed();
    if (profile.scopeHeader == ScopeHeader::ProjectId) {
        // An empty project id is looked up through IAM by the region's name, as the SDKs do.
        if (projectId.isEmpty() && profile.region.trimmed().isEmpty())
            add(ProfileField::ProjectId, tr("Enter the project ID to send in X-Project-Id, or choose the region "
                                            "so that it can be looked up."));
        else if (!projectId.isEmpty() && !hexId.match(projectId).hasMatch())
            add(ProfileField::ProjectId, tr("A project ID is 32 characters, digits and letters a-f "
                                            "(My Credentials > API Credentials > Projects)."));
    }

    if (profile.transport.connectTimeoutSeconds < 1 || profile.transport.connectTimeoutSeconds > 600)
        add(ProfileField::ConnectTimeout, tr("The connect timeout must be between 1 and 600 seconds."));
    if (profile.transport.transferTimeoutSeconds < 1 || profile.transport.transferTimeoutSeconds > 3600)
        add(ProfileField::TransferTimeout, tr("The transfer timeout must be between 1 and 3600 seconds."));

    const QString proxy = profile.transport.proxyUrl.trimmed();
    if (!proxy.isEmpty() && proxy != u"none") {
        const QUrl url(proxy, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || !proxy.contains(u"://"))
            add(ProfileField::Proxy, tr("Write the proxy as http://host:port (or \"none\" for a "
                                        "direct connection; leave empty for the system proxy)."));
        else if (!url.password().isEmpty())
            add(ProfileField::Proxy, tr("The proxy URL contains a password, which would be stored "
                                        "in plain text; remove it."));
    }

    const QString caFile = profile.transport.caFile.trimmed();
    if (!caFile.isEmpty()) {
        const QFileInfo info(caFile);
        if (!info.exists())
            add(ProfileField::CaFile, tr("The CA file \"%1\" does not exist.").arg(caFile));
        else if (!info.isFile() || !info.isReadable())
            add(ProfileField::CaFile, tr("The CA file \"%1\" cannot be read.").arg(caFile));
    }
    return issues;
}

} // namespace smsc
