// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/StsParser.h"
#include "errors/ApiError.h"
#include "http/ExchangeRecord.h"
#include "profile/credentials/Credentials.h"
#include "profile/Profile.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <functional>

class QNetworkAccessManager;

namespace smsc {

class ApiCall;

struct DecodeResult
{
    AuthorizationDecision decision;
    ApiError error;            //!< kind None on success; Permission when STS itself refuses
    ExchangeRecord exchange;
    bool ok() const { return !error.isError(); }
};

struct CallerIdentityResult
{
    CallerIdentity identity;
    QString endpoint;                        //!< the STS base URL reached
    std::optional<qint64> clockSkewSeconds;  //!< local minus server, from the answer's Date
    QDateTime serverDate;
    ApiError error;
    ExchangeRecord exchange;
    bool ok() const { return !error.isError(); }
};

/*!
 * STS calls made with a profile's credentials: decode-authorization-message and caller-identity.
 * One call at a time per object (a call made while isRunning() is ignored); each started call
 * emits its own finished signal exactly once.
 */
class StsClient final : public QObject
{
    Q_OBJECT
public:
    StsClient(QNetworkAccessManager *network, Profile profile, Credentials credentials,
              QObject *parent = nullptr);
    ~StsClient() override;

    void setClock(std::function<QDateTime()> utcNow);   //!< the signer's clock (ClockOffset)

    //! POST /v5/decode-authorization-message; a message outside 1–10240 characters fails locally.
    void decode(const QString &encodedMessage);
    //! GET /v5/caller-identity.
    void callerIdentity();
    void cancel();
    bool isRunning() const;

    //! The hint when STS refuses to decode; names the action the refusal named, if any.
    static QString decodePermissionHint(const QString &refusalMessage = QString());
    //! The hint when STS refuses caller-identity.
    static QString callerIdentityPermissionHint(const QString &refusalMessage = QString());

signals:
    void decodeFinished(const smsc::DecodeResult &result);
    void callerIdentityFinished(const smsc::CallerIdentityResult &result);

private:
    bool startCall(const QUrl &base, HttpRequest request, std::function<void(const ApiResult &, const ExchangeRecord &)> done);
    QString localProblem(QUrl *sts) const;

    QPointer<QNetworkAccessManager> m_network;
    Profile m_profile;
    Credentials m_credentials;
    std::function<QDateTime()> m_clock;
    RequestRecord m_lastRequest;
    ApiCall *m_call = nullptr;
};

} // namespace smsc

Q_DECLARE_METATYPE(smsc::DecodeResult)
Q_DECLARE_METATYPE(smsc::CallerIdentityResult)
