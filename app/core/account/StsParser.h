// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace smsc {

//! A policy statement STS says matched the request.
struct MatchedStatement
{
    QString policy;
    QString policyType;
    QString statementId;
    QString effect;   //!< "Allow" / "Deny" as sent
};

//! The decoded form of an encoded_authorization_message.
struct AuthorizationDecision
{
    enum class Verdict { Unknown, Allow, Deny };
    Verdict verdict = Verdict::Unknown;
    bool explicitDeny = false;
    QString action;
    QString resource;
    QString principalUrn;
    QString principalId;
    QList<MatchedStatement> statements;
    QStringList conditions;   //!< each condition as compact JSON text
    QString rawJson;          //!< the decoded message exactly as STS returned it
    QString problem;          //!< translated; set when the answer could not be read at all
};

//! What STS caller-identity says about the credentials.
struct CallerIdentity
{
    QString accountId;
    QString principalUrn;
    QString principalId;
    QString rawJson;
    QString problem;   //!< translated; set when the answer has no account id
};

//! Defensive parsing of STS answers (docs/SERVICE.md "STS: decoding and caller identity"). Pure.
class StsParser final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::StsParser)
public:
    static constexpr int kMaxEncodedChars = 10240;

    //! `{"decoded_message": "<JSON text>"}` (or an object) → the decision.
    static AuthorizationDecision parseDecision(const QByteArray &body);
    //! `{"account_id", "principal_urn", "principal_id"}`.
    static CallerIdentity parseCallerIdentity(const QByteArray &body);
    //! `{"encoded_message": …}` as sent to STS.
    static QByteArray decodeRequestBody(const QString &encodedMessage);
    //! Empty when 1–10240 characters, else a translated sentence stating the length.
    static QString checkEncodedMessage(const QString &encodedMessage);
    //! The decision in plain translated words, one fact per line.
    static QString decisionText(const AuthorizationDecision &decision);
    //! The action named in "Policy doesn't allow <action> to be performed", or empty.
    static QString actionNamedIn(const QString &message);
};

} // namespace smsc
