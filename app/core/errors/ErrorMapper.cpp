// SPDX-License-Identifier: GPL-3.0-or-later
#include "errors/ErrorMapper.h"

#include "errors/ErrorHints.h"
#include "errors/ErrorParser.h"
#include "http/HttpDate.h"
#include "util/UntrustedText.h"

#include <QSslCertificate>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

QByteArray headerValue(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString hostOf(const QUrl &url)
{
    return url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host();
}

bool isCode(const QString &code, std::initializer_list<QLatin1StringView> codes)
{
    QString c = code.trimmed().toUpper();
    if (c.startsWith(u"APIG."))
        c.replace(0, 5, u"APIGW."_s);
    for (const auto candidate : codes) {
        if (c == candidate)
            return true;
    }
    return false;
}

// A 2xx body is cut short when the transfer failed after the status arrived, or when fewer bytes
// than its Content-Length arrived whatever the reply says (docs/PLATFORM.md "Network replies").
// Returns the expected size (0 when unknown), or -1 when the body is not known to be cut.
qint64 cutBodyExpectedBytes(const ReplyFacts &facts)
{
    if (facts.httpStatus < 200 || facts.httpStatus >= 300)
        return -1;
    qint64 expected = 0;
    const QByteArray encoding = headerValue(facts.headers, "Content-Encoding").trimmed().toLower();
    if (encoding.isEmpty() || encoding == "identity") {  // Content-Length counts compressed bytes
        bool ok = false;
        expected = std::max<qint64>(0, headerValue(facts.headers, "Content-Length").trimmed().toLongLong(&ok));
        if (ok && facts.bodyBytesReceived >= 0 && expected > facts.bodyBytesReceived)
            return expected;
    }
    switch (facts.networkError) {
    case QNetworkReply::NoError:
    case QNetworkReply::OperationCanceledError:  // a cancel, an abort or a local file failure
    case QNetworkReply::TimeoutError:
        return -1;
    default:
        return expected;
    }
}

} // namespace

ErrorKind ErrorMapper::kindFor(int httpStatus, const QString &errorCode)
{
    using L = QLatin1StringView;
    if (isCode(errorCode, {L("APIGW.0301"), L("APIGW.0303"), L("SMS.0202"), L("SMS.0205")}))
        return ErrorKind::Authentication;
    if (isCode(errorCode, {L("SMS.0204"), L("SMS.2002")}))
        return ErrorKind::Permission;
    if (isCode(errorCode, {L("APIGW.0101")}))
        return ErrorKind::NotFound;
    if (isCode(errorCode, {L("APIGW.0308")}))
        return ErrorKind::Throttled;
    if (httpStatus >= 200 && httpStatus < 300)
        return ErrorKind::None;
    if (httpStatus >= 300 && httpStatus < 400)
        return ErrorKind::Redirected;
    switch (httpStatus) {
    case 401: return ErrorKind::Authentication;
    case 403: return ErrorKind::Permission;
    case 404: return ErrorKind::NotFound;
    case 429: return ErrorKind::Throttled;
    default: break;
    }
    if (httpStatus >= 400 && httpStatus < 500)
        return ErrorKind::InvalidInput;
    return ErrorKind::Server;
}

QString ErrorMapper::headlineFor(ErrorKind kind, int httpStatus)
{
    switch (kind) {
    case ErrorKind::None: return {};
    case ErrorKind::InvalidInput: return tr("The service rejected the request as invalid (HTTP %1).").arg(httpStatus);
    case ErrorKind::Authentication: return tr("The service did not accept your credentials.");
    case ErrorKind::Permission: return tr("Permission denied: this account may not export the consistency results.");
    case ErrorKind::NotFound: return tr("The service or the requested item was not found.");
    case ErrorKind::Throttled: return tr("The service is busy: too many requests.");
    case ErrorKind::Server: return tr("The service had a problem of its own (HTTP %1).").arg(httpStatus);
    case ErrorKind::Network: return tr("The connection to the service failed.");
    case ErrorKind::Tls: return tr("The secure connection could not be verified.");
    case ErrorKind::Timeout: return tr("The service did not answer in time.");
    case ErrorKind::Cancelled: return tr("The request was cancelled.");
    case ErrorKind::Redirected: return tr("The service redirected the request; redirects are not followed.");
    case ErrorKind::LocalFile: return tr("The file could not be saved.");
    case ErrorKind::Credentials: return tr("The credentials are incomplete or unavailable.");
    }
    return {};
}

