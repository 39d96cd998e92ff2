// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/ProfileCommand.h"

#include "commands/ProfileImportCommand.h"
#include "input/CommonOptions.h"
#include "input/CredentialSource.h"
#include "input/SecretPrompt.h"
#include "output/Console.h"
#include "output/ExitCode.h"
#include "profile/credentials/ProfileSecrets.h"
#include "profile/endpoints/EndpointCatalogue.h"
#include "profile/ProfileStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace smsc::cli {

QString ProfileCommand::name() const
{
    return u"profile"_s;
}

QString ProfileCommand::summary() const
{
    return tr("Create, list, show, delete or import (from the SDK credentials file) stored profiles (secrets in "
              "the OS keychain).");
}

void ProfileCommand::start(const QStringList &arguments)
{
    const QString action = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (action == u"set"_s)
        return set(rest);
    if (action == u"list"_s)
        return list(rest);
    if (action == u"show"_s)
        return show(rest);
    if (action == u"delete"_s)
        return remove(rest);
    if (action == u"import-sdk"_s) {
        auto *import = new ProfileImportCommand(m_context, this);
        connect(import, &Command::finished, this, [this](int exitCode) { finish(exitCode); });
        return import->start(rest);
    }
    if (action == u"--help"_s || action == u"-h"_s) {
        m_context.console->out(tr("Usage: sms-consistency-cli profile set|list|show|delete|import-sdk [NAME] [options]\n"
                                  "Run 'sms-consistency-cli profile ACTION --help' for the options of an action."));
        m_context.console->out(tr("Options:\n"
                                  "  -h, --help     Show this help.\n"
                                  "  -v, --version  Show the version."));
        return finish(Success);
    }
    if (action == u"--version"_s || action == u"-v"_s) {
        m_context.console->out(versionLine());
        return finish(Success);
    }
    failUsage(tr("profile needs an action: set, list, show, delete or import-sdk."), false);
}

bool ProfileCommand::parseNamed(QCommandLineParser &parser, const QStringList &arguments, const QString &usage,
                                QString *name)
{
    parser.addPositionalArgument(u"NAME"_s, tr("The profile name."));
    if (!parse(parser, arguments, usage))
        return false;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        failUsage(tr("Give exactly one profile NAME (see --help)."), false);
        return false;
    }
    *name = positional.constFirst();
    return true;
}

