// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/ApiError.h"
#include "http/HttpRequest.h"
#include "profile/Profile.h"
#include "profile/credentials/Credentials.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <functional>

class QNetworkAccessManager;

namespace smsc {

class ApiCall;
struct ApiResult;

/*!
 * What the id resolvers share: signed GETs to IAM or STS, one at a time, each signed afresh for
 * every attempt and counted, and cancelling the one in flight. The resolvers keep what differs:
 * the question, what the answer means and how a failure is named (docs/SERVICE.md "Account id").
 */
class IamLookup final : public QObject
{
    Q_OBJECT
public:
    //! Receives the result of one GET, once.
    using Handler = std::function<void(const ApiResult &result)>;

    IamLookup(QNetworkAccessManager *network, Credentials credentials, TransportOptions transport,
              QObject *parent = nullptr);
    ~IamLookup() override;

    void setClock(std::function<QDateTime()> utcNow);  //!< signing time; default current UTC

    //! Sends GET `base` + `path` (+ `query`), without a scope header; `handler` gets its result.
    void get(const QUrl &base, const QString &path, const QueryList &query, Handler handler);
    //! Cancels the GET in flight, whose handler then reports the cancel; false when none is.
    bool cancelInFlight();
    //! The error of a cancel that came while no GET was in flight.
    ApiError cancelled() const;
    //! Forgets the GET in flight: the resolver has its answer.
    void forget() { m_call = nullptr; }
    int requestsSent() const { return m_requests; }

private:
    QPointer<QNetworkAccessManager> m_network;
    Credentials m_credentials;
    TransportOptions m_transport;
    std::function<QDateTime()> m_clock;
    QPointer<ApiCall> m_call;
    int m_requests = 0;
};

} // namespace smsc