QString ErrorMapper::sslProblemText(const QSslError &error)
{
    switch (error.error()) {
    case QSslError::SelfSignedCertificate:
        return tr("the certificate is self-signed and not trusted");
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return tr("the certificate was issued by an authority this computer does not trust");
    case QSslError::CertificateExpired:
        return tr("the certificate has expired");
    case QSslError::CertificateNotYetValid:
        return tr("the certificate is not valid yet (or this computer's clock is wrong)");
    case QSslError::HostNameMismatch:
        return tr("the certificate was issued for a different host name");
    case QSslError::CertificateRevoked:
        return tr("the certificate has been revoked");
    case QSslError::NoPeerCertificate:
        return tr("the server sent no certificate");
    default:
        return error.errorString();
    }
}

void ErrorMapper::mapTransport(const ReplyFacts &facts, ApiError *e)
{
    const QString host = hostOf(facts.url);
    e->technicalDetail = facts.networkErrorString;
    e->kind = ErrorKind::Network;
    if (facts.usingProxy && facts.httpStatus == 0) {
        // Through a proxy, Qt reports the proxy's own socket errors as if they were the server's.
        switch (facts.networkError) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::ProxyConnectionRefusedError:
            e->headline = tr("The proxy refused the connection. Check the proxy address and port.");
            return;
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::ProxyNotFoundError:
            e->headline = tr("The proxy's host name could not be found.");
            return;
        default:
            break;
        }
    }
    switch (facts.networkError) {
    case QNetworkReply::ConnectionRefusedError:
        e->headline = tr("The connection to %1 was refused. Check the endpoint and port, and that no "
                         "firewall blocks it.").arg(host);
        break;
    case QNetworkReply::HostNotFoundError:
        e->headline = tr("The host name %1 could not be found. Check the endpoint and your network or "
                         "DNS settings.").arg(facts.url.host());
        break;
    case QNetworkReply::RemoteHostClosedError:
        e->headline = tr("%1 closed the connection before answering.").arg(host);
        break;
    case QNetworkReply::TimeoutError:
        e->kind = ErrorKind::Timeout;
        e->headline = tr("The connection to %1 timed out.").arg(host);
        break;
    case QNetworkReply::OperationCanceledError:
        e->kind = ErrorKind::Cancelled;
        e->headline = headlineFor(ErrorKind::Cancelled);
        break;
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
        e->headline = tr("The network is not available.");
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
        e->headline = tr("The proxy refused the connection.");
        break;
    case QNetworkReply::ProxyConnectionClosedError:
        e->headline = tr("The proxy closed the connection unexpectedly.");
        break;
    case QNetworkReply::ProxyNotFoundError:
        e->headline = tr("The proxy's host name could not be found.");
        break;
    case QNetworkReply::ProxyTimeoutError:
        e->headline = tr("The proxy did not answer in time.");
        break;
    case QNetworkReply::ProxyAuthenticationRequiredError:
        e->headline = tr("The proxy requires a user name and password, or rejected the ones given.");
        break;
    case QNetworkReply::UnknownProxyError:
        e->headline = tr("The proxy failed to pass the request on.");
        break;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        e->kind = ErrorKind::Redirected;
        e->headline = headlineFor(ErrorKind::Redirected);
        break;
    case QNetworkReply::ProtocolUnknownError:
        e->headline = tr("The address %1 does not use a supported protocol (use https).").arg(facts.url.toDisplayString());
        break;
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure:
        e->headline = tr("The answer from %1 was not valid HTTP.").arg(host);
        break;
    default:
        e->headline = tr("The connection to %1 failed.").arg(host);
        break;
    }
}

