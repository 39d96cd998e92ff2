// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HttpRequest.h"
#include "profile/credentials/Credentials.h"
#include "profile/endpoints/EndpointCatalogue.h"
#include "profile/Profile.h"
#include "rows/TaskRow.h"
#include "signing/Signer.h"

#include <QDateTime>

namespace smsc {

inline constexpr auto kExportPath = "/v3/tasks/consistency-results/export";
inline constexpr auto kExportContentType = "application/json;charset=UTF-8";

//! A request ready for the network plus the signing intermediates (empty in IAM token mode).
struct PreparedRequest
{
    HttpRequest request;
    SignatureParts signature;
    bool isSigned() const { return !signature.authorization.isEmpty(); }
};

//! Builds the export call (and the signed GETs around it) from validated data; pure, no I/O.
class ExportRequestBuilder final
{
public:
    //! `{"task_info":[{"task_id":…,"source_id":…,"source_name":…}]}`: keys in this order, compact,
    //! UTF-8, all three fields always; escaping as JSON.stringify does it (no `\/`, raw non-ASCII).
    static QByteArray exportBody(const QList<TaskRow> &rows);

    //! The unsigned export POST below `endpoints.sms`. Scope header per `profile.scopeHeader`:
    //! X-Domain-Id with `accountId`, or X-Project-Id with `profile.projectId`; omitted when that
    //! id is empty. X-Language per `profile.language`. Carries no secret.
    static HttpRequest exportRequest(const QList<TaskRow> &rows, const Profile &profile,
                                     const QString &accountId, const ServiceEndpoints &endpoints);

    //! exportRequest() followed by authorize(): the complete export call as of `utc`.
    static PreparedRequest buildExport(const QList<TaskRow> &rows, const Profile &profile,
                                       const QString &accountId, const ServiceEndpoints &endpoints,
                                       const Credentials &credentials, const QDateTime &utc);

    //! An unsigned request for `path` below `base` (its path prefix kept); host carries the port
    //! only when it is not the scheme's default, so HTTP/1 and HTTP/2 send the same Host.
    static HttpRequest requestFor(const QByteArray &method, const QUrl &base, const QString &path);

    //! An unsigned GET with a query and `Content-Type: application/json`, as the SDKs send it
    //! (IAM /v3/auth/domains, STS caller identity, list calls).
    static HttpRequest getRequest(const QUrl &base, const QString &path, const QueryList &query = {});

    //! Adds the auth headers for `credentials.mode` and, for AK/SK modes, signs as of `utc`
    //! (X-Security-Token is signed too). IAM token mode: X-Auth-Token, no signature.
    static PreparedRequest authorize(HttpRequest request, const Credentials &credentials, const QDateTime &utc);
};

} // namespace smsc
