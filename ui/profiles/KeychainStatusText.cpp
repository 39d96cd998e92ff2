// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/KeychainStatusText.h"

namespace smsc {

QString KeychainStatusText::reading(const QString &name)
{
    return tr("Reading the keys of \"%1\" from the system keychain…").arg(name);
}

QString KeychainStatusText::loaded(const Outcome<Credentials> &result)
{
    if (result.ok())
        return {};
    if (result.kind() == FailureKind::NotFound)
        return tr("No keys are stored for this profile yet: enter them and save.");
    return tr("The system keychain is unavailable, so the keys cannot be shown or saved. %1").arg(result.error());
}

QString KeychainStatusText::saving()
{
    return tr("Saving the keys to the system keychain…");
}

QString KeychainStatusText::saved(const QString &name, const Outcome<void> &result)
{
    if (result.ok())
        return tr("Profile \"%1\" saved; the keys are in the system keychain.").arg(name);
    return tr("Profile \"%1\": the settings (region, endpoints, account, network) were saved, but "
              "the keys were NOT saved, because the system keychain is unavailable.\n%2\n"
              "Keys are stored only in the system keychain, never anywhere else: make the keychain "
              "available, then save again.")
        .arg(name, result.error());
}

QString KeychainStatusText::deleted(const QString &name, const Outcome<void> &result)
{
    if (result.ok())
        return tr("Profile \"%1\" deleted.").arg(name);
    return tr("Profile \"%1\" deleted, but its keys could not be removed from the system keychain. %2")
        .arg(name, result.error());
}

} // namespace smsc
