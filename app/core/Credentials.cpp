#include "Credentials.h"

#include <QCoreApplication>

namespace smsc {

QString Credentials::missingPart() const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("smsc::Credentials", text); };
    switch (mode) {
    case AuthMode::IamToken:
        return iamToken.isEmpty() ? tr("No IAM token was given.") : QString();
    case AuthMode::TemporaryAkSk:
        if (securityToken.isEmpty() && !accessKey.isEmpty() && !secretKey.isEmpty())
            return tr("No security token was given (temporary keys need one).");
        [[fallthrough]];
    case AuthMode::AkSk:
        if (accessKey.isEmpty())
            return tr("No access key (AK) was given.");
        if (secretKey.isEmpty())
            return tr("No secret key (SK) was given.");
        return {};
    }
    return {};
}

QString Credentials::maskedAccessKey() const
{
    if (accessKey.size() <= 8)
        return QString(accessKey.size(), QLatin1Char('*'));
    return accessKey.left(4) + QStringLiteral("…") + accessKey.right(4);
}

QString authModeId(AuthMode mode)
{
    switch (mode) {
    case AuthMode::AkSk: return QStringLiteral("aksk");
    case AuthMode::TemporaryAkSk: return QStringLiteral("temporary");
    case AuthMode::IamToken: return QStringLiteral("token");
    }
    return {};
}

bool authModeFromId(const QString &id, AuthMode *mode)
{
    for (const AuthMode candidate : {AuthMode::AkSk, AuthMode::TemporaryAkSk, AuthMode::IamToken}) {
        if (authModeId(candidate) == id) {
            *mode = candidate;
            return true;
        }
    }
    return false;
}

} // namespace smsc
