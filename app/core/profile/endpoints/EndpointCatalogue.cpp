// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/endpoints/EndpointCatalogue.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

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
    return resolve(profile, EndpointOverrides::fromSystem());
}

ServiceEndpoints EndpointCatalogue::resolve(const Profile &profile, const EndpointOverrides &overrides)
{
    ServiceEndpoints endpoints;
    const QString regionId = profile.region.trimmed();
    endpoints.regionId = regionId;
    const RegionInfo *known = region(regionId);
    const bool typedSms = !profile.endpoint.trimmed().isEmpty();
    std::optional<EndpointOverride> smsOverride;
    if (!typedSms && !regionId.isEmpty()) {
        smsOverride = overrides.sms(regionId);
        // The regions file matters only when no variable decides first.
        const bool fromVariable = smsOverride && smsOverride->origin.source == EndpointOrigin::Source::Environment;
        if (!fromVariable && !overrides.error().isEmpty()) {
            endpoints.error = overrides.error();
            return endpoints;
        }
    }
    if (!typedSms) {
        if (regionId.isEmpty()) {
            endpoints.error = tr("No region or endpoint is set.");
            return endpoints;
        }
        if (!known && !smsOverride) {
            QStringList ids;
            for (const RegionInfo &info : regions())
                ids << info.id;
            endpoints.error = tr("Unknown region \"%1\". Known regions: %2. Or give the endpoint URL instead.")
                                  .arg(regionId, ids.join(u", "));
            return endpoints;
        }
    }

    auto overridden = [&endpoints](const EndpointOverride &found) {
        QList<QUrl> urls;
        for (const QString &typed : found.endpoints) {
            const QString problem = checkEndpoint(typed);
            if (!problem.isEmpty()) {
                if (endpoints.error.isEmpty())
                    endpoints.error = tr("%1 (set by %2)").arg(problem, found.origin.describe());
                return QList<QUrl>();
            }
            urls << QUrl(typed.trimmed(), QUrl::StrictMode);
        }
        return urls;
    };
    auto pick = [&](const QString &typed, const std::optional<EndpointOverride> &found, const QUrl &builtIn,
                    QUrl *url, EndpointOrigin *origin, QList<QUrl> *alternates) {
        if (!typed.trimmed().isEmpty()) {
            *url = pickEndpoint(typed, QUrl(), &endpoints.error);
            *origin = EndpointOrigin::profile();
        } else if (found) {
            QList<QUrl> urls = overridden(*found);
            if (!urls.isEmpty())
                *url = urls.takeFirst();
            if (alternates)
                *alternates = urls;
            *origin = found->origin;
        } else if (!builtIn.isEmpty()) {
            *url = builtIn;
            *origin = EndpointOrigin::catalogue();
        }
    };
    pick(profile.endpoint, smsOverride, known ? known->sms : QUrl(), &endpoints.sms, &endpoints.smsOrigin,
         &endpoints.smsAlternates);
    pick(profile.iamEndpoint, overrides.iam(), known ? known->iam : QUrl(), &endpoints.iam, &endpoints.iamOrigin,
         nullptr);
    pick(profile.stsEndpoint, overrides.sts(), known ? known->sts : QUrl(), &endpoints.sts, &endpoints.stsOrigin,
         nullptr);
    return endpoints;
}

QString EndpointCatalogue::noStsEndpointMessage(const QString &regionId)
{
    if (regionId.trimmed().isEmpty())
        return tr("No STS endpoint is known for this endpoint: enter the account ID, or set an STS endpoint.");
    return tr("Region %1 has no STS endpoint (no official SDK lists one): enter the account ID, or set an STS "
              "endpoint.").arg(regionId.trimmed());
}

} // namespace smsc
