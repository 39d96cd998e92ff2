// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/EndpointCatalogue.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

QList<RegionInfo> loadRegions()
{
    QFile file(u":/smsc/endpoints.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("embedded endpoint catalogue :/smsc/endpoints.json is missing");
    QList<RegionInfo> regions;
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).object().value(u"regions").toArray();
    for (const QJsonValue &value : array) {
        RegionInfo region;
        region.id = value[u"id"].toString();
        region.name = value[u"name"].toString();
        region.sms = QUrl(value[u"sms"].toString());
        region.iam = QUrl(value[u"iam"].toString());
        region.sts = QUrl(value[u"sts"].toString());
        region.legacy = value[u"legacy"].toBool();
        regions.append(region);
    }
    return regions;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// Validated user endpoint, or the catalogue's; `error` set when the user's is unusable.
QUrl pickEndpoint(const QString &typed, const QUrl &fallback, QString *error)
{
    if (typed.trimmed().isEmpty())
        return fallback;
    const QString problem = EndpointCatalogue::checkEndpoint(typed);
    if (!problem.isEmpty() && error->isEmpty())
        *error = problem;
    return problem.isEmpty() ? QUrl(typed.trimmed(), QUrl::StrictMode) : QUrl();
}

} // namespace

const QList<RegionInfo> &EndpointCatalogue::regions()
{
    static const QList<RegionInfo> catalogue = loadRegions();
    return catalogue;
}

const RegionInfo *EndpointCatalogue::region(const QString &id)
{
    for (const RegionInfo &info : regions()) {
        if (info.id == id.trimmed())
            return &info;
    }
    return nullptr;
}

QString EndpointCatalogue::checkEndpoint(const QString &text)
{
    const QString url = text.trimmed();
    if (url.isEmpty())
        return tr("The endpoint is empty.");
    if (!url.contains(u"://"))
        return tr("The endpoint \"%1\" has no scheme; write it as https://%1").arg(url);
    const QUrl parsed(url, QUrl::StrictMode);
    // Never echo a URL that carries a user name or password.
    if (!parsed.userInfo().isEmpty())
        return tr("The endpoint must not contain a user name or password.");
    if (!parsed.isValid() || parsed.host().isEmpty())
        return tr("The endpoint \"%1\" is not a valid URL.").arg(url);
    const QString scheme = parsed.scheme().toLower();
    if (scheme != u"https" && scheme != u"http")
        return tr("The endpoint \"%1\" must start with https://").arg(url);
    if (parsed.hasQuery() || parsed.hasFragment())
        return tr("The endpoint \"%1\" must not contain a query or fragment.").arg(url);
    if (scheme == u"http" && !isLoopbackHost(parsed.host()))
        return tr("The endpoint \"%1\" uses plain http, which is allowed only to this computer "
                  "(127.0.0.1, ::1, localhost); use https.").arg(url);
    return {};
}

QString EndpointCatalogue::noIamEndpointMessage(const Profile &profile)
{
    if (profile.region.trimmed().isEmpty())
        return tr("No IAM endpoint is known for this endpoint: enter the account ID, or set an IAM endpoint.");
    return tr("Region %1 has no built-in IAM endpoint: enter the account ID, or set an IAM endpoint.")
        .arg(profile.region.trimmed());
}

ServiceEndpoints EndpointCatalogue::resolve(const Profile &profile)
{
    ServiceEndpoints endpoints;
    const RegionInfo *known = region(profile.region);
    if (profile.endpoint.trimmed().isEmpty()) {
        if (profile.region.trimmed().isEmpty()) {
            endpoints.error = tr("No region or endpoint is set.");
            return endpoints;
        }
        if (!known) {
            QStringList ids;
            for (const RegionInfo &info : regions())
                ids << info.id;
            endpoints.error = tr("Unknown region \"%1\". Known regions: %2. Or give the endpoint URL instead.")
                                  .arg(profile.region.trimmed(), ids.join(u", "));
            return endpoints;
        }
    }
    endpoints.sms = pickEndpoint(profile.endpoint, known ? known->sms : QUrl(), &endpoints.error);
    endpoints.iam = pickEndpoint(profile.iamEndpoint, known ? known->iam : QUrl(), &endpoints.error);
    endpoints.sts = pickEndpoint(profile.stsEndpoint, known ? known->sts : QUrl(), &endpoints.error);
    return endpoints;
}

} // namespace smsc