void ErrorMapper::mapHttp(const ReplyFacts &facts, ApiError *e)
{
    const QByteArray contentType = headerValue(facts.headers, "Content-Type");
    const ParsedErrorBody parsed = ErrorParser::parse(facts.body, contentType, facts.bodyTruncated);
    if (parsed.truncated) {
        e->technicalDetail = tr("The answer's body was longer than %1 MiB and was cut: only its first %1 MiB "
                                "was kept and read.").arg(ErrorParser::kMaxBodyBytes / (1024 * 1024));
    }
    e->errorCode = parsed.errorCode;
    e->errorMsgRaw = parsed.errorMsgRaw;
    e->errorMsg = parsed.errorMsg;
    e->errorParam = parsed.errorParam;
    e->details = parsed.details;
    e->encodedAuthorizationMessage = parsed.encodedAuthorizationMessage;
    e->gatewayCanonicalRequest = parsed.gatewayCanonicalRequest;
    if (e->requestId.isEmpty())
        e->requestId = parsed.requestId;
    if (!e->clockSkewSeconds)
        e->clockSkewSeconds = parsed.signatureSkewSeconds;
    e->kind = kindFor(facts.httpStatus, parsed.errorCode);
    if (e->kind == ErrorKind::Redirected) {
        e->redirectLocation = QString::fromUtf8(headerValue(facts.headers, "Location"));
        e->headline = e->redirectLocation.isEmpty()
            ? headlineFor(ErrorKind::Redirected)
            : tr("The service redirected the request to %1; redirects are not followed.").arg(e->redirectLocation);
        return;
    }
    e->headline = headlineFor(e->kind, facts.httpStatus);
}

void ErrorMapper::addHint(ApiError *e)
{
    e->hint = ErrorHints::hintFor(e->errorCode, e->errorMsgRaw, e->clockSkewSeconds);
    if (!e->hint.isEmpty())
        return;
    const bool clockFarOff = e->clockSkewSeconds
        && std::llabs(*e->clockSkewSeconds) > ErrorHints::kMaxClockSkewSeconds;
    if (e->kind == ErrorKind::Authentication && clockFarOff)
        e->hint = ErrorHints::clockHint(e->clockSkewSeconds);
    else if (e->kind == ErrorKind::Permission && e->errorCode.isEmpty())
        e->hint = ErrorHints::permissionHint();
    else if (e->kind == ErrorKind::Tls)
        e->hint = ErrorHints::tlsHint();
}

