// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock/ClockOffset.h"
#include "clock/ClockRetry.h"
#include "commands/Command.h"
#include "errors/ApiError.h"
#include "http/ExchangeRecord.h"
#include "input/CommonOptions.h"
#include "profile/credentials/Credentials.h"
#include "profile/Profile.h"

namespace smsc::cli {

/*!
 * A command that signs its requests with a profile's credentials (export, list-servers, list-tasks,
 * decode, whoami): `--clock-offset`, loading the secrets, then send(); after "signature expired"
 * with `--clock-offset auto`, one announced send() again with the measured offset.
 */
class SignedCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

protected:
    //! Sends the command's request(s), signing with the local clock moved by `offset`.
    virtual void send(const ClockOffset &offset) = 0;

    //! `--clock-offset auto|SECONDS` as given; on a usage problem fails (exit 2) and returns false.
    bool readClockOffset(const QString &value);
    //! m_profile from --profile or from the options and the environment (and the trace of every
    //! request on stderr with --debug); on a problem fails (exit 2) and returns false.
    bool readConnection(const QCommandLineParser &parser, const CommonOptions &common);
    /*!
     * Secrets for m_profile from the keychain when `fromKeychain`, else from the environment or
     * `tokenFile`; registered with the console so they are never printed. Then m_credentials is set
     * and send() runs with the fixed offset; without secrets the command fails (exit 6).
     */
    void loadCredentials(bool fromKeychain, const QString &tokenFile);
    //! The same, from the keychain for --profile unless a token file is named.
    void loadCredentials(const QString &tokenFile) { loadCredentials(m_fromStore && tokenFile.isEmpty(), tokenFile); }
    //! With `--clock-offset auto`, the first "signature expired" is announced on stderr and sent
    //! again with the measured offset: true then, and the caller stops there.
    bool retryClock(const ApiError &error);
    //! Ends the command on `error`: the JSON object on stdout with --json, every field on stderr.
    void finishFailed(const ApiError &error, const ExchangeRecord &exchange, int exitCode);

    Profile m_profile;
    Credentials m_credentials;
    bool m_fromStore = false;  //!< --profile: the secrets are in the keychain
    bool m_json = false;

private:
    void run(const Credentials &credentials);
    void traceRequests();

    ClockOffset m_fixedOffset;
    ClockRetry m_clockRetry{false};
};

} // namespace smsc::cli
