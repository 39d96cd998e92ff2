// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

namespace smsc {

//! What one doctor check concluded.
enum class DoctorVerdict { Ok, Warning, Failed, Skipped };

//! The doctor's checks, in the order they run (docs/ARCHITECTURE.md "The doctor").
enum class DoctorCheckId { Configuration, NameResolution, Connection, Tls, Clock, Credentials, AccountId, Permissions };

/*!
 * The result of one doctor check: a verdict, the measured figure, the detail behind it and, when
 * something is wrong, the fix in plain words. Every text is translated, neutralised and free of
 * secrets by the time DoctorRun emits it.
 */
struct DoctorCheck
{
    Q_DECLARE_TR_FUNCTIONS(smsc::DoctorCheck)
public:
    DoctorCheckId id = DoctorCheckId::Configuration;
    QString name;       //!< translated title, e.g. "Name resolution"
    DoctorVerdict verdict = DoctorVerdict::Skipped;
    QString figure;     //!< one line: "42 ms", "2 addresses", "TLS 1.3, TLS_AES_256_GCM_SHA384", "skew +3 s"
    QString detail;     //!< several lines: per host, the certificate chain, a decoded denial
    QString fix;        //!< what to do, in plain words; empty when ok

    //! A check of `id` with its title and verdict Skipped.
    static DoctorCheck make(DoctorCheckId id);
    //! Every check, in the order DoctorRun runs them.
    static QList<DoctorCheckId> order();
    //! The translated title of `id`.
    static QString title(DoctorCheckId id);
    //! Stable English id for JSON: "configuration", "name_resolution", "connection", "tls", "clock",
    //! "credentials", "account_id", "permissions".
    static QString idString(DoctorCheckId id);
    //! Stable English id for JSON: "ok", "warning", "failed", "skipped".
    static QString verdictId(DoctorVerdict verdict);
    //! The translated word for `verdict`.
    static QString verdictText(DoctorVerdict verdict);

    bool failed() const { return verdict == DoctorVerdict::Failed; }
    friend bool operator==(const DoctorCheck &, const DoctorCheck &) = default;
};

} // namespace smsc

Q_DECLARE_METATYPE(smsc::DoctorCheck)
