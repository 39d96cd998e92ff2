#include "Credentials.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace smsc {

namespace {

struct CredentialsText
{
    Q_DECLARE_TR_FUNCTIONS(smsc::Credentials)
};

} // namespace

QString Credentials::missingPart() const
{
    QStringList missing;
    const bool needsKeys = mode == AuthMode::AkSk || mode == AuthMode::TemporaryAkSk;
    if (needsKeys && accessKey.trimmed().isEmpty())
        missing << CredentialsText::tr("the access key (AK)");
    if (needsKeys && secretKey.trimmed().isEmpty())
        missing << CredentialsText::tr("the secret key (SK)");
    if (mode == AuthMode::TemporaryAkSk && securityToken.trimmed().isEmpty())
        missing << CredentialsText::tr("the security token");
    if (mode == AuthMode::IamToken && iamToken.trimmed().isEmpty())
        missing << CredentialsText::tr("the IAM token");
    if (missing.isEmpty())
        return {};
    return CredentialsText::tr("Credentials incomplete: %1 missing.").arg(QLocale().createSeparatedList(missing));
}

QString Credentials::maskedAccessKey() const
{
    // Shorter keys are not real AKs; showing 8 of them would show almost all of it.
    if (accessKey.size() <= 8)
        return accessKey.isEmpty() ? QString() : QStringLiteral("****");
    return accessKey.left(4) + QStringLiteral("****") + accessKey.right(4);
}

QString authModeId(AuthMode mode)
{
    switch (mode) {
    case AuthMode::AkSk:
        return QStringLiteral("aksk");
    case AuthMode::TemporaryAkSk:
        return QStringLiteral("temporary");
    case AuthMode::IamToken:
        break;
    }
    return QStringLiteral("token");
}

bool authModeFromId(const QString &id, AuthMode *mode)
{
    for (const AuthMode candidate : {AuthMode::AkSk, AuthMode::TemporaryAkSk, AuthMode::IamToken}) {
        if (id.trimmed().compare(authModeId(candidate), Qt::CaseInsensitive) == 0) {
            *mode = candidate;
            return true;
        }
    }
    return false;
}

} // namespace smsc
