// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/ApiError.h"
#include "profile/credentials/Credentials.h"
#include "profile/endpoints/EndpointCatalogue.h"
#include "profile/Profile.h"

#include <QDateTime>
#include <QObject>
#include <functional>

class QNetworkAccessManager;

namespace smsc {

class IamLookup;
class ProjectIdCache;
struct ApiResult;

//! Where a project id came from.
enum class ProjectIdSource { None, Cache, Iam };

struct ProjectIdResult
{
    QString projectId;
    ProjectIdSource source = ProjectIdSource::None;
    ApiError error;  //!< kind None when projectId is set
    int requestsSent = 0;
    bool ok() const { return !projectId.isEmpty(); }
};

//! What one IAM /v3/projects answer says about a region's project.
struct ProjectLookup
{
    enum class Status { Found, None, Several, Malformed };
    Status status = Status::Malformed;
    QString projectId;  //!< set when Found
};

/*!
 * Finds the project id for a region as the Python and Go SDKs do: signed
 * GET {iam}/v3/projects?name=<region id> → the one project with that name (none or several is a
 * named error). Cached per AK and region. 401/403 are reported as they are and never retried.
 * Emits finished() exactly once.
 */
class ProjectIdResolver final : public QObject
{
    Q_OBJECT
public:
    ProjectIdResolver(QNetworkAccessManager *network, ServiceEndpoints endpoints, Credentials credentials,
                      TransportOptions transport, QObject *parent = nullptr);
    ~ProjectIdResolver() override;

    void setCache(ProjectIdCache *cache);                      //!< optional, shared per process
    void setClock(std::function<QDateTime()> utcNow);          //!< signing time; default current UTC

    void start();
    void cancel();

    //! The project named `region` in an IAM /v3/projects body (other names are ignored).
    static ProjectLookup projectFromIam(const QByteArray &body, const QString &region);
    //! True when a profile sends X-Project-Id without an id, so one must be looked up first.
    static bool needsProjectId(const Profile &profile, const Credentials &credentials);

signals:
    void finished(const smsc::ProjectIdResult &result);

private:
    void onIamFinished(const ApiResult &result);
    void finish(ProjectIdResult result);
    void finishLater(ProjectIdResult result);

    ServiceEndpoints m_endpoints;
    QString m_accessKey;
    IamLookup *m_lookup;
    ProjectIdCache *m_cache = nullptr;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace smsc

Q_DECLARE_METATYPE(smsc::ProjectIdResult)
