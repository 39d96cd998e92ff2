// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HttpRequest.h"
#include "profile/credentials/Credentials.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace smsc {

//! Removes one set of credentials from text before it is shown or saved: the SK and tokens become
//! smsc::kRedacted, the AK its masked form, and signatures and token headers are cut by pattern
//! (redact()). Shared by the error report, the export history and the support bundle. Pure.
class SecretScrubber final
{
public:
    explicit SecretScrubber(const Credentials &credentials);

    //! `text` with no secret of the credentials left in it.
    QString operator()(const QString &text) const;
    //! The same for UTF-8 bytes.
    QByteArray bytes(const QByteArray &data) const;
    //! Removes the given secrets (those of 8 characters or more) and any signature or token value.
    static QString redact(const QString &text, const QStringList &secrets);
    //! Headers with every value scrubbed; token headers (X-Security-Token, X-Auth-Token,
    //! X-Subject-Token) lose their value whole.
    HeaderList headers(const HeaderList &list) const;

private:
    QStringList m_secrets;
    QString m_accessKey;
    QString m_maskedAccessKey;
};

} // namespace smsc
