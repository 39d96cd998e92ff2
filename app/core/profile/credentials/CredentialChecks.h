// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/credentials/Credentials.h"
#include "profile/credentials/CredentialStore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace smsc {

//! One problem found in a key before it is saved: which field and a translated sentence.
struct CredentialIssue
{
    SecretField field = SecretField::AccessKey;
    QString message;
    friend bool operator==(const CredentialIssue &, const CredentialIssue &) = default;
};

/*!
 * Checks typed or pasted keys before they are stored: stray whitespace or line breaks, an SK
 * pasted into the AK field (and the reverse), and keys that belong to other clouds. Pure.
 */
class CredentialChecks final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::CredentialChecks)
public:
    //! Problems with an access key (AK), empty when it looks like a Huawei Cloud AK.
    static QString checkAccessKey(const QString &ak);
    //! Problems with a secret key (SK), empty when it looks like a Huawei Cloud SK.
    static QString checkSecretKey(const QString &sk);
    //! Problems with a security token or IAM token (whitespace, emptiness).
    static QString checkToken(SecretField field, const QString &token);
    //! Every field `credentials.mode` needs, in form order; at most one issue per field.
    static QList<CredentialIssue> check(const Credentials &credentials);

private:
    static QString whitespaceProblem(const QString &fieldLabel, const QString &value);
    static QString fieldLabel(SecretField field);
};

} // namespace smsc
