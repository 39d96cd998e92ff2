// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace smsc {

//! Where an endpoint came from (docs/SERVICE.md "Using your SDK set-up").
struct EndpointOrigin
{
    Q_DECLARE_TR_FUNCTIONS(smsc::EndpointOrigin)
public:
    enum class Source { None, Catalogue, Profile, Environment, RegionsFile };

    Source source = Source::None;
    QString variable;  //!< Environment: the variable's name
    QString path;      //!< RegionsFile: the file
    int line = 0;      //!< RegionsFile: the entry's line

    static EndpointOrigin catalogue() { return {Source::Catalogue, {}, {}, 0}; }
    static EndpointOrigin profile() { return {Source::Profile, {}, {}, 0}; }
    static EndpointOrigin environment(const QString &name) { return {Source::Environment, name, {}, 0}; }
    static EndpointOrigin regionsFile(const QString &file, int line) { return {Source::RegionsFile, {}, file, line}; }

    //! "catalogue", "profile", "environment variable NAME", "regions file PATH:LINE" (translated).
    QString describe() const;
    friend bool operator==(const EndpointOrigin &, const EndpointOrigin &) = default;
};

} // namespace smsc
