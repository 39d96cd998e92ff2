#include "KeychainCredentialStore.h"

#include <qt6keychain/keychain.h>

namespace smsc {

KeychainCredentialStore::KeychainCredentialStore(int timeoutMs) : m_timeoutMs(timeoutMs) {}

// Placeholder until the keychain issue lands: reports the store as unavailable.
void KeychainCredentialStore::read(const QString &, SecretField, QObject *, Callback done)
{
    done(StoreResult{StoreResult::Status::Unavailable, {}, {}});
}
void KeychainCredentialStore::write(const QString &, SecretField, const QString &, QObject *, Callback done)
{
    done(StoreResult{StoreResult::Status::Unavailable, {}, {}});
}
void KeychainCredentialStore::remove(const QString &, SecretField, QObject *, Callback done)
{
    done(StoreResult{StoreResult::Status::Unavailable, {}, {}});
}

} // namespace smsc
