// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/credentials/CredentialChecks.h"

#include <algorithm>

namespace smsc {
namespace {

bool isUpperAlnum(const QString &s)
{
    for (QChar c : s) {
        if (!((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')))
            return false;
    }
    return true;
}

bool isAsciiAlnum(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

// Huawei Cloud AKs are 20 upper-case letters and digits; SKs are 40 letters and digits.
constexpr int kAkLength = 20;
constexpr int kSkMinLength = 30;
constexpr int kSkMaxLength = 64;

} // namespace

QString CredentialChecks::fieldLabel(SecretField field)
{
    switch (field) {
    case SecretField::AccessKey: return tr("access key (AK)");
    case SecretField::SecretKey: return tr("secret key (SK)");
    case SecretField::SecurityToken: return tr("security token");
    case SecretField::IamToken: return tr("IAM token");
    }
    return {};
}

QString CredentialChecks::whitespaceProblem(const QString &fieldLabel, const QString &value)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\n' || c == u'\r' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return tr("The %1 contains a line break at character %2. Copy the key again "
                      "as a single line.").arg(fieldLabel).arg(i + 1);
        if (c.isSpace())
            return tr("The %1 contains a space or tab at character %2. Keys never contain "
                      "spaces: copy the key again without it.").arg(fieldLabel).arg(i + 1);
    }
    return {};
}

QString CredentialChecks::checkAccessKey(const QString &ak)
{
    if (ak.isEmpty())
        return tr("Enter the access key (AK).");
    if (QString problem = whitespaceProblem(fieldLabel(SecretField::AccessKey), ak); !problem.isEmpty())
        return problem;
    if (ak.startsWith(u"LTAI"))
        return tr("This access key starts with \"LTAI\", which is how Alibaba Cloud keys start. "
                  "Create an access key in the Huawei Cloud console (My Credentials > Access Keys).");
    if (ak.startsWith(u"AKIA") || ak.startsWith(u"ASIA"))
        return tr("This access key starts with \"%1\", which is how Amazon Web Services (AWS) keys "
                  "start. Create an access key in the Huawei Cloud console (My Credentials > "
                  "Access Keys).").arg(ak.left(4));
    if (ak.startsWith(u"AKID"))
        return tr("This access key starts with \"AKID\", which is how Tencent Cloud keys start. "
                  "Create an access key in the Huawei Cloud console (My Credentials > Access Keys).");
    const bool allAlnum = std::all_of(ak.cbegin(), ak.cend(), isAsciiAlnum);
    if (ak.size() >= kSkMinLength && allAlnum)
        return tr("This looks like a secret key (SK), not an access key: it has %1 characters and "
                  "an access key has %2 upper-case letters and digits. Check that the AK and SK "
                  "fields are not swapped.").arg(ak.size()).arg(kAkLength);
    if (ak.size() != kAkLength || !isUpperAlnum(ak))
        return tr("An access key (AK) has exactly %1 upper-case letters and digits; this one has "
                  "%2 characters%3.")
            .arg(kAkLength)
            .arg(ak.size())
            .arg(isUpperAlnum(ak) ? QString() : tr(", including lower-case letters or symbols"));
    return {};
}

QString CredentialChecks::checkSecretKey(const QString &sk)
{
    if (sk.isEmpty())
        return tr("Enter the secret key (SK).");
    if (QString problem = whitespaceProblem(fieldLabel(SecretField::SecretKey), sk); !problem.isEmpty())
        return problem;
    if (sk.size() == kAkLength && isUpperAlnum(sk))
        return tr("This looks like an access key (AK), not a secret key: it has %1 upper-case "
                  "letters and digits. Check that the AK and SK fields are not swapped.")
            .arg(kAkLength);
    for (QChar c : sk) {
        if (!isAsciiAlnum(c))
            return tr("A Huawei Cloud secret key has only letters and digits, but this one contains "
                      "\"%1\". Keys of other clouds (such as AWS) contain symbols; check where "
                      "this key comes from.").arg(c);
    }
    if (sk.size() < kSkMinLength || sk.size() > kSkMaxLength)
        return tr("A secret key (SK) has about 40 characters; this one has %1. Copy the whole key "
                  "from the credentials file you downloaded.").arg(sk.size());
    return {};
}

QString CredentialChecks::checkToken(SecretField field, const QString &token)
{
    if (token.isEmpty()) {
        return field == SecretField::IamToken ? tr("Enter the IAM token.")
                                              : tr("Enter the security token.");
    }
    return whitespaceProblem(fieldLabel(field), token);
}

QList<CredentialIssue> CredentialChecks::check(const Credentials &credentials)
{
    QList<CredentialIssue> issues;
    auto add = [&issues](SecretField field, const QString &message) {
        if (!message.isEmpty())
            issues.append({field, message});
    };
    if (credentials.mode == AuthMode::IamToken) {
        add(SecretField::IamToken, checkToken(SecretField::IamToken, credentials.iamToken));
        return issues;
    }
    add(SecretField::AccessKey, checkAccessKey(credentials.accessKey));
    add(SecretField::SecretKey, checkSecretKey(credentials.secretKey));
    if (credentials.mode == AuthMode::TemporaryAkSk)
        add(SecretField::SecurityToken,
            checkToken(SecretField::SecurityToken, credentials.securityToken));
    return issues;
}

} // namespace smsc
