// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoopbackProbe.h"

#include <QSignalSpy>
#include <QSslCertificate>

#include <memory>

namespace smsc::test {

LoopbackProbe::LoopbackProbe(const LoopbackServer &server)
    : m_server(server)
    , m_tls(QSslConfiguration::defaultConfiguration())
{
    m_tls.setCaCertificates(QSslCertificate::fromPath(server.caFile()));
}

QNetworkRequest LoopbackProbe::request(const QUrl &base, const QString &pathAndQuery) const
{
    QUrl url = base;
    const qsizetype q = pathAndQuery.indexOf(u'?');
    url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q), QUrl::StrictMode);
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1), QUrl::StrictMode);
    QNetworkRequest req(url);
    req.setSslConfiguration(m_tls);
    req.setTransferTimeout(20000);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return req;
}

QNetworkRequest LoopbackProbe::tokenRequest(const QString &pathAndQuery, const QString &token) const
{
    QNetworkRequest req = request(m_server.httpUrl(), pathAndQuery);
    req.setRawHeader("X-Auth-Token", token.toUtf8());
    req.setRawHeader("X-Domain-Id", kTestDomainId.toUtf8());
    req.setRawHeader("Content-Type", "application/json;charset=UTF-8");
    return req;
}

ProbeAnswer LoopbackProbe::send(const QNetworkRequest &req, const QByteArray &verb,
                                const QByteArray &body)
{
    std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(req, verb, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30000);
    ProbeAnswer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.error = reply->error();
    a.body = reply->readAll();
    a.requestId = reply->rawHeader("X-Request-Id");
    a.date = reply->rawHeader("Date");
    a.disposition = reply->rawHeader("Content-Disposition");
    return a;
}

} // namespace smsc::test
