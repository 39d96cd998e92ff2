// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/AccountIdResolver.h"

#include "account/AccountIdCache.h"
#include "account/IamLookup.h"
#include "errors/ErrorMapper.h"
#include "http/ApiCall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace smsc {

AccountIdResolver::AccountIdResolver(QNetworkAccessManager *network, ServiceEndpoints endpoints,
                                     Credentials credentials, TransportOptions transport, QObject *parent)
    : QObject(parent)
    , m_endpoints(std::move(endpoints))
    , m_accessKey(credentials.accessKey)
    , m_lookup(new IamLookup(network, std::move(credentials), std::move(transport), this))
{
}

AccountIdResolver::~AccountIdResolver() = default;

void AccountIdResolver::setCache(AccountIdCache *cache) { m_cache = cache; }
void AccountIdResolver::setClock(std::function<QDateTime()> utcNow) { m_lookup->setClock(std::move(utcNow)); }

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
    const QString cached = m_cache ? m_cache->find(m_accessKey) : QString();
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
    if (m_finished || m_lookup->cancelInFlight())
        return;
    const ApiError cancelled = m_lookup->cancelled();
    QMetaObject::invokeMethod(this, [this, cancelled] {
        finish({{}, AccountIdSource::None, cancelled, m_lookup->requestsSent()});
    }, Qt::QueuedConnection);
}

void AccountIdResolver::askIam()
{
    m_lookup->get(m_endpoints.iam, u"/v3/auth/domains"_s, {},
                  [this](const ApiResult &result) { onIamFinished(result); });
}

void AccountIdResolver::askSts()
{
    if (m_endpoints.sts.isEmpty()) {
        // Only an empty domain list or a missing IAM endpoint leads here (docs/SERVICE.md "Account id").
        const QString noSts = EndpointCatalogue::noStsEndpointMessage(m_endpoints.regionId);
        const QString headline = m_endpoints.iam.isEmpty()
            ? tr("The account id could not be looked up: no IAM endpoint is set. %1").arg(noSts)
            : tr("IAM returned no account for these keys. %1").arg(noSts);
        finish({{}, AccountIdSource::None, ErrorMapper::invalidInput(headline, {}), m_lookup->requestsSent()});
        return;
    }
    m_lookup->get(m_endpoints.sts, u"/v5/caller-identity"_s, {},
                  [this](const ApiResult &result) { onStsFinished(result); });
}

void AccountIdResolver::onIamFinished(const ApiResult &result)
{
    const int requests = m_lookup->requestsSent();
    if (result.error.kind == ErrorKind::Cancelled || result.error.kind == ErrorKind::Authentication) {
        // A rejected key would be rejected by STS too, and every failure counts towards the AK lock.
        finish({{}, AccountIdSource::None, result.error, requests});
        return;
    }
    if (!result.ok()) {
        // The SDKs ask STS only when the list is empty; any other IAM failure is the cause to report.
        finish({{}, AccountIdSource::None, ErrorMapper::iamLookupFailed(result.error), requests});
        return;
    }
    const QString id = domainIdFromIam(result.body);
    if (!id.isEmpty()) {
        finish({id, AccountIdSource::Iam, {}, requests});
        return;
    }
    askSts();
}

void AccountIdResolver::onStsFinished(const ApiResult &result)
{
    const int requests = m_lookup->requestsSent();
    if (result.error.kind == ErrorKind::Cancelled) {
        finish({{}, AccountIdSource::None, result.error, requests});
        return;
    }
    const QString id = result.ok() ? accountIdFromSts(result.body) : QString();
    if (!id.isEmpty()) {
        finish({id, AccountIdSource::Sts, {}, requests});
        return;
    }
    finish({{}, AccountIdSource::None, ErrorMapper::accountResolutionFailed({}, result.error), requests});
}

void AccountIdResolver::finish(AccountIdResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_lookup->forget();
    if (result.ok() && m_cache && result.source != AccountIdSource::Cache)
        m_cache->insert(m_accessKey, result.accountId);
    emit finished(result);
}

} // namespace smsc
