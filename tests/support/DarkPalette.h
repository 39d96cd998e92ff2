// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>

using namespace Qt::StringLiterals;

namespace smsc::test {

//! A dark palette for the Fusion style, to check that nothing in a window assumes a light one.
//! Set it (QApplication::setStyle(u"Fusion"_s); QApplication::setPalette(...)) before creating
//! the windows: without a running event loop a palette change does not reach existing widgets.
QPalette darkFusionPalette();

} // namespace smsc::test
