// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/StsParser.h"

#include "http/JsonText.h"
#include "util/UntrustedText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

// First non-empty string among `keys` in `objects`, searched in order.
QString firstOf(const QList<QJsonObject> &objects, std::initializer_list<QLatin1StringView> keys)
{
    for (const QJsonObject &object : objects) {
        for (QLatin1StringView key : keys) {
            const QString value = JsonText::scalar(object.value(key));
            if (!value.isEmpty())
                return value;
        }
    }
    return {};
}

} // namespace

QString StsParser::checkEncodedMessage(const QString &encodedMessage)
{
    const qsizetype length = encodedMessage.trimmed().size();
    if (length == 0)
        return tr("The encoded authorization message is empty: paste the encoded_authorization_message of a "
                  "403 answer.");
    if (length > kMaxEncodedChars)
        return tr("The encoded authorization message has %1 characters; STS decodes at most %2. It was probably "
                  "cut or joined with other text: copy it again from the 403 answer.")
            .arg(length).arg(kMaxEncodedChars);
    return {};
}

QByteArray StsParser::decodeRequestBody(const QString &encodedMessage)
{
    return QJsonDocument(QJsonObject{{u"encoded_message"_s, encodedMessage.trimmed()}})
        .toJson(QJsonDocument::Compact);
}

AuthorizationDecision StsParser::parseDecision(const QByteArray &body)
{
    AuthorizationDecision decision;
    const QJsonDocument outer = QJsonDocument::fromJson(body);
    const QJsonValue decoded = outer.object().value(u"decoded_message");
    QJsonObject object;
    if (decoded.isString()) {
        object = QJsonDocument::fromJson(decoded.toString().toUtf8()).object();
        decision.rawJson = JsonText::compact(decoded);
    } else if (decoded.isObject()) {
        object = decoded.toObject();
        decision.rawJson = JsonText::compact(object);
    }
    if (object.isEmpty()) {
        decision.problem = decision.rawJson.isEmpty()
            ? tr("STS answered without a decoded message.")
            : tr("STS returned a decoded message this app cannot read; it is shown as sent.");
        return decision;
    }
    const QJsonObject context = object.value(u"context").toObject();
    const QJsonObject principal = context.value(u"principal").toObject();
    const QJsonValue allowed = object.value(u"allowed");
    if (allowed.isBool())
        decision.verdict = allowed.toBool() ? AuthorizationDecision::Verdict::Allow
                                            : AuthorizationDecision::Verdict::Deny;
    decision.explicitDeny = object.value(u"explicit_deny").toBool();
    if (decision.explicitDeny)
        decision.verdict = AuthorizationDecision::Verdict::Deny;
    decision.action = firstOf({context, object}, {QLatin1StringView("action")});
    decision.resource = firstOf({context, object}, {QLatin1StringView("resource")});
    decision.principalUrn = firstOf({principal}, {QLatin1StringView("urn")});
    decision.principalId = firstOf({principal}, {QLatin1StringView("id")});
    for (const QJsonValue &entry : object.value(u"matched_statements").toArray()) {
        const QJsonObject s = entry.toObject();
        if (s.isEmpty())
            continue;
        decision.statements << MatchedStatement{JsonText::scalar(s.value(u"policy")), JsonText::scalar(s.value(u"policy_type")),
                                                JsonText::scalar(s.value(u"statement_id")), JsonText::scalar(s.value(u"effect"))};
    }
    for (const QJsonValue &condition : context.value(u"conditions").toArray()) {
        decision.conditions << JsonText::compact(condition);
    }
    return decision;
}

CallerIdentity StsParser::parseCallerIdentity(const QByteArray &body)
{
    CallerIdentity identity;
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    identity.rawJson = UntrustedText::fromUtf8(body.left(4096), UntrustedText::Lines::Keep);
    identity.accountId = JsonText::scalar(object.value(u"account_id"));
    identity.principalUrn = JsonText::scalar(object.value(u"principal_urn"));
    identity.principalId = JsonText::scalar(object.value(u"principal_id"));
    if (identity.accountId.isEmpty())
        identity.problem = tr("STS caller-identity answered without an account id.");
    return identity;
}

QString StsParser::actionNamedIn(const QString &message)
{
    static const QRegularExpression pattern(uR"(allow\s+(\S+:\S*)\s+to be performed)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(message);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString StsParser::decisionText(const AuthorizationDecision &decision)
{
    QStringList lines;
    switch (decision.verdict) {
    case AuthorizationDecision::Verdict::Allow: lines << tr("Decision: allowed"); break;
    case AuthorizationDecision::Verdict::Deny:
        lines << (decision.explicitDeny ? tr("Decision: denied by an explicit Deny statement")
                                        : tr("Decision: denied (no policy allows it)"));
        break;
    case AuthorizationDecision::Verdict::Unknown: lines << tr("Decision: not stated"); break;
    }
    if (!decision.action.isEmpty())
        lines << tr("Action: %1").arg(decision.action);
    if (!decision.resource.isEmpty())
        lines << tr("Resource: %1").arg(decision.resource);
    if (!decision.principalUrn.isEmpty())
        lines << tr("Principal: %1").arg(decision.principalUrn);
    for (const MatchedStatement &s : decision.statements)
        lines << tr("Matching statement: %1 in policy %2 (%3, effect %4)")
                     .arg(s.statementId, s.policy, s.policyType, s.effect);
    if (decision.statements.isEmpty() && decision.verdict == AuthorizationDecision::Verdict::Deny)
        lines << tr("Reason: no statement matched, so the request was denied by default. A policy granting "
                    "the action is missing.");
    for (const QString &condition : decision.conditions)
        lines << tr("Condition: %1").arg(condition);
    if (!decision.problem.isEmpty())
        lines << decision.problem;
    return lines.join(u'\n');
}

} // namespace smsc
