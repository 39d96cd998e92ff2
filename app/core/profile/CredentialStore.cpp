#include "profile/CredentialStore.h"

#include <QCoreApplication>

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
