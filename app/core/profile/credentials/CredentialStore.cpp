// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/credentials/CredentialStore.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace smsc {

QString secretFieldId(SecretField field)
{
    switch (field) {
    case SecretField::AccessKey: return u"ak"_s;
    case SecretField::SecretKey: return u"sk"_s;
    case SecretField::SecurityToken: return u"security_token"_s;
    case SecretField::IamToken: return u"iam_token"_s;
    }
    return {};
}

namespace {

// The context is the one these sentences were first translated in, so the translations still apply.
QString lockedMessage()
{
    return QCoreApplication::translate(
        "smsc::CredentialStore",
        "The keychain is locked. Unlock the login keyring (log in to the desktop session, or run "
        "gnome-keyring-daemon --unlock and type the login password) and try again.");
}

QString storeMessage(FailureKind kind, const QString &backendMessage)
{
    switch (kind) {
    case FailureKind::NotFound:
        return QCoreApplication::translate("smsc::CredentialStore", "The keychain holds no such entry.");
    case FailureKind::TimedOut:
        return QCoreApplication::translate(
            "smsc::CredentialStore",
            "The OS keychain did not answer in time (it may be locked and waiting for a password prompt).");
    default:
        if (CredentialStore::isLockedAnswer(backendMessage))
            return lockedMessage();
        if (backendMessage.isEmpty())
            return QCoreApplication::translate("smsc::CredentialStore",
                                               "The OS keychain (secure storage) is unavailable.");
        return QCoreApplication::translate("smsc::CredentialStore",
                                           "The OS keychain (secure storage) is unavailable: %1")
            .arg(backendMessage);
    }
}

} // namespace

bool CredentialStore::isLockedAnswer(const QString &backendMessage)
{
    static const QRegularExpression promptPath(u"(^|[\\s:'\"])/org/freedesktop/secrets/prompt/\\w+"_s);
    return promptPath.match(backendMessage).hasMatch()
        || backendMessage.contains(u"locked collection"_s, Qt::CaseInsensitive);
}

Failure CredentialStore::lockedFailure(const QString &backendMessage)
{
    return Failure{lockedMessage(), FailureKind::Unavailable, backendMessage};
}

Failure CredentialStore::failure(FailureKind kind, const QString &backendMessage)
{
    return Failure{storeMessage(kind, backendMessage), kind, backendMessage};
}

} // namespace smsc
