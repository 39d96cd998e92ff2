#include "SupportBundle.h"

#include "ErrorReport.h"
#include "SecretScrubber.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSysInfo>

namespace smsc {

namespace {

// A scrubbed excerpt of at most `cap` bytes; `truncated` says whether it was cut.
QString excerpt(const SecretScrubber &scrub, const QByteArray &data, qsizetype cap, bool *truncated = nullptr)
{
    if (truncated)
        *truncated = data.size() > cap;
    return scrub(QString::fromUtf8(data.left(cap)));
}

QJsonArray headersJson(const HeaderList &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array << QJsonArray{QString::fromUtf8(name), QString::fromUtf8(value)};
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
        {QStringLiteral("method"), QString::fromLatin1(request.method)},
        {QStringLiteral("url"), scrub(request.url)},
        {QStringLiteral("headers"), headersJson(scrub.headers(request.headers))},
        {QStringLiteral("body_excerpt"), excerpt(scrub, request.body, kMaxBodyExcerpt, &requestCut)},
        {QStringLiteral("body_truncated"), requestCut},
        {QStringLiteral("canonical_request"), excerpt(scrub, request.canonicalRequest, kMaxBodyExcerpt)},
        {QStringLiteral("string_to_sign"), excerpt(scrub, request.stringToSign, kMaxBodyExcerpt)},
        {QStringLiteral("sent_at_utc"), isoUtc(request.sentAtUtc)}};
    const QJsonObject responseJson{
        {QStringLiteral("http_status"), exchange.httpStatus},
        {QStringLiteral("headers"), headersJson(scrub.headers(exchange.responseHeaders))},
        {QStringLiteral("body_excerpt"), excerpt(scrub, exchange.responseBody, kMaxBodyExcerpt, &responseCut)},
        {QStringLiteral("body_truncated"), responseCut},
        {QStringLiteral("received_at_utc"), isoUtc(exchange.receivedAtUtc)}};

    const ApiError &e = exchange.error;
    QJsonArray params;
    for (const QString &param : e.errorParam)
        params << scrub(param);
    QJsonArray details;
    for (const ErrorDetail &detail : e.details)
        details << QJsonObject{{QStringLiteral("code"), scrub(detail.code)},
                               {QStringLiteral("message"), scrub(detail.message)}};
    const QJsonObject errorJson{
        {QStringLiteral("kind"), errorKindId(e.kind)},
        {QStringLiteral("http_status"), e.httpStatus},
        {QStringLiteral("error_code"), scrub(e.errorCode)},
        {QStringLiteral("error_msg"), scrub(e.errorMsg)},
        {QStringLiteral("error_msg_raw"), scrub(e.errorMsgRaw)},
        {QStringLiteral("error_param"), params},
        {QStringLiteral("details"), details},
        {QStringLiteral("encoded_authorization_message"), scrub(e.encodedAuthorizationMessage)},
        {QStringLiteral("gateway_canonical_request"), scrub(e.gatewayCanonicalRequest)},
        {QStringLiteral("headline"), scrub(e.headline)},
        {QStringLiteral("hint"), scrub(e.hint)},
        {QStringLiteral("technical_detail"), scrub(e.technicalDetail)},
        {QStringLiteral("request_id"), scrub(e.requestId)}};

    QStringList ids;
    for (const QString &id : QStringList{exchange.requestId, e.requestId} + context.requestIds) {
        if (!id.isEmpty() && !ids.contains(id))
            ids << scrub(id);
    }
    const std::optional<qint64> skew = exchange.clockSkewSeconds ? exchange.clockSkewSeconds : e.clockSkewSeconds;
    const QJsonObject clock{
        {QStringLiteral("skew_seconds"), skew ? QJsonValue(double(*skew)) : QJsonValue()},
        {QStringLiteral("server_date_utc"), isoUtc(e.serverDate)}};
    const QString os = context.osName.isEmpty()
        ? QStringLiteral("%1 (%2 %3, %4)").arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(),
                                               QSysInfo::kernelVersion(), QSysInfo::currentCpuArchitecture())
        : context.osName;
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("sms-consistency-support-bundle/1")},
        {QStringLiteral("created_utc"), isoUtc(context.createdUtc.isValid() ? context.createdUtc
                                                                            : QDateTime::currentDateTimeUtc())},
        {QStringLiteral("app_version"), context.appVersion.isEmpty() ? QCoreApplication::applicationVersion()
                                                                     : context.appVersion},
        {QStringLiteral("os"), os},
        {QStringLiteral("profile"), scrub(context.profileName)},
        {QStringLiteral("auth_mode"), authModeId(context.authMode)},
        {QStringLiteral("access_key"), context.authMode == AuthMode::IamToken
                                           ? QString() : ErrorReport::maskAccessKey(credentials.accessKey)},
        {QStringLiteral("endpoint"), scrub(exchange.endpoint)},
        {QStringLiteral("request_ids"), QJsonArray::fromStringList(ids)},
        {QStringLiteral("clock"), clock},
        {QStringLiteral("request"), requestJson},
        {QStringLiteral("response"), responseJson},
        {QStringLiteral("error"), errorJson}};
    // Last line of defence: JSON escaping cannot hide a secret, so a plain search over the result holds.
    QString text = QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    return scrub(text).toUtf8();
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

QString SupportBundle::save(const QString &path, const QByteArray &bundle)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bundle) != bundle.size() || !file.commit())
        return tr("The support bundle %1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QString SupportBundle::defaultFileName(const QDateTime &utc)
{
    return QStringLiteral("sms-consistency-support-%1.json").arg(utc.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"));
}

} // namespace smsc
