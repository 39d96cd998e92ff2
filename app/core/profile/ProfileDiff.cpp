// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/ProfileDiff.h"

#include <tuple>

namespace smsc {

namespace {

auto fieldsOf(const Profile &p)
{
    const TransportOptions &t = p.transport;
    return std::tie(p.name, p.region, p.endpoint, p.iamEndpoint, p.stsEndpoint, p.authMode, p.scopeHeader, p.domainId,
                    p.projectId, p.language, p.languageFollowsUi, t.connectTimeoutSeconds, t.transferTimeoutSeconds,
                    t.proxyUrl, t.caFile, t.retryTransient, t.maxAttempts);
}

auto fieldsOf(const Credentials &c)
{
    return std::tie(c.mode, c.accessKey, c.secretKey, c.securityToken, c.iamToken);
}

} // namespace

bool ProfileDiff::edited(Profile now, const Credentials &typed, const Profile &saved, const Credentials &savedCredentials)
{
    if (now.languageFollowsUi && saved.languageFollowsUi)
        now.language = saved.language;
    return fieldsOf(now) != fieldsOf(saved) || fieldsOf(typed) != fieldsOf(savedCredentials);
}

} // namespace smsc
