// SPDX-License-Identifier: GPL-3.0-or-later
#include "input/CredentialSource.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace smsc::cli {

namespace {

QString firstSet(const QProcessEnvironment &env, const char *preferred, const char *fallback)
{
    const QString value = env.value(QLatin1String(preferred)).trimmed();
    return value.isEmpty() ? env.value(QLatin1String(fallback)).trimmed() : value;
}

} // namespace

EnvironmentCredentials CredentialSource::fromEnvironment(const QProcessEnvironment &env, const QString &tokenFile)
{
    EnvironmentCredentials result;
    result.domainId = env.value(u"HUAWEICLOUD_SDK_DOMAIN_ID"_s).trimmed();
    result.projectId = env.value(u"HUAWEICLOUD_SDK_PROJECT_ID"_s).trimmed();
    Credentials &c = result.credentials;

    if (!tokenFile.isEmpty()) {
        c.mode = AuthMode::IamToken;
        const Outcome<QString> token = readSecretFile(tokenFile);
        if (token.ok())
            c.iamToken = token.value();
        else
            result.error = token.error();
        return result;
    }
    c.accessKey = firstSet(env, "CLOUD_SDK_AK", "HUAWEICLOUD_SDK_AK");
    c.secretKey = firstSet(env, "CLOUD_SDK_SK", "HUAWEICLOUD_SDK_SK");
    c.securityToken = firstSet(env, "CLOUD_SDK_SECURITY_TOKEN", "HUAWEICLOUD_SDK_SECURITY_TOKEN");
    const QString iamToken = firstSet(env, "CLOUD_SDK_IAM_TOKEN", "HUAWEICLOUD_SDK_IAM_TOKEN");

    if (c.accessKey.isEmpty() && c.secretKey.isEmpty() && !iamToken.isEmpty()) {
        c.mode = AuthMode::IamToken;
        c.iamToken = iamToken;
        return result;
    }
    c.mode = c.securityToken.isEmpty() ? AuthMode::AkSk : AuthMode::TemporaryAkSk;
    if (c.accessKey.isEmpty() && c.secretKey.isEmpty()) {
        result.error = tr("No credentials: set CLOUD_SDK_AK and CLOUD_SDK_SK in the environment, "
                          "give an IAM token with --token-file, or use --profile NAME.");
    } else if (c.accessKey.isEmpty()) {
        result.error = tr("The access key is missing: CLOUD_SDK_SK is set but CLOUD_SDK_AK is not.");
    } else if (c.secretKey.isEmpty()) {
        result.error = tr("The secret key is missing: CLOUD_SDK_AK is set but CLOUD_SDK_SK is not.");
    }
    return result;
}

Outcome<QString> CredentialSource::readSecretFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{tr("The token file %1 cannot be read: %2").arg(path, file.errorString())};
    const QString value = QString::fromUtf8(file.readLine(1024 * 1024)).trimmed();
    if (value.isEmpty())
        return Failure{tr("The token file %1 is empty.").arg(path)};
    return value;
}

const QStringList &CredentialSource::forbiddenOptions()
{
    static const QStringList options = {
        u"ak"_s, u"sk"_s, u"access-key"_s, u"secret-key"_s, u"secret"_s, u"security-token"_s,
        u"token"_s, u"iam-token"_s, u"auth-token"_s, u"password"_s,
    };
    return options;
}

QString CredentialSource::refusal(const QString &option)
{
    return tr("--%1 is not accepted: secrets on the command line are visible to other users and stay "
              "in the shell history. Set CLOUD_SDK_AK / CLOUD_SDK_SK (and CLOUD_SDK_SECURITY_TOKEN) in the "
              "environment, use --token-file FILE, or store them with 'profile set'.")
        .arg(option);
}

} // namespace smsc::cli
