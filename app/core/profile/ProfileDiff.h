// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/credentials/Credentials.h"
#include "profile/Profile.h"

namespace smsc {

//! Whether a profile form holds unsaved edits. Pure.
class ProfileDiff final
{
public:
    //! True when the profile or the keys `now` differ from what was loaded or last saved. A profile
    //! that follows the interface language is unchanged when only that language changed.
    static bool edited(Profile now, const Credentials &typed, const Profile &saved, const Credentials &savedCredentials);
};

} // namespace smsc
