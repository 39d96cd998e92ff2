// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/SignedCommand.h"

#include "commands/AccountCommandSupport.h"
#include "diagnostics/HttpTraceText.h"
#include "http/HttpTraceHub.h"
#include "input/CredentialSource.h"
#include "output/Console.h"
#include "output/ExitCode.h"
#include "profile/credentials/ProfileSecrets.h"

namespace smsc::cli {

bool SignedCommand::readClockOffset(const QString &value)
{
    const ClockOffsetChoice choice = AccountCommandSupport::clockOffset(value);
    if (!choice.error.isEmpty()) {
        failUsage(choice.error, m_json);
        return false;
    }
    m_fixedOffset = choice.fixed;
    m_clockRetry = ClockRetry(choice.automatic);
    return true;
}

bool SignedCommand::readConnection(const QCommandLineParser &parser, const CommonOptions &common)
{
    const Connection connection = common.connection(parser, m_context.environment);
    if (!connection.ok()) {
        failUsage(connection.error, m_json);
        return false;
    }
    m_profile = connection.profile;
    m_fromStore = connection.fromStore;
    if (parser.isSet(common.debug))
        traceRequests();
    return true;
}

void SignedCommand::traceRequests()
{
    if (!m_context.network)
        return;
    // Printed even with --quiet: the user asked for it. m_credentials are read per event, so the
    // scrubber knows the secrets once they are loaded (nothing is sent before).
    connect(HttpTraceHub::install(m_context.network), &HttpTraceHub::traced, this, [this](const HttpTraceEvent &event) {
        for (const QString &line : HttpTraceText::lines(event, SecretScrubber(m_credentials)))
            m_context.console->err(line);
    });
}

void SignedCommand::loadCredentials(bool fromKeychain, const QString &tokenFile)
{
    if (fromKeychain) {
        ProfileSecrets(m_context.credentialStore)
            .load(m_profile.name, m_profile.authMode, this, [this](const Outcome<Credentials> &result) {
                if (!result.ok())
                    return fail(NoCredentials, result.error(), m_json);
                run(result.value());
            });
        return;
    }
    const EnvironmentCredentials env = CredentialSource::fromEnvironment(m_context.environment, tokenFile);
    if (!env.ok())
        return fail(NoCredentials, env.error, m_json);
    run(env.credentials);
}

void SignedCommand::run(const Credentials &credentials)
{
    for (const QString &secret : {credentials.secretKey, credentials.securityToken, credentials.iamToken})
        m_context.console->addSecret(secret);
    m_credentials = credentials;
    m_profile.authMode = credentials.mode;
    send(m_fixedOffset);
}

bool SignedCommand::retryClock(const ApiError &error)
{
    const std::optional<ClockOffset> offset = m_clockRetry.take(error);
    if (!offset)
        return false;
    AccountCommandSupport::announceClockRetry(*m_context.console, error, *offset);
    send(*offset);
    return true;
}

void SignedCommand::finishFailed(const ApiError &error, const ExchangeRecord &exchange, int exitCode)
{
    AccountCommandSupport::reportFailure(*m_context.console, m_json, error, exchange);
    finish(exitCode);
}

} // namespace smsc::cli
