// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Outcome.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace smsc {

//! One region of one service in an SDK regions file.
struct RegionsFileEntry
{
    QString service;        //!< upper case, as the SDKs compare it
    QString regionId;
    QStringList endpoints;  //!< `endpoint` first, then `endpoints`, in file order
    int line = 0;           //!< 1-based line of the entry's `-`
};

/*!
 * The official SDKs' regions file (HUAWEICLOUD_SDK_REGIONS_FILE or ~/.huaweicloud/regions.yaml):
 * a mapping of service name → list of {id, endpoint, endpoints}. Read by a small strict reader of
 * just that YAML subset (docs/SERVICE.md "Using your SDK set-up"); anything else is a failure that
 * names the line.
 */
class RegionsFile final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::RegionsFile)
public:
    static constexpr qsizetype kMaxBytes = 1024 * 1024;

    //! Parses `text`; a failure carries the 1-based line (Failure::line) and names it in the message.
    static Outcome<RegionsFile> parse(const QByteArray &text, const QString &path = {});
    //! Reads and parses `path`; FailureKind::NotFound when there is no such file.
    static Outcome<RegionsFile> read(const QString &path);

    QString path() const { return m_path; }
    const QList<RegionsFileEntry> &entries() const { return m_entries; }
    //! The last entry for `service` (any case) and `regionId` with at least one endpoint; nullptr if none.
    const RegionsFileEntry *find(const QString &service, const QString &regionId) const;

private:
    QString m_path;
    QList<RegionsFileEntry> m_entries;
};

} // namespace smsc
