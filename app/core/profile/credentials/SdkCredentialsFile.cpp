// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/credentials/SdkCredentialsFile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>

#include <optional>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

struct LineError
{
    int line = 0;
    QString reason;
};

//! One pair of matching quotes around a value is dropped, as the SDKs' INI readers do.
QString unquoted(const QString &value)
{
    if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') && value.back() == value.front())
        return value.mid(1, value.size() - 2);
    return value;
}

QString *fieldFor(SdkCredentialsSection &section, const QString &key)
{
    if (key == u"ak"_s)
        return &section.accessKey;
    if (key == u"sk"_s)
        return &section.secretKey;
    if (key == u"security_token"_s)
        return &section.securityToken;
    if (key == u"project_id"_s)
        return &section.projectId;
    if (key == u"domain_id"_s)
        return &section.domainId;
    if (key == u"iam_endpoint"_s)
        return &section.iamEndpoint;
    return nullptr;
}

std::optional<LineError> checkSection(const SdkCredentialsSection &section)
{
    if (section.accessKey.isEmpty() || section.secretKey.isEmpty()) {
        return LineError{section.line, SdkCredentialsFile::tr("the section [%1] needs both ak and sk")
                                           .arg(section.name)};
    }
    return std::nullopt;
}

std::optional<LineError> parseLines(const QString &text, QList<SdkCredentialsSection> *sections)
{
    static const QRegularExpression hexId(u"^[0-9a-f]{32}$"_s);
    static const QRegularExpression keyName(u"^[a-z_]+$"_s);
    const QStringList lines = text.split(u'\n');
    SdkCredentialsSection *current = nullptr;
    QStringList seenKeys;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int number = int(i) + 1;
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#') || trimmed.startsWith(u';'))
            continue;
        if (trimmed.startsWith(u'[')) {
            const QString name = trimmed.endsWith(u']') ? trimmed.mid(1, trimmed.size() - 2).trimmed().toLower()
                                                        : QString();
            if (name != u"basic"_s && name != u"global"_s) {
                return LineError{number, SdkCredentialsFile::tr("a section other than [basic] or [global] (the SDKs "
                                                                "read only those)")};
            }
            for (const SdkCredentialsSection &earlier : std::as_const(*sections)) {
                if (earlier.name == name)
                    return LineError{number, SdkCredentialsFile::tr("the section [%1] appears a second time (first on "
                                                                    "line %2)").arg(name).arg(earlier.line)};
            }
            if (current) {
                if (const auto problem = checkSection(*current))
                    return problem;
            }
            sections->append(SdkCredentialsSection{});
            current = &sections->last();
            current->name = name;
            current->line = number;
            seenKeys.clear();
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals < 0)
            return LineError{number, SdkCredentialsFile::tr("the line is not \"key = value\"")};
        const QString key = line.left(equals).trimmed().toLower();
        if (!current)
            return LineError{number, SdkCredentialsFile::tr("a key before the first section ([basic] or [global])")};
        QString *field = keyName.match(key).hasMatch() ? fieldFor(*current, key) : nullptr;
        if (!field) {
            return LineError{number, SdkCredentialsFile::tr("an unknown key (the SDKs read ak, sk, security_token, "
                                                            "project_id, domain_id and iam_endpoint)")};
        }
        if (seenKeys.contains(key))
            return LineError{number, SdkCredentialsFile::tr("%1 appears a second time in [%2]").arg(key, current->name)};
        seenKeys << key;
        const QString value = unquoted(line.mid(equals + 1).trimmed());
        if (value.isEmpty())
            return LineError{number, SdkCredentialsFile::tr("%1 has no value").arg(key)};
        for (const QChar c : value) {
            if (c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
                return LineError{number, SdkCredentialsFile::tr("the value of %1 contains a space or a control "
                                                                "character").arg(key)};
        }
        if ((key == u"project_id"_s || key == u"domain_id"_s) && !hexId.match(value).hasMatch())
            return LineError{number, SdkCredentialsFile::tr("%1 is not 32 characters, digits and letters a-f").arg(key)};
        *field = value;
    }
    if (current) {
        if (const auto problem = checkSection(*current))
            return problem;
    }
    if (sections->isEmpty())
        return LineError{0, SdkCredentialsFile::tr("there is no [basic] or [global] section")};
    return std::nullopt;
}

} // namespace

