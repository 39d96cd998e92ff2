// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/endpoints/EndpointOverrides.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

// The SDKs add https:// to an IAM or STS endpoint written without a scheme.
QString withScheme(const QString &value)
{
    const QString trimmed = value.trimmed();
    return trimmed.contains(u"://") ? trimmed : u"https://"_s + trimmed;
}

} // namespace

EndpointOverrides EndpointOverrides::fromEnvironment(const QProcessEnvironment &environment, const QString &homeDir)
{
    EndpointOverrides overrides;
    overrides.m_environment = environment;
    const QString named = environment.value(QString::fromLatin1(kRegionsFileVariable));
    overrides.m_regionsPath = !named.isEmpty() ? named
        : homeDir.isEmpty()                     ? QString()
                                                : QDir(homeDir).filePath(u".huaweicloud/regions.yaml"_s);
    if (overrides.m_regionsPath.isEmpty())
        return overrides;
    Outcome<RegionsFile> file = RegionsFile::read(overrides.m_regionsPath);
    if (file.ok())
        overrides.m_regions = std::move(file).value();
    else if (file.kind() != FailureKind::NotFound)
        overrides.m_error = file.error();
    return overrides;
}

EndpointOverrides EndpointOverrides::fromSystem()
{
    return fromEnvironment(QProcessEnvironment::systemEnvironment(), QDir::homePath());
}

QString EndpointOverrides::smsVariable(const QString &regionId)
{
    return u"HUAWEICLOUD_SDK_REGION_SMS_"_s + regionId.trimmed().toUpper().replace(u'-', u'_');
}

std::optional<EndpointOverride> EndpointOverrides::sms(const QString &regionId) const
{
    const QString region = regionId.trimmed();
    if (region.isEmpty())
        return std::nullopt;
    const QString variable = smsVariable(region);
    QStringList endpoints;
    for (const QString &part : m_environment.value(variable).split(u',')) {
        if (!part.trimmed().isEmpty())
            endpoints << part.trimmed();
    }
    if (!endpoints.isEmpty())
        return EndpointOverride{endpoints, EndpointOrigin::environment(variable)};
    if (const RegionsFileEntry *entry = m_regions.find(u"SMS"_s, region))
        return EndpointOverride{entry->endpoints, EndpointOrigin::regionsFile(m_regions.path(), entry->line)};
    return std::nullopt;
}

std::optional<EndpointOverride> EndpointOverrides::iam() const
{
    const QString variable = QString::fromLatin1(kIamVariable);
    const QString value = m_environment.value(variable).trimmed();
    if (value.isEmpty())
        return std::nullopt;
    return EndpointOverride{{withScheme(value)}, EndpointOrigin::environment(variable)};
}

std::optional<EndpointOverride> EndpointOverrides::sts() const
{
    const QString variable = QString::fromLatin1(kStsVariable);
    const QString value = m_environment.value(variable).trimmed();
    if (value.isEmpty())
        return std::nullopt;
    return EndpointOverride{{withScheme(value)}, EndpointOrigin::environment(variable)};
}

} // namespace smsc