void ProfileCommand::set(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Creates or updates profile NAME. Secrets are read from stdin, one per line in this order: "
           "AK, SK (and the security token for --auth temporary), or the IAM token for --auth token; "
           "at a terminal you are asked for them without echo. --from-env takes them from "
           "CLOUD_SDK_AK / CLOUD_SDK_SK / CLOUD_SDK_SECURITY_TOKEN instead."));
    const CommonOptions common;
    common.addTo(parser, false);
    const QCommandLineOption auth(u"auth"_s, tr("Auth mode: aksk (default), temporary or token."), u"MODE"_s);
    const QCommandLineOption language(u"language"_s, tr("X-Language header: en-us, zh-cn or none."), u"LANG"_s);
    const QCommandLineOption fromEnv(u"from-env"_s, tr("Take the secrets from the environment."));
    const QCommandLineOption keep(u"keep-secrets"_s, tr("Change settings only; keep the stored secrets."));
    const QCommandLineOption current(u"current"_s, tr("Also make it the current profile of the desktop app."));
    parser.addOptions({auth, language, fromEnv, keep, current});
    QString name;
    if (!parseNamed(parser, arguments, u"sms-consistency-cli profile set NAME [--region ID | --endpoint URL] "
                                       "[--auth aksk|temporary|token] [--from-env] [options] < secrets"_s, &name))
        return;
    if (const QString problem = ProfileStore::checkName(name); !problem.isEmpty())
        return failUsage(problem, false);

    Profile profile = ProfileStore().load(name).value_or(Profile{});
    profile.name = name;
    if (const QString problem = common.applyOverrides(parser, &profile); !problem.isEmpty())
        return failUsage(problem, false);
    if (parser.isSet(auth) && !authModeFromId(parser.value(auth).trimmed().toLower(), &profile.authMode))
        return failUsage(tr("--auth must be aksk, temporary or token, not \"%1\".").arg(parser.value(auth)), false);
    if (parser.isSet(language) && !requestLanguageFromId(parser.value(language).trimmed().toLower(), &profile.language))
        return failUsage(tr("--language must be en-us, zh-cn or none, not \"%1\".").arg(parser.value(language)), false);
    if (parser.isSet(language))
        profile.languageFollowsUi = false;  // an explicit choice sticks (the GUI then stops following its UI)
    if (const ServiceEndpoints endpoints = EndpointCatalogue::resolve(profile, EndpointOverrides()); !endpoints.ok())
        return failUsage(endpoints.error, false);

    const bool makeCurrent = parser.isSet(current);
    if (parser.isSet(keep))
        return saveSettings(profile, makeCurrent);

    Credentials credentials;
    if (parser.isSet(fromEnv) || parser.isSet(common.tokenFile)) {
        const EnvironmentCredentials env =
            CredentialSource::fromEnvironment(m_context.environment, parser.value(common.tokenFile));
        if (!env.ok())
            return fail(NoCredentials, env.error, false);
        credentials = env.credentials;
        if (parser.isSet(auth) && profile.authMode == AuthMode::AkSk && credentials.mode == AuthMode::TemporaryAkSk)
            credentials.securityToken.clear();
        else if (parser.isSet(auth) && credentials.mode != profile.authMode)
            return fail(NoCredentials, tr("The environment holds %1 credentials, not the ones --auth %2 needs.")
                                           .arg(authModeId(credentials.mode), authModeId(profile.authMode)), false);
        profile.authMode = parser.isSet(auth) ? profile.authMode : credentials.mode;
        credentials.mode = profile.authMode;
    } else {
        SecretPrompt prompt(m_context.console);
        credentials.mode = profile.authMode;
        for (const SecretField field : ProfileSecrets::fieldsFor(profile.authMode)) {
            const QString value = prompt.read(tr("%1:").arg(ProfileSecrets::fieldName(field)));
            switch (field) {
            case SecretField::AccessKey: credentials.accessKey = value; break;
            case SecretField::SecretKey: credentials.secretKey = value; break;
            case SecretField::SecurityToken: credentials.securityToken = value; break;
            case SecretField::IamToken: credentials.iamToken = value; break;
            }
        }
    }
    if (const QString missing = credentials.missingPart(); !missing.isEmpty())
        return fail(NoCredentials, missing, false);
    for (const QString &secret : {credentials.secretKey, credentials.securityToken, credentials.iamToken})
        m_context.console->addSecret(secret);

    // Secrets first: when the keychain is unavailable, no half-made profile is left behind.
    ProfileSecrets(m_context.credentialStore).save(name, credentials, this, [this, profile, makeCurrent](const Outcome<void> &r) {
        if (!r.ok())
            return fail(NoCredentials, r.error(), false);
        saveSettings(profile, makeCurrent);
    });
}

void ProfileCommand::saveSettings(const Profile &profile, bool makeCurrent)
{
    ProfileStore store;
    if (const Outcome<void> saved = store.save(profile); !saved.ok())
        return failUsage(saved.error(), false);
    if (makeCurrent)
        store.setCurrentName(profile.name);
    m_context.console->err(tr("Saved profile \"%1\".").arg(profile.name));
    finish(Success);
}

void ProfileCommand::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the stored profiles, one name per line."));
    const QCommandLineOption json(u"json"_s, tr("Print one JSON object."));
    parser.addOption(json);
    if (!parse(parser, arguments, u"sms-consistency-cli profile list [--json]"_s))
        return;
    const ProfileStore store;
    if (parser.isSet(json)) {
        const QJsonObject o{{u"profiles"_s, QJsonArray::fromStringList(store.names())},
                            {u"current"_s, store.currentName()}};
        m_context.console->outRaw(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    } else {
        for (const QString &n : store.names())
            m_context.console->out(n);
    }
    finish(Success);
}

