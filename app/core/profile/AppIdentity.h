#pragma once

#include <QString>

namespace smsc {

//! Sets organisation/application names so the GUI and the CLI share one QSettings store
//! and one app-data folder. Call first thing in every executable and test that touches settings.
void applyAppIdentity();

inline constexpr auto kAppId = "io.github.sms_consistency.Exporter";  //!< desktop / AppStream id
inline constexpr auto kKeychainService = "sms-consistency-exporter";  //!< keychain service name

} // namespace smsc
