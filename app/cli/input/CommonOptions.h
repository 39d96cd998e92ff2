// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/endpoints/EndpointCatalogue.h"
#include "profile/Profile.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcessEnvironment>

namespace smsc::cli {

//! The connection a command talks through: a stored profile or options + environment.
struct Connection
{
    Profile profile;
    ServiceEndpoints endpoints;
    bool fromStore = false;  //!< --profile: secrets come from the keychain
    QString error;           //!< translated usage problem (exit code 2)
    bool ok() const { return error.isEmpty(); }
};

//! The options every network command shares (README.md "The command line": common options).
class CommonOptions final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::cli::CommonOptions)
public:
    CommonOptions();
    //! `withProfile` false: the options a stored profile keeps (no --profile, no --max-time, no --debug).
    void addTo(QCommandLineParser &parser, bool withProfile = true) const;

    //! Builds the profile from --profile (settings) or from options and the environment,
    //! applies overrides, and checks it; `error` names the first problem.
    Connection connection(const QCommandLineParser &parser, const QProcessEnvironment &env) const;
    //! Options and overrides only (no --profile lookup, no endpoint check); for `profile set`.
    QString applyOverrides(const QCommandLineParser &parser, Profile *profile) const;

    QCommandLineOption profile, region, endpoint, iamEndpoint, stsEndpoint, domainId, projectId, scope,
        timeout, maxTime, caFile, proxy, tokenFile, debug;
};

} // namespace smsc::cli