void ProfileCommand::show(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shows a profile's settings and which secrets the keychain holds "
                                        "(the AK masked, never a secret)."));
    QString name;
    if (!parseNamed(parser, arguments, u"sms-consistency-cli profile show NAME"_s, &name))
        return;
    const std::optional<Profile> p = ProfileStore().load(name);
    if (!p)
        return failUsage(tr("There is no profile named \"%1\".").arg(name), false);
    Console &out = *m_context.console;
    out.out(tr("Profile: %1").arg(p->name));
    out.out(p->endpoint.isEmpty() ? tr("Region: %1").arg(p->region) : tr("Endpoint: %1").arg(p->endpoint));
    // What each call would use and where it came from (docs/SERVICE.md "Using your SDK set-up").
    const ServiceEndpoints endpoints = EndpointCatalogue::resolve(*p);
    if (!endpoints.ok()) {
        out.out(tr("Endpoints: %1").arg(endpoints.error));
    } else {
        QStringList sms{endpoints.sms.toString()};
        for (const QUrl &url : endpoints.smsAlternates)
            sms << url.toString();
        out.out(tr("SMS endpoint: %1 (from %2)").arg(sms.join(u", "_s), endpoints.smsOrigin.describe()));
        out.out(endpoints.iam.isEmpty()
                    ? tr("IAM endpoint: none (%1)").arg(EndpointCatalogue::noIamEndpointMessage(*p))
                    : tr("IAM endpoint: %1 (from %2)").arg(endpoints.iam.toString(), endpoints.iamOrigin.describe()));
        out.out(endpoints.sts.isEmpty()
                    ? tr("STS endpoint: none (%1)").arg(EndpointCatalogue::noStsEndpointMessage(p->region))
                    : tr("STS endpoint: %1 (from %2)").arg(endpoints.sts.toString(), endpoints.stsOrigin.describe()));
    }
    out.out(tr("Auth mode: %1").arg(authModeId(p->authMode)));
    if (p->scopeHeader == ScopeHeader::ProjectId)
        out.out(tr("X-Project-Id: %1").arg(p->projectId.isEmpty()
                                                ? tr("(looked up through IAM for region %1)").arg(p->region)
                                                : p->projectId));
    else
        out.out(tr("X-Domain-Id: %1").arg(p->domainId.isEmpty() ? tr("(resolved through IAM)") : p->domainId));
    out.out(tr("X-Language: %1").arg(requestLanguageId(p->language)));
    out.out(tr("Timeouts: connect %1 s, transfer %2 s").arg(p->transport.connectTimeoutSeconds)
                .arg(p->transport.transferTimeoutSeconds));
    if (!p->transport.proxyUrl.isEmpty())
        out.out(tr("Proxy: %1").arg(p->transport.proxyUrl));
    if (!p->transport.caFile.isEmpty())
        out.out(tr("CA file: %1").arg(p->transport.caFile));
    ProfileSecrets(m_context.credentialStore).load(name, p->authMode, this, [this](const Outcome<Credentials> &r) {
        if (!r.ok()) {
            m_context.console->out(tr("Secrets: %1").arg(r.error()));
        } else if (!r.value().accessKey.isEmpty()) {
            m_context.console->out(tr("Secrets: stored in the keychain (AK %1)").arg(r.value().maskedAccessKey()));
        } else {
            m_context.console->out(tr("Secrets: stored in the keychain"));
        }
        finish(Success);
    });
}

void ProfileCommand::remove(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Deletes a profile's settings and its secrets in the keychain."));
    QString name;
    if (!parseNamed(parser, arguments, u"sms-consistency-cli profile delete NAME"_s, &name))
        return;
    if (!ProfileStore().contains(name))
        return failUsage(tr("There is no profile named \"%1\".").arg(name), false);
    ProfileSecrets(m_context.credentialStore).removeAll(name, this, [this, name](const Outcome<void> &r) {
        if (!r.ok())
            return fail(NoCredentials, r.error(), false);
        std::ignore = ProfileStore().remove(name);  // checked above; the secrets are gone either way
        m_context.console->err(tr("Deleted profile \"%1\".").arg(name));
        finish(Success);
    });
}

} // namespace smsc::cli