Credentials SdkCredentialsSection::credentials() const
{
    Credentials c;
    c.mode = securityToken.isEmpty() ? AuthMode::AkSk : AuthMode::TemporaryAkSk;
    c.accessKey = accessKey;
    c.secretKey = secretKey;
    c.securityToken = securityToken;
    return c;
}

Profile SdkCredentialsSection::applyTo(Profile base) const
{
    base.authMode = securityToken.isEmpty() ? AuthMode::AkSk : AuthMode::TemporaryAkSk;
    base.scopeHeader = name == u"basic"_s ? ScopeHeader::ProjectId : ScopeHeader::DomainId;
    base.projectId = projectId;
    base.domainId = domainId;
    if (!iamEndpoint.isEmpty())
        base.iamEndpoint = iamEndpoint.contains(u"://"_s) ? iamEndpoint : u"https://"_s + iamEndpoint;
    return base;
}

Outcome<SdkCredentialsFile> SdkCredentialsFile::parse(const QByteArray &text, const QString &path)
{
    const QString name = path.isEmpty() ? tr("The SDK credentials file") : path;
    if (text.size() > kMaxBytes)
        return Failure(tr("%1 is larger than 64 KiB; it is not an SDK credentials file.").arg(name));
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString decoded = decoder.decode(text);
    if (decoder.hasError() || decoded.contains(QChar(0)))
        return Failure(tr("%1 is not UTF-8 text.").arg(name));
    if (decoded.startsWith(QChar(0xFEFF)))
        decoded.remove(0, 1);
    SdkCredentialsFile file;
    file.m_path = path;
    if (const auto error = parseLines(decoded, &file.m_sections)) {
        if (error->line == 0)
            return Failure(tr("%1: %2.").arg(name, error->reason));
        return Failure(tr("%1, line %2: %3.").arg(name).arg(error->line).arg(error->reason), FailureKind::Failed, {},
                       error->line);
    }
    return file;
}

Outcome<SdkCredentialsFile> SdkCredentialsFile::read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Failure(tr("%1 does not exist.").arg(path), FailureKind::NotFound);
    if (!file.open(QIODevice::ReadOnly))
        return Failure(tr("%1 cannot be read: %2").arg(path, file.errorString()), FailureKind::Failed, file.errorString());
    return parse(file.read(kMaxBytes + 1), path);
}

QString SdkCredentialsFile::defaultPath(const QProcessEnvironment &environment)
{
    const QString set = environment.value(u"HUAWEICLOUD_SDK_CREDENTIALS_FILE"_s).trimmed();
    if (!set.isEmpty())
        return set;
    const QString home = environment.value(u"HOME"_s, QDir::homePath());
    return QDir(home).filePath(u".huaweicloud/credentials"_s);
}

Outcome<SdkCredentialsSection> SdkCredentialsFile::section(const QString &wanted) const
{
    const QString name = m_path.isEmpty() ? tr("The SDK credentials file") : m_path;
    const QString key = wanted.trimmed().toLower();
    if (!key.isEmpty() && key != u"basic"_s && key != u"global"_s)
        return Failure(tr("The section must be basic or global, not \"%1\".").arg(wanted));
    if (key.isEmpty()) {
        if (m_sections.size() > 1) {
            return Failure(tr("%1 has both a [basic] and a [global] section: choose one ([basic] sends X-Project-Id, "
                              "[global] X-Domain-Id).").arg(name), FailureKind::Exists);
        }
        return m_sections.constFirst();
    }
    for (const SdkCredentialsSection &section : m_sections) {
        if (section.name == key)
            return section;
    }
    return Failure(tr("%1 has no [%2] section.").arg(name, key), FailureKind::NotFound);
}

} // namespace smsc
