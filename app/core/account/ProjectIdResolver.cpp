// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/ProjectIdResolver.h"

#include "account/IamLookup.h"
#include "account/ProjectIdCache.h"
#include "errors/ErrorMapper.h"
#include "http/ApiCall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

TransportOptions withoutRetries(TransportOptions transport)
{
    transport.retryTransient = false;  // one question; a failure is reported, never repeated
    return transport;
}

} // namespace

ProjectIdResolver::ProjectIdResolver(QNetworkAccessManager *network, ServiceEndpoints endpoints,
                                     Credentials credentials, TransportOptions transport, QObject *parent)
    : QObject(parent)
    , m_endpoints(std::move(endpoints))
    , m_accessKey(credentials.accessKey)
    , m_lookup(new IamLookup(network, std::move(credentials), withoutRetries(std::move(transport)), this))
{
}

ProjectIdResolver::~ProjectIdResolver() = default;

void ProjectIdResolver::setCache(ProjectIdCache *cache) { m_cache = cache; }
void ProjectIdResolver::setClock(std::function<QDateTime()> utcNow) { m_lookup->setClock(std::move(utcNow)); }

bool ProjectIdResolver::needsProjectId(const Profile &profile, const Credentials &credentials)
{
    return profile.scopeHeader == ScopeHeader::ProjectId && profile.projectId.trimmed().isEmpty()
        && credentials.mode != AuthMode::IamToken;  // a scoped token already names its project
}

ProjectLookup ProjectIdResolver::projectFromIam(const QByteArray &body, const QString &region)
{
    // The id goes into a header and onto the terminal: only the 32 hex characters IAM uses.
    static const QRegularExpression hexId(u"^[0-9a-f]{32}$"_s);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonValue list = document.object().value(QLatin1StringView("projects"));
    if (parseError.error != QJsonParseError::NoError || !list.isArray())
        return {};
    QStringList ids;
    for (const QJsonValue &item : list.toArray()) {
        const QJsonObject project = item.toObject();
        if (project.value(QLatin1StringView("name")).toString() != region)
            continue;
        const QString id = project.value(QLatin1StringView("id")).toString();
        if (!hexId.match(id).hasMatch())
            return {};
        ids << id;
    }
    if (ids.isEmpty())
        return {ProjectLookup::Status::None, {}};
    if (ids.size() > 1)
        return {ProjectLookup::Status::Several, {}};
    return {ProjectLookup::Status::Found, ids.constFirst()};
}

void ProjectIdResolver::start()
{
    if (m_started)
        return;
    m_started = true;
    const QString region = m_endpoints.regionId;
    if (region.isEmpty()) {
        finishLater({{}, ProjectIdSource::None, ErrorMapper::invalidInput(ErrorMapper::projectNeedsRegion(), {}), 0});
        return;
    }
    const QString cached = m_cache ? m_cache->find(m_accessKey, region) : QString();
    if (!cached.isEmpty()) {
        finishLater({cached, ProjectIdSource::Cache, {}, 0});
        return;
    }
    if (m_endpoints.iam.isEmpty()) {
        const QString headline = tr("The project id could not be looked up: no IAM endpoint is set. Enter the "
                                    "project id, or an IAM endpoint.");
        finishLater({{}, ProjectIdSource::None, ErrorMapper::invalidInput(headline, {}), 0});
        return;
    }
    m_lookup->get(m_endpoints.iam, u"/v3/projects"_s, {{u"name"_s, region}},
                  [this](const ApiResult &result) { onIamFinished(result); });
}

void ProjectIdResolver::cancel()
{
    if (m_finished || m_lookup->cancelInFlight())
        return;
    finishLater({{}, ProjectIdSource::None, m_lookup->cancelled(), m_lookup->requestsSent()});
}

void ProjectIdResolver::onIamFinished(const ApiResult &result)
{
    const int requests = m_lookup->requestsSent();
    if (!result.ok()) {
        finish({{}, ProjectIdSource::None, ErrorMapper::projectLookupFailed(result.error), requests});
        return;
    }
    const ProjectLookup lookup = projectFromIam(result.body, m_endpoints.regionId);
    if (lookup.status == ProjectLookup::Status::Found) {
        finish({lookup.projectId, ProjectIdSource::Iam, {}, requests});
        return;
    }
    finish({{}, ProjectIdSource::None,
            ErrorMapper::projectNotFound(m_endpoints.regionId, lookup.status == ProjectLookup::Status::Several,
                                         lookup.status == ProjectLookup::Status::Malformed),
            requests});
}

void ProjectIdResolver::finishLater(ProjectIdResult result)
{
    QMetaObject::invokeMethod(this, [this, result] { finish(result); }, Qt::QueuedConnection);
}

void ProjectIdResolver::finish(ProjectIdResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_lookup->forget();
    if (result.ok() && m_cache && result.source != ProjectIdSource::Cache)
        m_cache->insert(m_accessKey, m_endpoints.regionId, result.projectId);
    emit finished(result);
}

} // namespace smsc
