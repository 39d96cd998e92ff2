// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics/SupportBundle.h"

#include "redaction/SecretScrubber.h"
#include "util/SafeFile.h"
#include "util/UntrustedText.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

// A scrubbed excerpt of at most `cap` bytes; `truncated` says whether it was cut.
QString excerpt(const SecretScrubber &scrub, const QByteArray &data, qsizetype cap, bool *truncated = nullptr)
{
    if (truncated)
        *truncated = data.size() > cap;
    return scrub(UntrustedText::fromUtf8(data.left(cap), UntrustedText::Lines::Keep));
}

QJsonArray headersJson(const HeaderList &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array << QJsonArray{UntrustedText::fromUtf8(name), UntrustedText::fromUtf8(value)};
    return array;
}

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QByteArray SupportBundle::build(const ExchangeRecord &exchange, const SupportContext &context,
                                const Credentials &credentials)
{
    const SecretScrubber scrub(credentials);
    const RequestRecord &request = exchange.request;
    bool requestCut = false;
    bool responseCut = false;
    const QJsonObject requestJson{
        {u"method"_s, QString::fromLatin1(request.method)},
        {u"url"_s, scrub(request.url)},
        {u"headers"_s, headersJson(scrub.headers(request.headers))},
        {u"body_excerpt"_s, excerpt(scrub, request.body, kMaxBodyExcerpt, &requestCut)},
        {u"body_truncated"_s, requestCut},
        {u"canonical_request"_s, excerpt(scrub, request.canonicalRequest, kMaxBodyExcerpt)},
        {u"string_to_sign"_s, excerpt(scrub, request.stringToSign, kMaxBodyExcerpt)},
        {u"sent_at_utc"_s, isoUtc(request.sentAtUtc)}};
    const QJsonObject responseJson{
        {u"http_status"_s, exchange.httpStatus},
        {u"headers"_s, headersJson(scrub.headers(exchange.responseHeaders))},
        {u"body_excerpt"_s, excerpt(scrub, exchange.responseBody, kMaxBodyExcerpt, &responseCut)},
        {u"body_truncated"_s, responseCut},
        {u"received_at_utc"_s, isoUtc(exchange.receivedAtUtc)}};

    const ApiError &e = exchange.error;
    QJsonArray params;
    for (const QString &param : e.errorParam)
        params << scrub(param);
    QJsonArray details;
    for (const ErrorDetail &detail : e.details)
        details << QJsonObject{{u"code"_s, scrub(detail.code)},
                               {u"message"_s, scrub(detail.message)}};
    const QJsonObject errorJson{
        {u"kind"_s, errorKindId(e.kind)},
        {u"http_status"_s, e.httpStatus},
        {u"error_code"_s, scrub(e.errorCode)},
        {u"error_msg"_s, scrub(e.errorMsg)},
        {u"error_msg_raw"_s, scrub(e.errorMsgRaw)},
        {u"error_param"_s, params},
        {u"details"_s, details},
        {u"encoded_authorization_message"_s, scrub(e.encodedAuthorizationMessage)},
        {u"gateway_canonical_request"_s, scrub(e.gatewayCanonicalRequest)},
        {u"headline"_s, scrub(e.headline)},
        {u"hint"_s, scrub(e.hint)},
        {u"technical_detail"_s, scrub(e.technicalDetail)},
        {u"request_id"_s, scrub(e.requestId)}};

    QStringList ids;
    for (const QString &id : QStringList{exchange.requestId, e.requestId} + context.requestIds) {
        if (!id.isEmpty() && !ids.contains(id))
            ids << scrub(id);
    }
    const std::optional<qint64> skew = exchange.clockSkewSeconds ? exchange.clockSkewSeconds : e.clockSkewSeconds;
    const QJsonObject clock{
        {u"skew_seconds"_s, skew ? QJsonValue(double(*skew)) : QJsonValue()},
        {u"server_date_utc"_s, isoUtc(e.serverDate)}};
    const QString os = context.osName.isEmpty()
        ? u"%1 (%2 %3, %4)"_s.arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(),
                                               QSysInfo::kernelVersion(), QSysInfo::currentCpuArchitecture())
        : context.osName;
    const QJsonObject root{
        {u"format"_s, u"sms-consistency-support-bundle/1"_s},
        {u"created_utc"_s, isoUtc(context.createdUtc.isValid() ? context.createdUtc
                                                                            : QDateTime::currentDateTimeUtc())},
        {u"app_version"_s, context.appVersion.isEmpty() ? QCoreApplication::applicationVersion()
                                                                     : context.appVersion},
        {u"os"_s, os},
        {u"profile"_s, scrub(context.profileName)},
        {u"auth_mode"_s, authModeId(context.authMode)},
        {u"access_key"_s, context.authMode == AuthMode::IamToken
                                           ? QString() : credentials.maskedAccessKey()},
        {u"endpoint"_s, scrub(exchange.endpoint)},
        {u"request_ids"_s, QJsonArray::fromStringList(ids)},
        {u"clock"_s, clock},
        {u"request"_s, requestJson},
        {u"response"_s, responseJson},
        {u"error"_s, errorJson}};
    // Last line of defence: JSON escaping cannot hide a secret, so a plain search over the result holds.
    QString text = QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    return UntrustedText::jsonEscaped(scrub(text).toUtf8());
}

ExchangeRecord SupportBundle::exchangeOf(const ExportOutcome &outcome)
{
    ExchangeRecord exchange;
    exchange.request = outcome.request;
    exchange.httpStatus = outcome.httpStatus ? outcome.httpStatus : outcome.error.httpStatus;
    exchange.responseBody = outcome.noFile ? outcome.returnedBody : outcome.error.bodyExcerpt;
    exchange.requestId = outcome.requestId;
    exchange.receivedAtUtc = outcome.error.serverDate;
    exchange.clockSkewSeconds = outcome.error.clockSkewSeconds;
    exchange.endpoint = outcome.endpoint;
    exchange.error = outcome.error;
    return exchange;
}

Outcome<void> SupportBundle::save(const QString &path, const QByteArray &bundle)
{
    const Outcome<void> written = SafeFile::write(path, bundle);
    if (!written.ok())
        return Failure{tr("The support bundle %1 cannot be written: %2").arg(QDir::toNativeSeparators(path), written.error())};
    return {};
}

QString SupportBundle::defaultFileName(const QDateTime &utc)
{
    return u"sms-consistency-support-%1.json"_s.arg(utc.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"));
}

} // namespace smsc
