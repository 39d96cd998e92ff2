// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace smsc {

//! Plain-language advice for the error codes docs/SERVICE.md lists (and only those). Pure, translated.
class ErrorHints final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::ErrorHints)
public:
    //! Requests are rejected when the client clock is further off than this (docs/SERVICE.md "Clock").
    static constexpr qint64 kMaxClockSkewSeconds = 15 * 60;

    //! Advice for a service error code and its message; the clock hint states `clockSkewSeconds`
    //! when known. Empty when nothing useful is known about the code.
    static QString hintFor(const QString &errorCode, const QString &errorMsg,
                           std::optional<qint64> clockSkewSeconds = std::nullopt);
    //! "Your clock is 17 minutes ahead of the server." plus what to do about it.
    static QString clockHint(std::optional<qint64> clockSkewSeconds);
    //! The permission advice naming the IAM actions the export needs.
    static QString permissionHint();
    //! What to do when a certificate is not trusted (a private CA needs its CA file).
    static QString tlsHint();
    //! "17 minutes", "45 seconds", "5 hours 30 minutes": a skew's size in words.
    static QString durationText(qint64 seconds);
};

} // namespace smsc
