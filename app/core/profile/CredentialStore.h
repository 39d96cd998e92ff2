#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace smsc {

enum class SecretField { AccessKey, SecretKey, SecurityToken, IamToken };

QString secretFieldId(SecretField field);  //!< "ak", "sk", "security_token", "iam_token"

//! Outcome of one keychain operation.
struct StoreResult
{
    enum class Status {
        Ok,
        NotFound,     //!< no such entry: ask the user, not an error
        Unavailable,  //!< no Secret Service / access denied / backend error
        TimedOut,     //!< the backend did not answer in time (e.g. a prompt nobody sees)
    };
    Status status = Status::Ok;
    QString value;           //!< the secret, for reads with Status::Ok
    QString backendMessage;  //!< the backend's own errorString(), shown to the user verbatim

    bool ok() const { return status == Status::Ok; }
    //! Translated plain-language sentence for a failed status, including backendMessage.
    QString message() const;
};

/*!
 * Where secrets live. The only implementation that ships is the OS keychain (app/keychain);
 * there is deliberately no fallback to files. Operations are asynchronous: `done` runs
 * exactly once, on the thread of `context`, unless `context` was destroyed first.
 */
class CredentialStore
{
public:
    using Callback = std::function<void(const StoreResult &)>;
    virtual ~CredentialStore() = default;

    virtual void read(const QString &profile, SecretField field, QObject *context, Callback done) = 0;
    virtual void write(const QString &profile, SecretField field, const QString &value,
                       QObject *context, Callback done) = 0;
    virtual void remove(const QString &profile, SecretField field, QObject *context, Callback done) = 0;
};

} // namespace smsc
