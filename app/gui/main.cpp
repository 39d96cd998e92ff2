#include "AppIdentity.h"
#include "DesktopIdentity.h"
#include "GuiCommandLine.h"
#include "MainWindow.h"

#include <QApplication>
#include <QTimer>

int main(int argc, char *argv[])
{
    const smsc::GuiCommandLine commandLine(argc, argv);
    if (commandLine.exitsEarly())
        return commandLine.printOutput();

    QApplication app(argc, argv);
    smsc::applyAppIdentity();
    smsc::applyDesktopIdentity();
    smsc::MainWindow window;
    window.show();
    if (commandLine.quitAfterShow())
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return app.exec();
}
