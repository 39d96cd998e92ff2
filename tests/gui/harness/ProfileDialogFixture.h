// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FakeCredentialStore.h"
#include "profile/ProfileStore.h"
#include "ScriptedPrompts.h"

#include <QObject>
#include <QSettings>
#include <QString>

namespace smsc::test {

//! What the profile dialog's test classes share: a profile store, a fake keychain, scripted
//! prompts, test keys, and a clean start before each test function.
class ProfileDialogFixture : public QObject
{
protected:
    static inline const QString kAk = QStringLiteral("SMSCTESTAK0000000001");
    static inline const QString kSk = QStringLiteral("SMSCTESTSECRETKEY0000000000000000000000000");
    static inline const QString kToken = QStringLiteral("SMSCTESTSECURITYTOKEN00000000000000000000");
    static inline const QString kDomainId = QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9");

    //! Called from each test class's init(): no settings, no stored secrets, the keychain answering.
    void resetState()
    {
        QSettings().clear();
        m_secrets.entries.clear();
        m_secrets.failWith = FailureKind::None;
    }

    ProfileStore m_store;
    FakeCredentialStore m_secrets;
    ScriptedPrompts m_prompts;
};

} // namespace smsc::test
