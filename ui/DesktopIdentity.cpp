#include "DesktopIdentity.h"

#include "AppIdentity.h"

#include <QGuiApplication>
#include <QIcon>

namespace smsc {

void applyDesktopIdentity()
{
    const QString appId = QString::fromLatin1(kAppId);
    QGuiApplication::setDesktopFileName(appId);
    // The installed hicolor icon wins so a theme can restyle it; the embedded copy covers a build tree.
    const QIcon embedded(u":/icons/%1.svg"_qs.arg(appId));
    QGuiApplication::setWindowIcon(QIcon::fromTheme(appId, embedded));
}

} // namespace smsc
