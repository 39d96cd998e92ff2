// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace smsc::test {

//! Saves window as $SMSC_SCREENSHOT_DIR/<baseName>$SMSC_SCREENSHOT_SUFFIX.png when
//! SMSC_SCREENSHOT_DIR is set (tools/screenshots sets both) and returns the file's path;
//! returns an empty string, saving nothing, when it is not set or the file cannot be written.
QString saveScreenshot(QWidget *window, const QString &baseName);

} // namespace smsc::test
