// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/ProfileImportCommand.h"

#include "input/CommonOptions.h"
#include "input/SecretPrompt.h"
#include "output/Console.h"
#include "output/ExitCode.h"
#include "profile/credentials/ProfileSecrets.h"
#include "profile/credentials/SdkCredentialsFile.h"
#include "profile/endpoints/EndpointCatalogue.h"
#include "profile/ProfileStore.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace smsc::cli {

QString ProfileImportCommand::name() const
{
    return u"import-sdk"_s;
}

QString ProfileImportCommand::summary() const
{
    return tr("Create a profile from the SDK credentials file (keys into the OS keychain).");
}

void ProfileImportCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Creates profile NAME from the official SDKs' credentials file: ak, sk and security_token go into "
           "the OS keychain only; project_id, domain_id and iam_endpoint into the profile. [basic] sends "
           "X-Project-Id, [global] X-Domain-Id. The file is never printed, and deleted only when you say so."));
    const CommonOptions common;
    common.addTo(parser, false);
    const QCommandLineOption file(u"file"_s, tr("The credentials file (default: HUAWEICLOUD_SDK_CREDENTIALS_FILE, "
                                               "else ~/.huaweicloud/credentials)."), u"FILE"_s);
    const QCommandLineOption section(u"section"_s, tr("The section to import: basic or global (needed when the "
                                                     "file has both)."), u"SECTION"_s);
    const QCommandLineOption force(u"force"_s, tr("Replace an existing profile of that name."));
    const QCommandLineOption deleteFile(u"delete-file"_s, tr("Delete the credentials file once the keys are in "
                                                            "the keychain, without asking."));
    const QCommandLineOption keepFile(u"keep-file"_s, tr("Keep the credentials file without asking."));
    const QCommandLineOption current(u"current"_s, tr("Also make it the current profile of the desktop app."));
    parser.addOptions({file, section, force, deleteFile, keepFile, current});
    parser.addPositionalArgument(u"NAME"_s, tr("The profile name."));
    if (!parse(parser, arguments, u"sms-consistency-cli profile import-sdk [--file FILE] [--section basic|global] "
                                   "[--region ID | --endpoint URL] NAME"_s))
        return;
    if (parser.positionalArguments().size() != 1)
        return failUsage(tr("Give exactly one profile NAME (see --help)."), false);
    const QString name = parser.positionalArguments().constFirst();
    if (const QString problem = ProfileStore::checkName(name); !problem.isEmpty())
        return failUsage(problem, false);
    if (parser.isSet(deleteFile) && parser.isSet(keepFile))
        return failUsage(tr("Give either --delete-file or --keep-file, not both."), false);
    m_deleteFile = parser.isSet(deleteFile);
    m_keepFile = parser.isSet(keepFile);
    const bool exists = ProfileStore().contains(name);
    if (exists && !parser.isSet(force))
        return failUsage(tr("A profile named \"%1\" exists already; nothing was imported. Give --force to replace "
                            "it, or choose another name.").arg(name), false);

    m_path = parser.isSet(file) ? parser.value(file) : SdkCredentialsFile::defaultPath(m_context.environment);
    const Outcome<SdkCredentialsFile> read = SdkCredentialsFile::read(m_path);
    if (!read.ok())
        return failUsage(read.error(), false);
    const Outcome<SdkCredentialsSection> chosen = read.value().section(parser.value(section));
    if (!chosen.ok())
        return failUsage(chosen.error(), false);
    const SdkCredentialsSection &imported = chosen.value();

    Profile base = exists ? ProfileStore().load(name).value_or(Profile{}) : Profile{};
    base.name = name;
    Profile profile = imported.applyTo(base);
    if (const QString problem = common.applyOverrides(parser, &profile); !problem.isEmpty())
        return failUsage(problem, false);
    if (profile.region.isEmpty() && profile.endpoint.isEmpty())
        return failUsage(tr("The credentials file names no region: give --region ID (or --endpoint URL)."), false);
    if (const ServiceEndpoints endpoints = EndpointCatalogue::resolve(profile, EndpointOverrides()); !endpoints.ok())
        return failUsage(endpoints.error, false);

    const Credentials credentials = imported.credentials();
    for (const QString &secret : {credentials.secretKey, credentials.securityToken})
        m_context.console->addSecret(secret);
    // Secrets first: when the keychain is unavailable, no half-made profile is left behind.
    const bool makeCurrent = parser.isSet(current);
    ProfileSecrets(m_context.credentialStore).save(name, credentials, this, [this, profile, makeCurrent](const Outcome<void> &r) {
        if (!r.ok())
            return fail(NoCredentials, r.error(), false);
        saved(profile, makeCurrent);
    });
}

void ProfileImportCommand::saved(const Profile &profile, bool makeCurrent)
{
    ProfileStore store;
    if (const Outcome<void> saved = store.save(profile); !saved.ok())
        return failUsage(saved.error(), false);
    if (makeCurrent)
        store.setCurrentName(profile.name);
    m_context.console->err(tr("Saved profile \"%1\" from %2; its keys are in the keychain.").arg(profile.name, m_path));
    offerToDelete();
}

void ProfileImportCommand::offerToDelete()
{
    Console &console = *m_context.console;
    bool remove = m_deleteFile;
    if (!remove && !m_keepFile && console.stdinIsTerminal()) {
        const QString answer = SecretPrompt(&console).askVisible(
            tr("%1 still holds the keys in plain text. Delete it now? Other tools that use the SDK may still read "
               "it. [y/N]").arg(m_path));
        remove = answer.compare(u"y"_s, Qt::CaseInsensitive) == 0 || answer.compare(u"yes"_s, Qt::CaseInsensitive) == 0;
    }
    if (!remove) {
        console.err(tr("%1 was left as it is; it still holds the keys in plain text.").arg(m_path));
        return finish(Success);
    }
    QFile file(m_path);
    if (!file.remove())
        return fail(SaveFailed, tr("%1 could not be deleted: %2").arg(m_path, file.errorString()), false);
    console.err(tr("Deleted %1.").arg(m_path));
    finish(Success);
}

} // namespace smsc::cli
