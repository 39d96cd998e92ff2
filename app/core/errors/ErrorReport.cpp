// SPDX-License-Identifier: GPL-3.0-or-later
#include "errors/ErrorReport.h"

#include "redaction/SecretScrubber.h"
#include "util/UntrustedText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace smsc {

ApiError ErrorReport::redacted(const ApiError &error, const Credentials &credentials)
{
    ApiError out = neutralised(error);
    const SecretScrubber scrub(credentials);
    for (QString *s : {&out.errorCode, &out.errorMsgRaw, &out.errorMsg, &out.encodedAuthorizationMessage,
                       &out.requestId, &out.gatewayCanonicalRequest, &out.redirectLocation, &out.headline,
                       &out.hint, &out.technicalDetail})
        *s = scrub(*s);
    for (QString &param : out.errorParam)
        param = scrub(param);
    for (ErrorDetail &detail : out.details) {
        detail.code = scrub(detail.code);
        detail.message = scrub(detail.message);
    }
    out.bodyExcerpt = scrub.bytes(out.bodyExcerpt);
    return out;
}

ErrorReport::ErrorReport(const ApiError &error, const RequestRecord &request,
                         const ErrorReportContext &context, const Credentials &credentials)
    : m_error(redacted(error, credentials)), m_request(request), m_context(context),
      m_maskedAk(credentials.mode == AuthMode::IamToken ? QString() : credentials.maskedAccessKey())
{
    const SecretScrubber scrub(credentials);

    for (QString *s : {&m_request.url, &m_context.curlCommand, &m_context.endpoint, &m_context.profileName})
        *s = scrub(*s);
    m_request.body = scrub.bytes(m_request.body);
    m_request.canonicalRequest = scrub.bytes(m_request.canonicalRequest);
    m_request.stringToSign = scrub.bytes(m_request.stringToSign);
    m_request.headers = scrub.headers(m_request.headers);
    if (m_context.appVersion.isEmpty())
        m_context.appVersion = QCoreApplication::applicationVersion();
    if (m_context.osName.isEmpty())
        m_context.osName = u"%1 (%2 %3, %4)"_s
                               .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(),
                                    QSysInfo::kernelVersion(), QSysInfo::currentCpuArchitecture());
    if (!m_context.createdUtc.isValid())
        m_context.createdUtc = QDateTime::currentDateTimeUtc();
}

QDateTime ErrorReport::requestTimeUtc() const
{
    return m_request.sentAtUtc.isValid() ? m_request.sentAtUtc.toUTC() : m_context.createdUtc.toUTC();
}

QString ErrorReport::formatUtc(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC";
}

QString ErrorReport::formatLocal(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    // The same shape as formatUtc, with the local offset: "2026-01-02 11:04:05 UTC+08:00".
    const QDateTime local = time.toLocalTime();
    const int offset = local.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return local.toString(u"yyyy-MM-dd HH:mm:ss"_s)
           + u" UTC%1%2:%3"_s.arg(QChar(offset < 0 ? u'-' : u'+'))
                 .arg(minutes / 60, 2, 10, QChar(u'0'))
                 .arg(minutes % 60, 2, 10, QChar(u'0'));
}

QString ErrorReport::headline() const
{
    if (!m_error.headline.isEmpty())
        return m_error.headline;
    if (m_error.httpStatus > 0)
        return tr("The export failed: the service answered with HTTP status %1.").arg(m_error.httpStatus);
    return tr("The export failed.");
}

QString ErrorReport::authModeName() const
{
    switch (m_context.authMode) {
    case AuthMode::AkSk: return tr("AK/SK");
    case AuthMode::TemporaryAkSk: return tr("Temporary AK/SK with security token");
    case AuthMode::IamToken: return tr("IAM token");
    }
    return {};
}

QString ErrorReport::clockSkewText() const
{
    if (!m_error.clockSkewSeconds)
        return {};
    const qint64 skew = *m_error.clockSkewSeconds;
    if (skew == 0)
        return tr("none (this computer's clock matches the server)");
    if (skew > 0)
        return tr("this computer's clock is %1 s ahead of the server").arg(skew);
    return tr("this computer's clock is %1 s behind the server").arg(-skew);
}

QString ErrorReport::toSummary() const
{
    QStringList lines{headline()};
    if (!m_error.hint.isEmpty())
        lines << m_error.hint;
    auto add = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines << tr("%1: %2").arg(label, value);
    };
    add(tr("HTTP status"), m_error.httpStatus > 0 ? QString::number(m_error.httpStatus) : QString());
    add(tr("Error code"), m_error.errorCode);
    add(tr("Error message"), m_error.errorMsg);
    add(tr("Request ID"), m_error.requestId);
    add(tr("Time (UTC)"), formatUtc(requestTimeUtc()));
    add(tr("Endpoint"), m_context.endpoint);
    add(tr("Profile"), m_context.profileName);
    return UntrustedText::neutralised(lines.join(u'\n'), UntrustedText::Lines::Keep);
}

