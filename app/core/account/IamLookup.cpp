// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/IamLookup.h"

#include "errors/ErrorMapper.h"
#include "export/ExportRequestBuilder.h"
#include "http/ApiCall.h"

namespace smsc {

IamLookup::IamLookup(QNetworkAccessManager *network, Credentials credentials, TransportOptions transport,
                     QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_credentials(std::move(credentials))
    , m_transport(std::move(transport))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

IamLookup::~IamLookup() = default;

void IamLookup::setClock(std::function<QDateTime()> utcNow) { m_clock = std::move(utcNow); }

void IamLookup::get(const QUrl &base, const QString &path, const QueryList &query, Handler handler)
{
    auto factory = [this, base, path, query] {
        // Signed afresh for every attempt; no scope header on these calls (docs/SERVICE.md "Scope header").
        return ExportRequestBuilder::authorize(ExportRequestBuilder::getRequest(base, path, query), m_credentials,
                                               m_clock())
            .request;
    };
    auto *call = new ApiCall(m_network, factory, m_transport, this);
    call->setClock(m_clock);
    m_call = call;
    ++m_requests;
    connect(call, &ApiCall::finished, this, [call, handler = std::move(handler)](const ApiResult &result) {
        call->deleteLater();
        handler(result);
    });
    call->start();
}

bool IamLookup::cancelInFlight()
{
    if (!m_call)
        return false;
    m_call->cancel();  // its finished() reports the cancel through the handler
    return true;
}

ApiError IamLookup::cancelled() const
{
    ReplyFacts facts;
    facts.cancelled = true;
    facts.localNowUtc = m_clock();
    return ErrorMapper::map(facts);
}

} // namespace smsc
