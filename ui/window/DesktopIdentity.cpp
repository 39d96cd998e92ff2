// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/DesktopIdentity.h"

#include "profile/AppIdentity.h"

#include <QGuiApplication>
#include <QIcon>

using namespace Qt::StringLiterals;

namespace smsc {

void applyDesktopIdentity()
{
    const QString appId = QString::fromLatin1(kAppId);
    QGuiApplication::setDesktopFileName(appId);
    // The installed hicolor icon wins so a theme can restyle it; the embedded copy covers a build tree.
    const QIcon embedded(u":/icons/%1.svg"_s.arg(appId));
    QGuiApplication::setWindowIcon(QIcon::fromTheme(appId, embedded));
}

} // namespace smsc
