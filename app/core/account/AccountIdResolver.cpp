// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/AccountIdResolver.h"

#include "account/AccountIdCache.h"
#include "errors/ErrorMapper.h"
#include "export/ExportRequestBuilder.h"
#include "http/ApiCall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace smsc {

AccountIdResolver::AccountIdResolver(QNetworkAccessManager *network, ServiceEndpoints endpoints,
                                     Credentials credentials, TransportOptions transport, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoints(std::move(endpoints))
    , m_credentials(std::move(credentials))
    , m_transport(std::move(transport))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

AccountIdResolver::~AccountIdResolver() = default;

void AccountIdResolver::setCache(AccountIdCache *cache) { m_cache = cache; }
void AccountIdResolver::setClock(std::function<QDateTime()> utcNow) { m_clock = std::move(utcNow); }

QString AccountIdResolver::domainIdFromIam(const QByteArray &body)
{
    const QJsonArray domains = QJsonDocument::fromJson(body).object().value(QLatin1StringView("domains")).toArray();
    return domains.isEmpty() ? QString() : domains.at(0).toObject().value(QLatin1StringView("id")).toString();
}

QString AccountIdResolver::accountIdFromSts(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QLatin1StringView("account_id")).toString();
}

void AccountIdResolver::start()
{
    if (m_started)
        return;
    m_started = true;
    const QString cached = m_cache ? m_cache->find(m_credentials.accessKey) : QString();
    if (!cached.isEmpty()) {
        QMetaObject::invokeMethod(this, [this, cached] {
            finish({cached, AccountIdSource::Cache, {}, 0});
        }, Qt::QueuedConnection);
        return;
    }
    if (!m_endpoints.iam.isEmpty())
        askIam();
    else
        askSts();
}

void AccountIdResolver::cancel()
{
    if (m_finished)
        return;
    if (m_call) {
        m_call->cancel();  // its finished() reports the cancel through us
        return;
    }
    ReplyFacts facts;
    facts.cancelled = true;
    facts.localNowUtc = m_clock();
    const ApiError cancelled = ErrorMapper::map(facts);
    QMetaObject::invokeMethod(this, [this, cancelled] {
        finish({{}, AccountIdSource::None, cancelled, m_requests});
    }, Qt::QueuedConnection);
}

ApiCall *AccountIdResolver::makeCall(const QUrl &base, const QString &path)
{
    auto factory = [this, base, path] {
        // Signed afresh for every attempt; no scope header on these calls (docs/SERVICE.md "Scope header").
        return ExportRequestBuilder::authorize(ExportRequestBuilder::getRequest(base, path), m_credentials, m_clock())
            .request;
    };
    auto *call = new ApiCall(m_network, factory, m_transport, this);
    call->setClock(m_clock);
    m_call = call;
    ++m_requests;
    return call;
}

void AccountIdResolver::askIam()
{
    ApiCall *call = makeCall(m_endpoints.iam, u"/v3/auth/domains"_s);
    connect(call, &ApiCall::finished, this, &AccountIdResolver::onIamFinished);
    call->start();
}

void AccountIdResolver::askSts()
{
    if (m_endpoints.sts.isEmpty()) {
        // Only an empty domain list or a missing IAM endpoint leads here (docs/SERVICE.md "Account id").
        const QString noSts = EndpointCatalogue::noStsEndpointMessage(m_endpoints.regionId);
        const QString headline = m_endpoints.iam.isEmpty()
            ? tr("The account id could not be looked up: no IAM endpoint is set. %1").arg(noSts)
            : tr("IAM returned no account for these keys. %1").arg(noSts);
        finish({{}, AccountIdSource::None, ErrorMapper::invalidInput(headline, {}), m_requests});
        return;
    }
    ApiCall *call = makeCall(m_endpoints.sts, u"/v5/caller-identity"_s);
    connect(call, &ApiCall::finished, this, &AccountIdResolver::onStsFinished);
    call->start();
}

void AccountIdResolver::onIamFinished(const ApiResult &result)
{
    sender()->deleteLater();
    if (result.error.kind == ErrorKind::Cancelled || result.error.kind == ErrorKind::Authentication) {
        // A rejected key would be rejected by STS too, and every failure counts towards the AK lock.
        finish({{}, AccountIdSource::None, result.error, m_requests});
        return;
    }
    if (!result.ok()) {
        // The SDKs ask STS only when the list is empty; any other IAM failure is the cause to report.
        finish({{}, AccountIdSource::None, ErrorMapper::iamLookupFailed(result.error), m_requests});
        return;
    }
    const QString id = domainIdFromIam(result.body);
    if (!id.isEmpty()) {
        finish({id, AccountIdSource::Iam, {}, m_requests});
        return;
    }
    askSts();
}

void AccountIdResolver::onStsFinished(const ApiResult &result)
{
    sender()->deleteLater();
    if (result.error.kind == ErrorKind::Cancelled) {
        finish({{}, AccountIdSource::None, result.error, m_requests});
        return;
    }
    const QString id = result.ok() ? accountIdFromSts(result.body) : QString();
    if (!id.isEmpty()) {
        finish({id, AccountIdSource::Sts, {}, m_requests});
        return;
    }
    finish({{}, AccountIdSource::None, ErrorMapper::accountResolutionFailed({}, result.error), m_requests});
}

void AccountIdResolver::finish(AccountIdResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_call = nullptr;
    if (result.ok() && m_cache && result.source != AccountIdSource::Cache)
        m_cache->insert(m_credentials.accessKey, result.accountId);
    emit finished(result);
}

} // namespace smsc
