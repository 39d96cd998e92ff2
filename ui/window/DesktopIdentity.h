// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace smsc {

//! Ties the running GUI to its installed desktop entry and icon (Wayland app id, window icon).
//! Call right after constructing QApplication.
void applyDesktopIdentity();

} // namespace smsc