ApiError ErrorMapper::map(const ReplyFacts &facts)
{
    ApiError e;
    e.httpStatus = facts.httpStatus;
    e.bodyExcerpt = facts.body.left(ErrorParser::kMaxBodyBytes);
    e.requestId = UntrustedText::fromUtf8(headerValue(facts.headers, "X-Request-Id")).trimmed();
    const QByteArray date = headerValue(facts.headers, "Date");
    e.serverDate = HttpDate::parse(date);
    e.clockSkewSeconds = HttpDate::clockSkew(date, facts.localNowUtc);

    const bool tlsFailure = !facts.sslErrors.isEmpty()
        || facts.networkError == QNetworkReply::SslHandshakeFailedError;
    if (facts.cancelled) {
        e.kind = ErrorKind::Cancelled;
        e.headline = headlineFor(ErrorKind::Cancelled);
    } else if (facts.timedOut != ReplyFacts::Timeout::None) {
        e.kind = ErrorKind::Timeout;
        const QString limit = ErrorHints::durationText(facts.timeoutSeconds);
        switch (facts.timedOut) {
        case ReplyFacts::Timeout::Connect:
            e.headline = tr("No answer from %1 within %2.").arg(hostOf(facts.url), limit);
            break;
        case ReplyFacts::Timeout::Total:
            e.headline = tr("The exchange with %1 was stopped: it took longer than the limit of %2 for the "
                            "whole exchange.").arg(hostOf(facts.url), limit);
            break;
        default:
            e.headline = tr("The service stopped sending data for %1.").arg(limit);
            break;
        }
    } else if (tlsFailure) {
        e.kind = ErrorKind::Tls;
        QStringList problems;
        for (const QSslError &sslError : facts.sslErrors) {
            const QString subject = sslError.certificate().subjectDisplayName();
            problems << (subject.isEmpty() ? sslProblemText(sslError)
                                           : tr("%1 (certificate: %2)").arg(sslProblemText(sslError), subject));
        }
        problems.removeDuplicates();
        e.headline = problems.isEmpty()
            ? tr("The secure connection to %1 failed.").arg(hostOf(facts.url))
            : tr("The secure connection to %1 could not be verified: %2.").arg(hostOf(facts.url), problems.constFirst());
        problems << facts.networkErrorString;
        problems.removeAll(QString());
        e.technicalDetail = problems.join(u'\n');
    } else if (const qint64 expected = cutBodyExpectedBytes(facts); expected >= 0) {
        e.kind = ErrorKind::Network;  // nothing is saved: ApiCall discards the file
        const qint64 received = std::max<qint64>(0, facts.bodyBytesReceived);
        e.headline = expected > 0
            ? tr("The connection closed before the whole answer arrived (%1 of %2 bytes).").arg(received).arg(expected)
            : tr("The connection closed before the whole answer arrived (%1 bytes received).").arg(received);
        e.technicalDetail = facts.networkErrorString;
    } else if (facts.httpStatus >= 300) {
        mapHttp(facts, &e);
    } else if (facts.networkError != QNetworkReply::NoError) {
        mapTransport(facts, &e);
    } else if (facts.httpStatus == 0) {
        e.kind = ErrorKind::Network;  // no error and no status: nothing arrived at all
        e.headline = tr("The connection to %1 failed.").arg(hostOf(facts.url));
    }
    if (e.isError())
        addHint(&e);
    // Parsed and matched on the text as sent; kept only neutralised (docs/ARCHITECTURE.md "Text from the network").
    return neutralised(std::move(e));
}

ApiError ErrorMapper::invalidInput(const QString &headline, const QStringList &problems)
{
    ApiError e;
    e.kind = ErrorKind::InvalidInput;
    e.headline = headline;
    e.technicalDetail = problems.join(u'\n');
    return e;
}

ApiError ErrorMapper::credentials(const QString &reason)
{
    ApiError e;
    e.kind = ErrorKind::Credentials;
    e.headline = reason.isEmpty() ? headlineFor(ErrorKind::Credentials) : reason;
    return e;
}

ApiError ErrorMapper::localFile(const QString &path, const QString &reason)
{
    ApiError e;
    e.kind = ErrorKind::LocalFile;
    e.headline = tr("The file %1 could not be saved.").arg(path);
    e.technicalDetail = reason;
    return e;
}

ApiError ErrorMapper::fileExists(const QString &path)
{
    ApiError e;
    e.kind = ErrorKind::LocalFile;
    e.headline = tr("%1 already exists and was not overwritten.").arg(path);
    e.hint = tr("Choose another file name or folder, or allow overwriting.");
    return e;
}

ApiError ErrorMapper::badProxy(const QString &proxyUrl)
{
    ApiError e;
    e.kind = ErrorKind::Network;
    e.headline = tr("The proxy address %1 is not valid. Use http://host:port, socks5://host:port or \"none\".")
                     .arg(QUrl(proxyUrl).toDisplayString(QUrl::RemovePassword));
    return e;
}

ApiError ErrorMapper::badCaFile(const QString &path)
{
    ApiError e;
    e.kind = ErrorKind::Tls;
    e.headline = tr("The CA file %1 could not be read or holds no PEM certificate.").arg(path);
    return e;
}

} // namespace smsc
