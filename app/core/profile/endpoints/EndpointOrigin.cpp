// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/endpoints/EndpointOrigin.h"

namespace smsc {

QString EndpointOrigin::describe() const
{
    switch (source) {
    case Source::Catalogue: return tr("built-in catalogue");
    case Source::Profile: return tr("profile");
    case Source::Environment: return tr("environment variable %1").arg(variable);
    case Source::RegionsFile: return tr("regions file %1:%2").arg(path).arg(line);
    case Source::None: break;
    }
    return tr("none");
}

} // namespace smsc
