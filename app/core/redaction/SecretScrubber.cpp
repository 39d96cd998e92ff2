// SPDX-License-Identifier: GPL-3.0-or-later
#include "redaction/SecretScrubber.h"

#include "redaction/RequestRedactor.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace smsc {

SecretScrubber::SecretScrubber(const Credentials &credentials)
    : m_secrets{credentials.secretKey, credentials.securityToken, credentials.iamToken},
      m_accessKey(credentials.accessKey), m_maskedAccessKey(credentials.maskedAccessKey())
{
}

QString SecretScrubber::redact(const QString &text, const QStringList &secrets)
{
    if (text.isEmpty())
        return text;
    QString out = text;
    for (const QString &secret : secrets) {
        if (secret.size() >= 8)
            out.replace(secret, QLatin1String(kRedacted));
    }
    // Signatures and token headers in any rendering: Authorization header, cURL -H, canonical
    // request lines, and the gateway's '|'-separated canonical-request echo.
    static const QRegularExpression signature(uR"((Signature=)[^,\s"'|]+)"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tokenHeader(
        uR"(((?:X-Security-Token|X-Auth-Token|X-Subject-Token)\s*[:=]\s*)[^\s"',|]+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    out.replace(signature, u"\\1"_s + QLatin1String(kRedacted));
    out.replace(tokenHeader, u"\\1"_s + QLatin1String(kRedacted));
    return out;
}

QString SecretScrubber::operator()(const QString &text) const
{
    QString out = redact(text, m_secrets);
    // The AK is replaced by its masked form rather than removed, so the line stays readable.
    if (m_accessKey.size() >= 8)
        out.replace(m_accessKey, m_maskedAccessKey);
    return out;
}

QByteArray SecretScrubber::bytes(const QByteArray &data) const
{
    return (*this)(QString::fromUtf8(data)).toUtf8();
}

HeaderList SecretScrubber::headers(const HeaderList &list) const
{
    HeaderList out;
    out.reserve(list.size());
    for (const auto &[name, value] : list) {
        const QByteArray lower = name.toLower();
        if (lower == "x-security-token" || lower == "x-auth-token" || lower == "x-subject-token")
            out.append({name, kRedacted});
        else  // scrubbed with its name, so the "Name: value" patterns of redact() apply
            out.append({name, bytes(name + ": " + value).mid(name.size() + 2)});
    }
    return out;
}

} // namespace smsc
