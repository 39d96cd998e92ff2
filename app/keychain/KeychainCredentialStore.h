// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/credentials/CredentialStore.h"

namespace smsc {

//! CredentialStore on the OS keychain (Secret Service, KWallet, macOS Keychain, Windows) via QtKeychain.
class KeychainCredentialStore final : public CredentialStore
{
public:
    explicit KeychainCredentialStore(int timeoutMs = 10000);

    void read(const QString &profile, SecretField field, QObject *context, Callback done) override;
    void write(const QString &profile, SecretField field, const QString &value, QObject *context,
               Callback done) override;
    void remove(const QString &profile, SecretField field, QObject *context, Callback done) override;

private:
    int m_timeoutMs;
};

} // namespace smsc
