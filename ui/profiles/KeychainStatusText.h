// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/credentials/Credentials.h"
#include "util/Outcome.h"

#include <QCoreApplication>
#include <QString>

namespace smsc {

//! The profile dialog's status line once the system keychain answered: reading, saving or removing
//! a profile's keys. Keys live only in the keychain, so every failure says that nothing went elsewhere.
class KeychainStatusText final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::KeychainStatusText)
public:
    static QString reading(const QString &name);
    //! Empty when the keys were read.
    static QString loaded(const Outcome<Credentials> &result);
    static QString saving();
    static QString saved(const QString &name, const Outcome<void> &result);
    static QString deleted(const QString &name, const Outcome<void> &result);
};

} // namespace smsc
