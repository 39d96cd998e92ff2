#include "AppIdentity.h"
#include "AutosaveController.h"
#include "DesktopIdentity.h"
#include "GuiCommandLine.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ProfileStore.h"
#include "RowTableModel.h"
#include "StartupProbe.h"

#include <QApplication>
#include <QElapsedTimer>
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
    QString restoreError;
    autosave.restore(&restoreError);
    if (rows.rowCount() == 0)
        rows.insertRows(0, 1);

    smsc::MainWindow window(&rows, &languages);
    QObject::connect(&autosave, &smsc::AutosaveController::saveFailed, &window,
                     [&window](const QString &message) { window.showStatusMessage(message); });
    // The current profile is remembered by the store the CLI shares, not by the window.
    smsc::ProfileStore profiles;
    window.setProfileNames(profiles.names(), profiles.currentName());
    QObject::connect(&window, &smsc::MainWindow::currentProfileChanged, &window,
                     [&profiles](const QString &name) { profiles.setCurrentName(name); });
    if (!restoreError.isEmpty())
        window.showStatusMessage(restoreError);
    window.show();

    smsc::StartupProbe probe(sinceMain);
    probe.watch(&window);
    if (commandLine.quitAfterShow())
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return app.exec();
}
