// SPDX-License-Identifier: GPL-3.0-or-later
#include "Screenshot.h"

#include <QDir>
#include <QPixmap>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace smsc::test {

QString saveScreenshot(QWidget *window, const QString &baseName)
{
    const QString dir = qEnvironmentVariable("SMSC_SCREENSHOT_DIR");
    if (dir.isEmpty() || !window || !QDir().mkpath(dir))
        return {};
    const QString path = QDir(dir).filePath(baseName + qEnvironmentVariable("SMSC_SCREENSHOT_SUFFIX")
                                            + u".png"_s);
    // grab() renders at the device pixel ratio, so QT_SCALE_FACTOR=2 gives a 2x image.
    return window->grab().save(path, "PNG") ? path : QString();
}

} // namespace smsc::test
