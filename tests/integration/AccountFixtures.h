// SPDX-License-Identifier: GPL-3.0-or-later
// Profiles and credentials for integration tests of the account features against the
// loopback server. Header-only: each test executable includes what it needs.
#pragma once

#include "../support/TestData.h"
#include "LoopbackServer.h"
#include "profile/credentials/Credentials.h"
#include "profile/Profile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace smsc::test {

//! A profile whose SMS, IAM and STS endpoints are the loopback server at `base`.
inline Profile loopbackProfile(const LoopbackServer &server, const QUrl &base)
{
    Profile profile;
    profile.name = u"loopback"_s;
    profile.endpoint = base.toString();
    profile.iamEndpoint = base.toString();
    profile.stsEndpoint = base.toString();
    profile.domainId = kTestDomainId;
    profile.transport.caFile = server.caFile();
    profile.transport.connectTimeoutSeconds = 10;
    profile.transport.transferTimeoutSeconds = 30;
    profile.transport.proxyUrl = u"none"_s;
    return profile;
}

inline Credentials akSk()
{
    Credentials credentials;
    credentials.mode = AuthMode::AkSk;
    credentials.accessKey = kTestAk;
    credentials.secretKey = kTestSk;
    return credentials;
}

inline Credentials temporaryAkSk()
{
    Credentials credentials = akSk();
    credentials.mode = AuthMode::TemporaryAkSk;
    credentials.securityToken = kTestSecurityToken;
    return credentials;
}

//! The decoded query of a recorded request as a map (last value wins).
inline QMap<QString, QString> recordedQuery(const QJsonObject &record)
{
    QMap<QString, QString> query;
    for (const QJsonValue &pair : record.value(u"query").toArray())
        query.insert(pair.toArray().at(0).toString(), pair.toArray().at(1).toString());
    return query;
}

} // namespace smsc::test