QString ErrorReport::toText() const
{
    QStringList lines{toSummary(), QString()};
    auto add = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines << tr("%1: %2").arg(label, value);
    };
    auto block = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines << QString() << tr("%1:").arg(label) << value;
    };
    if (m_error.errorMsgRaw != m_error.errorMsg)
        add(tr("Error message as sent"), m_error.errorMsgRaw);
    add(tr("Error parameters"), m_error.errorParam.join(u"; "));
    add(tr("Time (local)"), formatLocal(requestTimeUtc()));
    add(tr("Server time (UTC)"), formatUtc(m_error.serverDate));
    add(tr("Clock skew"), clockSkewText());
    add(tr("Authentication"), authModeName());
    add(tr("Access key"), m_maskedAk);
    add(tr("Redirected to"), m_error.redirectLocation);
    add(tr("Technical detail"), m_error.technicalDetail);
    add(tr("App version"), m_context.appVersion);
    add(tr("Operating system"), m_context.osName);
    add(tr("Report created (UTC)"), formatUtc(m_context.createdUtc));
    if (!m_error.details.isEmpty()) {
        QStringList details;
        for (const ErrorDetail &detail : m_error.details)
            details << tr("%1: %2").arg(detail.code, detail.message);
        block(tr("Details"), details.join(u'\n'));
    }
    if (!m_error.encodedAuthorizationMessage.isEmpty())
        block(tr("Encoded authorization message (length %1)")
                  .arg(m_error.encodedAuthorizationMessage.size()),
              m_error.encodedAuthorizationMessage);
    block(tr("Decoded authorization message"), m_decoded);
    block(tr("Canonical request echoed by the gateway"), m_error.gatewayCanonicalRequest);
    if (!m_request.url.isEmpty()) {
        QStringList request{QString::fromLatin1(m_request.method) + u' ' + m_request.url};
        for (const auto &[name, value] : m_request.headers)
            request << QString::fromLatin1(name) + u": " + QString::fromUtf8(value);
        request << QString() << QString::fromUtf8(m_request.body);
        block(tr("Request"), request.join(u'\n'));
    }
    block(tr("Canonical request"), QString::fromUtf8(m_request.canonicalRequest));
    block(tr("String to sign"), QString::fromUtf8(m_request.stringToSign));
    block(tr("Response body"), UntrustedText::fromUtf8(m_error.bodyExcerpt, UntrustedText::Lines::Keep));
    block(tr("As a cURL command"), m_context.curlCommand);
    return UntrustedText::neutralised(QString(lines.join(u'\n') + u'\n'), UntrustedText::Lines::Keep);
}

QByteArray ErrorReport::toJson() const
{
    QJsonArray details;
    for (const ErrorDetail &detail : m_error.details)
        details.append(QJsonObject{{u"error_code"_s, detail.code}, {u"error_msg"_s, detail.message}});
    QJsonArray headers;
    for (const auto &[name, value] : m_request.headers)
        headers.append(QJsonArray{QString::fromLatin1(name), QString::fromUtf8(value)});
    QJsonObject object{
        {u"headline"_s, headline()},
        {u"hint"_s, m_error.hint},
        {u"http_status"_s, m_error.httpStatus},
        {u"error_code"_s, m_error.errorCode},
        {u"error_msg"_s, m_error.errorMsg},
        {u"error_msg_raw"_s, m_error.errorMsgRaw},
        {u"error_param"_s, QJsonArray::fromStringList(m_error.errorParam)},
        {u"details"_s, details},
        {u"encoded_authorization_message"_s, m_error.encodedAuthorizationMessage},
        {u"decoded_authorization_message"_s, m_decoded},
        {u"request_id"_s, m_error.requestId},
        {u"time_utc"_s, requestTimeUtc().toUTC().toString(Qt::ISODate)},
        {u"time_local"_s, formatLocal(requestTimeUtc())},
        {u"server_time_utc"_s, m_error.serverDate.isValid()
                                    ? m_error.serverDate.toUTC().toString(Qt::ISODate) : QString()},
        {u"endpoint"_s, m_context.endpoint},
        {u"profile"_s, m_context.profileName},
        {u"auth_mode"_s, authModeId(m_context.authMode)},
        {u"kind"_s, errorKindId(m_error.kind)},
        {u"access_key"_s, m_maskedAk},
        {u"technical_detail"_s, m_error.technicalDetail},
        {u"gateway_canonical_request"_s, m_error.gatewayCanonicalRequest},
        {u"response_body"_s, UntrustedText::fromUtf8(m_error.bodyExcerpt, UntrustedText::Lines::Keep)},
        {u"request"_s, QJsonObject{{u"method"_s, QString::fromLatin1(m_request.method)},
                                    {u"url"_s, m_request.url},
                                    {u"headers"_s, headers},
                                    {u"body"_s, QString::fromUtf8(m_request.body)},
                                    {u"canonical_request"_s, QString::fromUtf8(m_request.canonicalRequest)},
                                    {u"string_to_sign"_s, QString::fromUtf8(m_request.stringToSign)},
                                    {u"sent_at_utc"_s, m_request.sentAtUtc.toUTC().toString(Qt::ISODate)}}},
        {u"curl"_s, m_context.curlCommand},
        {u"app_version"_s, m_context.appVersion},
        {u"os"_s, m_context.osName},
        {u"report_created_utc"_s, m_context.createdUtc.toUTC().toString(Qt::ISODate)},
    };
    if (m_error.clockSkewSeconds)
        object.insert(u"clock_skew_seconds"_s, *m_error.clockSkewSeconds);
    return UntrustedText::jsonEscaped(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

} // namespace smsc
