// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/credentials/Credentials.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

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
        return accessKey.isEmpty() ? QString() : u"****"_s;
    return accessKey.left(4) + u"****"_s + accessKey.right(4);
}

QString authModeId(AuthMode mode)
{
    switch (mode) {
    case AuthMode::AkSk:
        return u"aksk"_s;
    case AuthMode::TemporaryAkSk:
        return u"temporary"_s;
    case AuthMode::IamToken:
        break;
    }
    return u"token"_s;
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
