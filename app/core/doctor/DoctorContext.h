// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock/ClockOffset.h"
#include "profile/credentials/Credentials.h"
#include "profile/endpoints/EndpointCatalogue.h"
#include "profile/Profile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <optional>

namespace smsc {

//! One host the doctor looks at, with the services it serves ("SMS, IAM, STS" when they share it).
struct DoctorHost
{
    QStringList roles;      //!< "SMS", "IAM", "STS"
    QUrl url;               //!< the first base URL of this host
    QString host;
    quint16 port = 443;
    bool resolved = false;  //!< its name resolved (or a proxy resolves it)
    bool connected = false; //!< a TCP connection was made
    bool tlsFailed = false; //!< the TLS check could not verify it
    bool hasRole(const QString &role) const { return roles.contains(role); }
};

/*!
 * What the doctor's checks share: the inputs of the run and what earlier checks found (hosts
 * reached, a rejected key, the resolved account id). Owned by DoctorRun; steps read and add to it.
 */
struct DoctorContext
{
    Q_DECLARE_TR_FUNCTIONS(smsc::DoctorContext)
public:
    QPointer<QNetworkAccessManager> network;
    Profile profile;
    std::optional<Credentials> credentials;
    QString credentialsProblem;        //!< why `credentials` is absent
    std::function<QDateTime()> localClock;
    ClockOffset offset;

    ServiceEndpoints endpoints;        //!< set by the configuration check
    bool configurationUsable = false;  //!< the endpoints could be built
    QList<DoctorHost> hosts;           //!< SMS, IAM and STS hosts, each once
    QString signedBlocked;             //!< set: no signed request may be sent; the reason (translated)
    QString callerAccountId;           //!< from STS caller-identity
    QString resolvedAccountId;         //!< from the account id check

    //! The clock signed requests use: the local clock plus the chosen offset.
    std::function<QDateTime()> signingClock() const;
    //! The proxy the checks' own sockets use for `url`: the configured one, else the network
    //! manager's, else the application's (system) proxy; nullopt when the configured one is unusable.
    std::optional<QNetworkProxy> proxyFor(const QUrl &url) const;
    //! "none", "explicit: http://host:port" or "system: …", translated.
    QString proxyText(const QUrl &url) const;
    //! The account id the scope header carries: the configured one, else the resolved one.
    QString accountIdForScope() const;
    //! Secrets that must never appear in a check's text.
    QStringList secrets() const;
    //! True when the host serving `role` ("SMS", "IAM", "STS") was connected to and, over https,
    //! verified: a call to it can get an answer.
    bool reachable(const QString &role) const;
    //! Builds `hosts` from `endpoints`.
    void collectHosts();
};

} // namespace smsc
