// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LoopbackServer.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

namespace smsc::test {

//! What one raw request to the loopback server got back.
struct ProbeAnswer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray requestId;
    QByteArray date;
    QByteArray disposition;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

//! A bare Qt client for the server's own tests: no project code, so the server is proven alone.
class LoopbackProbe final
{
public:
    explicit LoopbackProbe(const LoopbackServer &server);

    QSslConfiguration tls() const { return m_tls; }  //!< trusts only the test CA
    //! A request to base + "path?query" (query taken as already encoded).
    QNetworkRequest request(const QUrl &base, const QString &pathAndQuery) const;
    //! An HTTP request authenticated with an IAM token (no signature needed).
    QNetworkRequest tokenRequest(const QString &pathAndQuery, const QString &token) const;
    //! Sends and waits (local event loop, 30 s at most).
    ProbeAnswer send(const QNetworkRequest &req, const QByteArray &verb,
                     const QByteArray &body = QByteArray());
    QNetworkAccessManager &nam() { return m_nam; }

private:
    const LoopbackServer &m_server;
    QNetworkAccessManager m_nam;
    QSslConfiguration m_tls;
};

} // namespace smsc::test
