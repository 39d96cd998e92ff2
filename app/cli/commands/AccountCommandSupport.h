// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock/ClockOffset.h"
#include "errors/ApiError.h"
#include "http/ExchangeRecord.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QJsonObject>

namespace smsc::cli {

class Console;

//! `--clock-offset auto|SECONDS` as parsed.
struct ClockOffsetChoice
{
    bool automatic = false;   //!< retry once with the measured offset after "signature expired"
    ClockOffset fixed;        //!< applied from the first request
    QString error;            //!< translated usage problem
};

//! The clock option, the retry notice and the failure report of the signed commands (SignedCommand).
class AccountCommandSupport final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::cli::AccountCommandSupport)
public:
    static QCommandLineOption clockOffsetOption();
    static ClockOffsetChoice clockOffset(const QString &value);

    //! What `--clock-offset auto` says on stderr before its one retry: the measured skew and the offset.
    static void announceClockRetry(Console &console, const ApiError &error, const ClockOffset &offset);
    //! A failure that ends the command: the JSON object on stdout when asked, every field on stderr.
    static void reportFailure(Console &console, bool json, const ApiError &error, const ExchangeRecord &exchange);
    //! Every field of a failure on stderr, plus the canonical-request comparison on a gateway echo
    //! and the clock advice on "signature expired".
    static void printFailure(Console &console, const ApiError &error, const ExchangeRecord &exchange);
    //! Only the canonical-request comparison (on a gateway echo) and the clock advice, on stderr.
    static void printDiagnosis(Console &console, const ApiError &error, const ExchangeRecord &exchange);
    //! The export's twelve JSON keys for a failure, plus "canonical_request_comparison" when known.
    static QJsonObject jsonFailure(const ApiError &error, const ExchangeRecord &exchange);
    //! The comparison of the gateway's echo with our canonical request; empty without an echo.
    static QString comparisonText(const ApiError &error, const ExchangeRecord &exchange);
};

} // namespace smsc::cli
