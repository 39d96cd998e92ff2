// SPDX-License-Identifier: GPL-3.0-or-later
// Composition root of sms-consistency-cli: builds the objects, wires them, runs one command.
#include "CliApplication.h"
#include "CliLanguage.h"
#include "KeychainCredentialStore.h"
#include "output/Console.h"
#include "profile/AppIdentity.h"
#include "SignalWatcher.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    smsc::applyAppIdentity();

    smsc::cli::CliLanguage::install(&app);

    smsc::cli::Console console;
    QNetworkAccessManager network;
    smsc::KeychainCredentialStore keychain;
    smsc::cli::SignalWatcher signalWatcher;

    smsc::cli::CommandContext context;
    context.console = &console;
    context.network = &network;
    context.credentialStore = &keychain;
    context.signalWatcher = &signalWatcher;
    context.environment = QProcessEnvironment::systemEnvironment();

    smsc::cli::CliApplication cli(context);
    QObject::connect(&cli, &smsc::cli::CliApplication::finished, &app, &QCoreApplication::exit);
    cli.start(QCoreApplication::arguments());
    return QCoreApplication::exec();
}
