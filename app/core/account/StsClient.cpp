// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/StsClient.h"

#include "errors/ErrorMapper.h"
#include "export/ExportRequestBuilder.h"
#include "http/ApiCall.h"
#include "http/HttpDate.h"
#include "profile/endpoints/EndpointCatalogue.h"
#include "redaction/RequestRedactor.h"

#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

const QString kDecodePath = u"/v5/decode-authorization-message"_s;
const QString kCallerIdentityPath = u"/v5/caller-identity"_s;

} // namespace

StsClient::StsClient(QNetworkAccessManager *network, Profile profile, Credentials credentials, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_profile(std::move(profile))
    , m_credentials(std::move(credentials))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

StsClient::~StsClient() = default;

void StsClient::setClock(std::function<QDateTime()> utcNow) { m_clock = std::move(utcNow); }
bool StsClient::isRunning() const { return m_call != nullptr; }

void StsClient::cancel()
{
    if (m_call)
        m_call->cancel();
}

QString StsClient::decodePermissionHint(const QString &refusalMessage)
{
    const QString action = StsParser::actionNamedIn(refusalMessage);
    if (!action.isEmpty())
        return tr("STS refused to decode the message: your user needs the STS decode-authorization-message "
                  "permission (the refusal names the action %1). Ask an administrator to grant it, or ask them "
                  "to decode the message for you.").arg(action);
    return tr("STS refused to decode the message: your user needs the STS decode-authorization-message "
              "permission. Ask an administrator to grant it, or ask them to decode the message for you.");
}

QString StsClient::callerIdentityPermissionHint(const QString &refusalMessage)
{
    const QString action = StsParser::actionNamedIn(refusalMessage);
    if (!action.isEmpty())
        return tr("STS refused to say who these credentials belong to: your user needs the STS caller-identity "
                  "permission (the refusal names the action %1).").arg(action);
    return tr("STS refused to say who these credentials belong to: your user needs the STS caller-identity "
              "permission.");
}

QString StsClient::localProblem(QUrl *sts) const
{
    const QString missing = m_credentials.missingPart();
    if (!missing.isEmpty())
        return missing;
    const ServiceEndpoints endpoints = EndpointCatalogue::resolve(m_profile);
    if (!endpoints.ok())
        return endpoints.error;
    if (endpoints.sts.isEmpty())
        return EndpointCatalogue::noStsEndpointMessage(endpoints.regionId);  // the one wording (EndpointCatalogue)
    *sts = endpoints.sts;
    return {};
}

bool StsClient::startCall(const QUrl &base, HttpRequest request, std::function<void(const ApiResult &, const ExchangeRecord &)> done)
{
    if (m_call)
        return false;
    auto factory = [this, request] {
        const QDateTime now = m_clock();
        const PreparedRequest prepared = ExportRequestBuilder::authorize(request, m_credentials, now);
        m_lastRequest = RequestRedactor::record(prepared.request, prepared.signature.canonicalRequest,
                                                prepared.signature.stringToSign, now);
        return prepared.request;
    };
    m_call = new ApiCall(m_network, factory, m_profile.transport, this);
    connect(m_call, &ApiCall::finished, this, [this, base, done = std::move(done)](const ApiResult &result) {
        m_call->deleteLater();
        m_call = nullptr;
        done(result, ExchangeRecord::of(m_lastRequest, result, base, QDateTime::currentDateTimeUtc()));
    });
    m_call->start();
    return true;
}

void StsClient::decode(const QString &encodedMessage)
{
    QUrl sts;
    QString problem = StsParser::checkEncodedMessage(encodedMessage);
    const bool badMessage = !problem.isEmpty();
    if (problem.isEmpty())
        problem = localProblem(&sts);
    if (!problem.isEmpty()) {
        DecodeResult result;
        result.error = badMessage || m_credentials.missingPart().isEmpty()
            ? ErrorMapper::invalidInput(problem, {problem})
            : ErrorMapper::credentials(problem);
        QMetaObject::invokeMethod(this, [this, result] { emit decodeFinished(result); }, Qt::QueuedConnection);
        return;
    }
    HttpRequest request = ExportRequestBuilder::requestFor(QByteArrayLiteral("POST"), sts, kDecodePath);
    request.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json;charset=UTF-8"));
    request.body = StsParser::decodeRequestBody(encodedMessage);
    startCall(sts, request, [this](const ApiResult &apiResult, const ExchangeRecord &exchange) {
        DecodeResult result;
        result.exchange = exchange;
        result.error = apiResult.error;
        if (result.error.kind == ErrorKind::Permission)
            result.error.hint = decodePermissionHint(result.error.errorMsg);
        if (result.ok())
            result.decision = StsParser::parseDecision(apiResult.body);
        emit decodeFinished(result);
    });
}

void StsClient::callerIdentity()
{
    QUrl sts;
    const QString problem = localProblem(&sts);
    if (!problem.isEmpty()) {
        CallerIdentityResult result;
        result.error = m_credentials.missingPart().isEmpty() ? ErrorMapper::invalidInput(problem, {problem})
                                                             : ErrorMapper::credentials(problem);
        QMetaObject::invokeMethod(this, [this, result] { emit callerIdentityFinished(result); },
                                  Qt::QueuedConnection);
        return;
    }
    const HttpRequest request = ExportRequestBuilder::getRequest(sts, kCallerIdentityPath);
    startCall(sts, request, [this, sts](const ApiResult &apiResult, const ExchangeRecord &exchange) {
        CallerIdentityResult result;
        result.exchange = exchange;
        result.endpoint = sts.toString();
        result.error = apiResult.error;
        result.clockSkewSeconds = exchange.clockSkewSeconds;
        result.serverDate = HttpDate::parse(apiResult.header(QByteArrayLiteral("Date")));
        if (result.error.kind == ErrorKind::Permission)
            result.error.hint = callerIdentityPermissionHint(result.error.errorMsg);
        if (result.ok())
            result.identity = StsParser::parseCallerIdentity(apiResult.body);
        emit callerIdentityFinished(result);
    });
}

} // namespace smsc
