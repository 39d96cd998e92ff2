#include "CredentialStore.h"

#include <QCoreApplication>

namespace smsc {

QString secretFieldId(SecretField field)
{
    switch (field) {
    case SecretField::AccessKey: return QStringLiteral("ak");
    case SecretField::SecretKey: return QStringLiteral("sk");
    case SecretField::SecurityToken: return QStringLiteral("security_token");
    case SecretField::IamToken: return QStringLiteral("iam_token");
    }
    return {};
}

QString StoreResult::message() const
{
    switch (status) {
    case Status::Ok:
        return {};
    case Status::NotFound:
        return QCoreApplication::translate("smsc::StoreResult", "The keychain holds no such entry.");
    case Status::Unavailable:
        if (backendMessage.isEmpty())
            return QCoreApplication::translate("smsc::StoreResult",
                                               "The OS keychain (secure storage) is unavailable.");
        return QCoreApplication::translate("smsc::StoreResult",
                                           "The OS keychain (secure storage) is unavailable: %1")
            .arg(backendMessage);
    case Status::TimedOut:
        return QCoreApplication::translate(
            "smsc::StoreResult",
            "The OS keychain did not answer in time (it may be locked and waiting for a password prompt).");
    }
    return {};
}

} // namespace smsc
