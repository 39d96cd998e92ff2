// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/DecodeCommand.h"

#include "commands/AccountCommandSupport.h"
#include "output/Console.h"
#include "output/ExitCode.h"
#include "output/JsonReport.h"
#include "SignalWatcher.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace smsc::cli {

namespace {

constexpr qint64 kMaxInputBytes = 1024 * 1024;

QJsonObject decisionJson(const DecodeResult &result)
{
    const AuthorizationDecision &d = result.decision;
    QJsonArray statements;
    for (const MatchedStatement &s : d.statements)
        statements << QJsonObject{{u"policy"_s, s.policy}, {u"policy_type"_s, s.policyType},
                                  {u"statement_id"_s, s.statementId}, {u"effect"_s, s.effect}};
    QJsonObject o{{u"ok"_s, true}, {u"explicit_deny"_s, d.explicitDeny}, {u"action"_s, d.action},
                  {u"resource"_s, d.resource}, {u"principal_urn"_s, d.principalUrn},
                  {u"matched_statements"_s, statements}, {u"conditions"_s, QJsonArray::fromStringList(d.conditions)},
                  {u"decoded_message"_s, d.rawJson}, {u"request_id"_s, result.exchange.requestId}};
    o.insert(u"allowed"_s, d.verdict == AuthorizationDecision::Verdict::Unknown
                                ? QJsonValue() : QJsonValue(d.verdict == AuthorizationDecision::Verdict::Allow));
    return o;
}

} // namespace

QString DecodeCommand::name() const
{
    return u"decode"_s;
}

QString DecodeCommand::summary() const
{
    return tr("Decode the encoded authorization message of a 403 answer with STS.");
}

QString DecodeCommand::messageFrom(const QByteArray &input)
{
    const QJsonDocument doc = QJsonDocument::fromJson(input);
    if (doc.isObject()) {
        const QString inside = doc.object().value(u"encoded_authorization_message").toString();
        if (!inside.isEmpty())
            return inside.trimmed();
    }
    return QString::fromUtf8(input).trimmed();
}

void DecodeCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Sends POST /v5/decode-authorization-message to STS with the same credentials as 'export' and prints "
           "the decision: allowed or denied, action, resource and the matching policy statement.\n"
           "FILE holds the message, or a 403 answer (or 'export --json' output) that carries it; without FILE, or "
           "with -, it is read from stdin. It is never taken as an argument."));
    const CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption json(u"json"_s, tr("Print one JSON object on stdout."));
    const QCommandLineOption clock = AccountCommandSupport::clockOffsetOption();
    parser.addOptions({json, clock});
    addProgressOptions(parser);
    parser.addPositionalArgument(u"FILE"_s, tr("File holding the message; - or nothing reads stdin."));
    if (!parse(parser, arguments,
               u"sms-consistency-cli decode [common options] [FILE | -] [--json] [--clock-offset auto|SECONDS] "
               "[--quiet | --progress]"_s))
        return;
    m_json = parser.isSet(json);
    startProgress(parser, m_json);
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        return failUsage(tr("Give one file, or none to read stdin."), m_json);
    if (!readClockOffset(parser.value(clock)))
        return;

    const QString path = files.value(0, u"-"_s);
    QFile file;
    const bool fromStdin = path == u"-";
    if (fromStdin && m_context.console->stdinIsTerminal())
        return failUsage(tr("Pipe the message into 'decode' or give a FILE (see --help)."), m_json);
    if (!fromStdin)
        file.setFileName(path);
    const bool opened = fromStdin ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened)
        return failUsage(tr("%1 cannot be read: %2").arg(path, file.errorString()), m_json);
    const QByteArray input = file.read(kMaxInputBytes + 1);
    if (input.size() > kMaxInputBytes)
        return failUsage(tr("%1 is larger than 1 MiB: that is not an authorization message.").arg(path), m_json);
    m_message = messageFrom(input);
    const QString problem = StsParser::checkEncodedMessage(m_message);
    if (!problem.isEmpty())
        return failUsage(problem, m_json);

    if (!readConnection(parser, common))
        return;
    if (m_context.signalWatcher)
        connect(m_context.signalWatcher, &SignalWatcher::interruptRequested, this, &DecodeCommand::onInterrupt);
    progressStage(ProgressState::Stage::ReadingCredentials);
    loadCredentials(parser.value(common.tokenFile));
}

void DecodeCommand::send(const ClockOffset &offset)
{
    m_client = new StsClient(m_context.network, m_profile, m_credentials, this);
    if (!offset.isZero())
        m_client->setClock(offset.clock());
    connect(m_client, &StsClient::decodeFinished, this, &DecodeCommand::onFinished);
    progressStage(ProgressState::Stage::Waiting);
    m_client->decode(m_message);
}

void DecodeCommand::onFinished(const DecodeResult &result)
{
    if (m_client)
        m_client->deleteLater();
    if (!result.ok()) {
        if (retryClock(result.error))
            return;
        int code = exitCodeFor(result.error);
        if (code == Interrupted && m_context.signalWatcher && m_context.signalWatcher->interrupted())
            code = m_context.signalWatcher->exitCode();
        return finishFailed(result.error, result.exchange, code);
    }
    if (m_json)
        m_context.console->outRaw(JsonReport::toBytes(decisionJson(result)));
    else
        m_context.console->out(StsParser::decisionText(result.decision));
    finish(Success);
}

void DecodeCommand::onInterrupt()
{
    if (m_client) {
        m_client->cancel();  // reported as Cancelled through onFinished
        return;
    }
    fail(m_context.signalWatcher->exitCode(), tr("Interrupted."), m_json);
}

} // namespace smsc::cli
