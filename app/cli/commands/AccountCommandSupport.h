#pragma once

#include "clock/ClockOffset.h"
#include "http/ExchangeRecord.h"
#include "input/CommonOptions.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QJsonObject>
#include <functional>
#include <optional>

namespace smsc::cli {

class Console;
struct CommandContext;

//! `--clock-offset auto|SECONDS` as parsed.
struct ClockOffsetChoice
{
    bool automatic = false;   //!< retry once with the measured offset after "signature expired"
    ClockOffset fixed;        //!< applied from the first request
    QString error;            //!< translated usage problem
};

//! What the account commands (list-servers, list-tasks, decode, whoami) share.
class AccountCommandSupport final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::cli::AccountCommandSupport)
public:
    static QCommandLineOption clockOffsetOption();
    static ClockOffsetChoice clockOffset(const QString &value);

    using CredentialsReady = std::function<void(const Credentials &credentials)>;
    using CredentialsFailed = std::function<void(const QString &error)>;
    //! Secrets from the keychain (--profile) or the environment / --token-file, as `export` takes them.
    //! Registers them with the console so they are never printed.
    static void loadCredentials(const CommandContext &context, const Connection &connection, const QString &tokenFile,
                                QObject *receiver, CredentialsReady ready, CredentialsFailed failed);

    //! With `--clock-offset auto`, the first "signature expired" gives the measured offset to retry
    //! with (announced on stderr); otherwise, and on any later failure, nothing.
    static std::optional<ClockOffset> clockRetry(Console &console, const ClockOffsetChoice &clock, bool &retried,
                                                 const ApiError &error);
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
