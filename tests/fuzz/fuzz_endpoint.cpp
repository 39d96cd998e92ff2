// SPDX-License-Identifier: GPL-3.0-or-later
// Endpoints the user types (profile dialog, `profile` command, settings): the SMS, IAM and STS URLs
// and the region, through EndpointCatalogue. Input: "<region>\0<SMS URL>\0<IAM URL>\0<STS URL>".
#include "FuzzSupport.h"

#include "profile/endpoints/EndpointCatalogue.h"
#include "profile/Profile.h"

#include <QHostAddress>

using namespace smsc;

namespace {

void checkUsable(const QUrl &url)
{
    SMSC_FUZZ_CHECK(url.isValid() && !url.host().isEmpty());
    SMSC_FUZZ_CHECK(url.userInfo().isEmpty() && !url.hasQuery() && !url.hasFragment());
    const QString scheme = url.scheme().toLower();
    SMSC_FUZZ_CHECK(scheme == u"https" || scheme == u"http");
    if (scheme == u"http") {
        const QHostAddress address(url.host());
        SMSC_FUZZ_CHECK(url.host().compare(u"localhost", Qt::CaseInsensitive) == 0
                        || (!address.isNull() && address.isLoopback()));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> in = fuzz::parts(data, size, 4);
    Profile profile;
    profile.region = QString::fromUtf8(in.at(0));
    profile.endpoint = QString::fromUtf8(in.at(1));
    profile.iamEndpoint = QString::fromUtf8(in.at(2));
    profile.stsEndpoint = QString::fromUtf8(in.at(3));

    for (const QString &typed : {profile.endpoint, profile.iamEndpoint, profile.stsEndpoint}) {
        const QString problem = EndpointCatalogue::checkEndpoint(typed);
        if (problem.isEmpty())
            checkUsable(QUrl(typed.trimmed(), QUrl::StrictMode));
    }
    const ServiceEndpoints endpoints = EndpointCatalogue::resolve(profile);
    if (endpoints.ok()) {
        checkUsable(endpoints.sms);
        for (const QUrl &url : {endpoints.iam, endpoints.sts}) {
            if (!url.isEmpty())
                checkUsable(url);
        }
    }
    SMSC_FUZZ_CHECK(!EndpointCatalogue::noIamEndpointMessage(profile).isEmpty());
    return 0;
}
