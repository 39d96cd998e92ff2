// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/ProfileStore.h"

#include <QLocale>
#include <QSettings>
#include <QUrl>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

const QString kProfilesGroup = u"profiles"_s;
const QString kCurrentKey = u"current_profile"_s;

QString scopeHeaderId(ScopeHeader scope)
{
    return scope == ScopeHeader::ProjectId ? u"project"_s : u"domain"_s;
}

void writeProfile(QSettings &settings, const Profile &p)
{
    settings.setValue(u"region"_s, p.region);
    settings.setValue(u"endpoint"_s, p.endpoint);
    settings.setValue(u"iam_endpoint"_s, p.iamEndpoint);
    settings.setValue(u"sts_endpoint"_s, p.stsEndpoint);
    settings.setValue(u"auth_mode"_s, authModeId(p.authMode));
    settings.setValue(u"scope_header"_s, scopeHeaderId(p.scopeHeader));
    settings.setValue(u"domain_id"_s, p.domainId);
    settings.setValue(u"project_id"_s, p.projectId);
    settings.setValue(u"language"_s,
                      p.languageFollowsUi ? u"auto"_s : requestLanguageId(p.language));
    settings.setValue(u"connect_timeout_s"_s, p.transport.connectTimeoutSeconds);
    settings.setValue(u"transfer_timeout_s"_s, p.transport.transferTimeoutSeconds);
    settings.setValue(u"proxy"_s, p.transport.proxyUrl);
    settings.setValue(u"ca_file"_s, p.transport.caFile);
    settings.setValue(u"retry_transient"_s, p.transport.retryTransient);
    settings.setValue(u"max_attempts"_s, p.transport.maxAttempts);
}

Profile readProfile(const QSettings &settings, const QString &name)
{
    Profile p;
    p.name = name;
    const auto text = [&](const char *key) { return settings.value(QLatin1String(key)).toString(); };
    p.region = text("region");
    p.endpoint = text("endpoint");
    p.iamEndpoint = text("iam_endpoint");
    p.stsEndpoint = text("sts_endpoint");
    authModeFromId(text("auth_mode"), &p.authMode);  // unknown ids keep the default
    p.scopeHeader = text("scope_header") == u"project"_s ? ScopeHeader::ProjectId : ScopeHeader::DomainId;
    p.domainId = text("domain_id");
    p.projectId = text("project_id");
    if (!requestLanguageFromId(text("language"), &p.language)) {
        // "auto" (or never stored): the terminal's language for the CLI; the GUI overrides it.
        p.languageFollowsUi = true;
        p.language = QLocale::system().language() == QLocale::Chinese ? RequestLanguage::ZhCn : RequestLanguage::EnUs;
    }
    const TransportOptions defaults;
    p.transport.connectTimeoutSeconds =
        settings.value(u"connect_timeout_s"_s, defaults.connectTimeoutSeconds).toInt();
    p.transport.transferTimeoutSeconds =
        settings.value(u"transfer_timeout_s"_s, defaults.transferTimeoutSeconds).toInt();
    p.transport.proxyUrl = text("proxy");
    p.transport.caFile = text("ca_file");
    p.transport.retryTransient = settings.value(u"retry_transient"_s, false).toBool();
    p.transport.maxAttempts = settings.value(u"max_attempts"_s, defaults.maxAttempts).toInt();
    return p;
}

Outcome<void> syncSettings(QSettings &settings)
{
    settings.sync();
    if (settings.status() == QSettings::NoError)
        return {};
    return Failure{ProfileStore::tr("The settings file %1 could not be written.").arg(settings.fileName())};
}

} // namespace

QStringList ProfileStore::names() const
{
    QSettings settings;
    settings.beginGroup(kProfilesGroup);
    QStringList result = settings.childGroups();
    std::sort(result.begin(), result.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return result;
}

bool ProfileStore::contains(const QString &name) const
{
    return checkName(name).isEmpty() && names().contains(name);
}

std::optional<Profile> ProfileStore::load(const QString &name) const
{
    if (!contains(name))
        return std::nullopt;
    QSettings settings;
    settings.beginGroup(kProfilesGroup + QLatin1Char('/') + name);
    return readProfile(settings, name);
}

Outcome<void> ProfileStore::save(const Profile &profile)
{
    if (const QString problem = checkName(profile.name); !problem.isEmpty())
        return Failure{problem};
    // A proxy password in the URL would be a secret in a plain-text settings file.
    if (!QUrl(profile.transport.proxyUrl).password().isEmpty())
        return Failure{tr("The proxy URL contains a password; it cannot be stored in the settings file.")};
    QSettings settings;
    settings.beginGroup(kProfilesGroup + QLatin1Char('/') + profile.name);
    settings.remove(QString());
    writeProfile(settings, profile);
    settings.endGroup();
    return syncSettings(settings);
}

Outcome<void> ProfileStore::remove(const QString &name)
{
    if (!contains(name))
        return Failure{tr("There is no profile named \"%1\".").arg(name), FailureKind::NotFound};
    QSettings settings;
    settings.remove(kProfilesGroup + QLatin1Char('/') + name);
    if (settings.value(kCurrentKey).toString() == name)
        settings.remove(kCurrentKey);
    return syncSettings(settings);
}

Outcome<void> ProfileStore::rename(const QString &from, const QString &to)
{
    if (const QString problem = checkName(to); !problem.isEmpty())
        return Failure{problem};
    std::optional<Profile> profile = load(from);
    if (!profile)
        return Failure{tr("There is no profile named \"%1\".").arg(from), FailureKind::NotFound};
    if (from == to)
        return {};
    if (contains(to))
        return Failure{tr("A profile named \"%1\" already exists.").arg(to), FailureKind::Exists};
    const bool wasCurrent = currentName() == from;
    profile->name = to;
    if (Outcome<void> saved = save(*profile); !saved.ok())
        return saved;
    // The copy is saved; settings of the old name that fail to go away do not undo the rename.
    std::ignore = remove(from);
    if (wasCurrent)
        setCurrentName(to);
    return {};
}

QString ProfileStore::currentName() const
{
    const QString name = QSettings().value(kCurrentKey).toString();
    return contains(name) ? name : QString();
}

void ProfileStore::setCurrentName(const QString &name)
{
    QSettings settings;
    if (name.isEmpty())
        settings.remove(kCurrentKey);
    else
        settings.setValue(kCurrentKey, name);
}

QString ProfileStore::checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("A profile needs a name.");
    if (name != name.trimmed())
        return tr("A profile name cannot start or end with spaces.");
    if (name.size() > 64)
        return tr("A profile name can have at most 64 characters.");
    // '/' and '\' separate QSettings groups and keychain keys ("<profile>/<field>").
    for (const QChar c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c.category() == QChar::Other_Control)
            return tr("A profile name cannot contain \"/\", \"\\\" or control characters.");
    }
    return {};
}

} // namespace smsc
