// SPDX-License-Identifier: GPL-3.0-or-later
#include "input/CommonOptions.h"

#include "profile/ProfileStore.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace smsc::cli {

CommonOptions::CommonOptions()
    : profile(u"profile"_s, tr("Use the stored profile NAME (settings and keychain secrets)."), u"NAME"_s)
    , region(u"region"_s, tr("Region id, e.g. ap-southeast-3."), u"ID"_s)
    , endpoint(u"endpoint"_s, tr("Custom SMS endpoint URL (https; http only to loopback)."), u"URL"_s)
    , iamEndpoint(u"iam-endpoint"_s, tr("IAM endpoint URL, used to find the account id."), u"URL"_s)
    , stsEndpoint(u"sts-endpoint"_s, tr("STS endpoint URL, used to find the account id."), u"URL"_s)
    , domainId(u"domain-id"_s, tr("Account (domain) id, sent as X-Domain-Id."), u"ID"_s)
    , projectId(u"project-id"_s, tr("Project id, sent as X-Project-Id instead of X-Domain-Id."), u"ID"_s)
    , scope(u"scope"_s, tr("Scope header: domain (X-Domain-Id, the default) or project (X-Project-Id; without "
                           "--project-id the region's project id is looked up through IAM)."), u"SCOPE"_s)
    , timeout(u"timeout"_s, tr("Connect and transfer timeout in seconds (default 60 / 120)."), u"SECONDS"_s)
    , maxTime(u"max-time"_s, tr("Stop each exchange with the service that takes longer than SECONDS in all, "
                                "retries included (--timeout limits only waiting for the next byte)."), u"SECONDS"_s)
    , caFile(u"ca-file"_s, tr("Also trust the PEM certificates in FILE."), u"FILE"_s)
    , proxy(u"proxy"_s, tr("Proxy URL, or \"none\" (default: the system proxy)."), u"URL"_s)
    , tokenFile(u"token-file"_s, tr("Authenticate with the IAM token in FILE (X-Auth-Token)."), u"FILE"_s)
    , debug(u"debug"_s, tr("Trace every request and answer on stderr: method, URL, status, time, request id, "
                           "headers with secrets and signatures redacted, body sizes (never bodies), proxy and TLS."))
{
}

void CommonOptions::addTo(QCommandLineParser &parser, bool withProfile) const
{
    if (withProfile)
        parser.addOption(profile);
    parser.addOptions({region, endpoint, iamEndpoint, stsEndpoint, domainId, projectId, scope, timeout,
                       caFile, proxy, tokenFile});
    if (withProfile)
        parser.addOptions({maxTime, debug});  // about this run, never stored in a profile
}

QString CommonOptions::applyOverrides(const QCommandLineParser &parser, Profile *p) const
{
    if (parser.isSet(region) && parser.isSet(endpoint))
        return tr("Give either --region or --endpoint, not both.");
    if (parser.isSet(domainId) && parser.isSet(projectId))
        return tr("Give either --domain-id or --project-id, not both.");
    if (parser.isSet(region)) {
        p->region = parser.value(region).trimmed();
        p->endpoint.clear();
    }
    if (parser.isSet(endpoint))
        p->endpoint = parser.value(endpoint).trimmed();
    if (parser.isSet(iamEndpoint))
        p->iamEndpoint = parser.value(iamEndpoint).trimmed();
    if (parser.isSet(stsEndpoint))
        p->stsEndpoint = parser.value(stsEndpoint).trimmed();
    if (parser.isSet(domainId)) {
        p->domainId = parser.value(domainId).trimmed();
        p->scopeHeader = ScopeHeader::DomainId;
    }
    if (parser.isSet(projectId)) {
        p->projectId = parser.value(projectId).trimmed();
        p->scopeHeader = ScopeHeader::ProjectId;
    }
    if (parser.isSet(scope)) {
        const QString value = parser.value(scope).trimmed().toLower();
        if (value != u"domain"_s && value != u"project"_s)
            return tr("--scope must be domain or project, not \"%1\".").arg(parser.value(scope));
        if ((value == u"domain"_s && parser.isSet(projectId)) || (value == u"project"_s && parser.isSet(domainId)))
            return tr("--scope %1 contradicts the id given.").arg(value);
        p->scopeHeader = value == u"project"_s ? ScopeHeader::ProjectId : ScopeHeader::DomainId;
    }
    if (parser.isSet(timeout)) {
        bool ok = false;
        const int seconds = parser.value(timeout).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600)
            return tr("--timeout needs a number of seconds from 1 to 3600, not \"%1\".").arg(parser.value(timeout));
        p->transport.connectTimeoutSeconds = seconds;
        p->transport.transferTimeoutSeconds = seconds;
    }
    if (parser.isSet(caFile)) {
        const QFileInfo ca(parser.value(caFile));
        if (!ca.isFile() || !ca.isReadable())
            return tr("The CA file %1 cannot be read.").arg(parser.value(caFile));
        p->transport.caFile = ca.absoluteFilePath();
    }
    if (parser.isSet(proxy)) {
        // Any user can read another's command line (ps, /proc): no secret is taken from it.
        if (!QUrl(parser.value(proxy).trimmed()).password().isEmpty())
            return tr("--proxy must not carry a password: a command line is visible to other users. "
                      "Set http_proxy / https_proxy in the environment instead.");
        p->transport.proxyUrl = parser.value(proxy).trimmed();
    }
    return {};
}

Connection CommonOptions::connection(const QCommandLineParser &parser, const QProcessEnvironment &env) const
{
    Connection c;
    if (parser.isSet(profile)) {
        const QString name = parser.value(profile);
        const std::optional<Profile> stored = ProfileStore().load(name);
        if (!stored) {
            c.error = tr("There is no profile named \"%1\" (see 'sms-consistency-cli profile list').").arg(name);
            return c;
        }
        c.profile = *stored;
        c.fromStore = true;
    } else {
        c.profile.name = u"environment"_s;
        c.profile.domainId = env.value(u"HUAWEICLOUD_SDK_DOMAIN_ID"_s).trimmed();
        c.profile.projectId = env.value(u"HUAWEICLOUD_SDK_PROJECT_ID"_s).trimmed();
        if (c.profile.domainId.isEmpty() && !c.profile.projectId.isEmpty())
            c.profile.scopeHeader = ScopeHeader::ProjectId;
        if (!parser.isSet(region) && !parser.isSet(endpoint)) {
            c.error = tr("Choose where to send the request: --region ID, --endpoint URL or --profile NAME.");
            return c;
        }
    }
    c.error = applyOverrides(parser, &c.profile);
    if (!c.ok())
        return c;
    if (parser.isSet(maxTime)) {
        bool ok = false;
        const int seconds = parser.value(maxTime).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 86400) {
            c.error = tr("--max-time needs a number of seconds from 1 to 86400, not \"%1\".").arg(parser.value(maxTime));
            return c;
        }
        c.profile.transport.maxTimeSeconds = seconds;
    }
    c.endpoints = EndpointCatalogue::resolve(c.profile);
    if (!c.endpoints.ok())
        c.error = c.endpoints.error;
    return c;
}

} // namespace smsc::cli
