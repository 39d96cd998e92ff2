// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainCredentialStore.h"
#include "profile/AppIdentity.h"
#include "profile/ProfileStore.h"
#include "prompts/WidgetPrompts.h"
#include "rows/AutosaveController.h"
#include "rows/RowTableModel.h"
#include "window/AppController.h"
#include "window/DesktopIdentity.h"
#include "window/GuiCommandLine.h"
#include "window/LanguageManager.h"
#include "window/MainWindow.h"
#include "window/StartupProbe.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTimer>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    const smsc::GuiCommandLine commandLine(argc, argv);
    if (commandLine.exitsEarly())
        return commandLine.printOutput();

    QApplication app(argc, argv);
    smsc::applyAppIdentity();
    smsc::applyDesktopIdentity();

    smsc::LanguageManager languages;
    languages.setLanguage(smsc::LanguageManager::savedOrSystemLanguage());

    smsc::RowTableModel rows;
    smsc::AutosaveController autosave(&rows, smsc::AutosaveController::defaultFilePath());
    const smsc::Outcome<void> restored = autosave.restore();
    if (rows.rowCount() == 0)
        rows.insertRows(0, 1);

    smsc::WidgetPrompts prompts;
    smsc::MainWindow window(&rows, &languages, &prompts);
    QObject::connect(&autosave, &smsc::AutosaveController::saveFailed, &window,
                     [&window](const QString &message) { window.showStatusMessage(message); });
    QNetworkAccessManager network;
    smsc::KeychainCredentialStore keychain;
    smsc::ProfileStore profiles;
    smsc::AppController controller(&window, &profiles, &keychain, &network, &prompts);
    if (!restored.error().isEmpty())
        window.showStatusMessage(restored.error());
    window.show();

    smsc::StartupProbe probe(sinceMain);
    probe.watch(&window);
    if (commandLine.quitAfterShow())
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return app.exec();
}
