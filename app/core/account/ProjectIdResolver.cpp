// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/ProjectIdResolver.h"

#include "account/ProjectIdCache.h"
#include "errors/ErrorMapper.h"
#include "export/ExportRequestBuilder.h"
#include "http/ApiCall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace smsc {

ProjectIdResolver::ProjectIdResolver(QNetworkAccessManager *network, ServiceEndpoints endpoints,
                                     Credentials credentials, TransportOptions transport, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoints(std::move(endpoints))
    , m_credentials(std::move(credentials))
    , m_transport(std::move(transport))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_transport.retryTransient = false;  // one question; a failure is reported, never repeated
}

ProjectIdResolver::~ProjectIdResolver() = default;

void ProjectIdResolver::setCache(ProjectIdCache *cache) { m_cache = cache; }
void ProjectIdResolver::setClock(std::function<QDateTime()> utcNow) { m_clock = std::move(utcNow); }

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
    const QString cached = m_cache ? m_cache->find(m_credentials.accessKey, region) : QString();
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
    auto factory = [this, region] {
        // Signed afresh for every attempt; no scope header on IAM calls (docs/SERVICE.md "Scope header").
        const HttpRequest request = ExportRequestBuilder::getRequest(m_endpoints.iam, u"/v3/projects"_s,
                                                                     {{u"name"_s, region}});
        return ExportRequestBuilder::authorize(request, m_credentials, m_clock()).request;
    };
    auto *call = new ApiCall(m_network, factory, m_transport, this);
    call->setClock(m_clock);
    m_call = call;
    ++m_requests;
    connect(call, &ApiCall::finished, this, &ProjectIdResolver::onIamFinished);
    call->start();
}

void ProjectIdResolver::cancel()
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
    finishLater({{}, ProjectIdSource::None, ErrorMapper::map(facts), m_requests});
}

void ProjectIdResolver::onIamFinished(const ApiResult &result)
{
    sender()->deleteLater();
    if (!result.ok()) {
        finish({{}, ProjectIdSource::None, ErrorMapper::projectLookupFailed(result.error), m_requests});
        return;
    }
    const ProjectLookup lookup = projectFromIam(result.body, m_endpoints.regionId);
    if (lookup.status == ProjectLookup::Status::Found) {
        finish({lookup.projectId, ProjectIdSource::Iam, {}, m_requests});
        return;
    }
    finish({{}, ProjectIdSource::None,
            ErrorMapper::projectNotFound(m_endpoints.regionId, lookup.status == ProjectLookup::Status::Several,
                                         lookup.status == ProjectLookup::Status::Malformed),
            m_requests});
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
    m_call = nullptr;
    if (result.ok() && m_cache && result.source != ProjectIdSource::Cache)
        m_cache->insert(m_credentials.accessKey, m_endpoints.regionId, result.projectId);
    emit finished(result);
}

} // namespace smsc
