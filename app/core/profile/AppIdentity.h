// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace smsc {

//! Sets organisation/application names so the GUI and the CLI share one QSettings store
//! and one app-data folder, and the application version to appVersionText(). Call first thing in
//! every executable and test that touches settings.
void applyAppIdentity();

//! The release version from CMakeLists.txt, e.g. "0.1.0".
QString appVersion();
//! The git commit the program was built from ("1a2b3c4d5e6f", "-modified" appended when the checkout
//! had uncommitted changes); empty when built outside a git checkout.
QString appCommit();
//! What --version, the About dialog, reports and support bundles show: "0.1.0 (commit 1a2b3c4d5e6f)",
//! or "0.1.0" when the commit is unknown.
QString appVersionText();
//! The project's home page (HOMEPAGE_URL in CMakeLists.txt; also in the package and the metainfo).
QString appHomepage();

inline constexpr auto kAppId = "io.github.sms_consistency.Exporter";  //!< desktop / AppStream id
inline constexpr auto kKeychainService = "sms-consistency-exporter";  //!< keychain service name
inline constexpr auto kLicense = "GPL-3.0-or-later";                  //!< SPDX identifier of the licence

} // namespace smsc
