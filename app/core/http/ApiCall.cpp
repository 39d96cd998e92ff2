// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/ApiCall.h"

#include "errors/ErrorMapper.h"
#include "http/DownloadFile.h"
#include "http/HttpTraceHub.h"
#include "http/RetryPolicy.h"
#include "http/transport/TransportProxyFactory.h"
#include "http/transport/TransportSetup.h"
#include "util/UntrustedText.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCipher>
#include <QSslConfiguration>

#include <algorithm>
#include <chrono>
#include <memory>

namespace smsc {

namespace {

// A 2xx body this short is held in memory first: the service may answer "OK" or "{}" instead of a file.
constexpr qsizetype kSniffBytes = 64;
constexpr qint64 kReadChunk = 64 * 1024;

bool isEmptyAnswer(const QByteArray &body)
{
    QByteArray compact = body.simplified();
    compact.replace(' ', QByteArray());
    return compact.isEmpty() || compact.compare("OK", Qt::CaseInsensitive) == 0
        || compact.compare("\"OK\"", Qt::CaseInsensitive) == 0 || compact == "{}";
}

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2: return QStringLiteral("TLSv1.2");
    case QSsl::TlsV1_3: return QStringLiteral("TLSv1.3");
    case QSsl::DtlsV1_2: return QStringLiteral("DTLSv1.2");
    default: return {};
    }
}

QString proxyName(const QNetworkProxy &proxy)
{
    const QString scheme = proxy.type() == QNetworkProxy::Socks5Proxy ? QStringLiteral("socks5") : QStringLiteral("http");
    return scheme + QStringLiteral("://") + proxy.hostName() + QLatin1Char(':') + QString::number(proxy.port());
}

} // namespace

QByteArray ApiResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ApiCall::ApiCall(QNetworkAccessManager *network, RequestFactory factory, TransportOptions options,
                 QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_factory(std::move(factory))
    , m_options(std::move(options))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    for (QTimer *timer : {&m_connectTimer, &m_transferTimer, &m_retryTimer, &m_deadlineTimer})
        timer->setSingleShot(true);
    m_deadlineTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_connectTimer, &QTimer::timeout, this, &ApiCall::onConnectTimeout);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &ApiCall::onDeadline);
    connect(&m_transferTimer, &QTimer::timeout, this, &ApiCall::onTransferTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::sendAttempt);
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        delete m_reply;
    }
}

void ApiCall::setSinkFactory(SinkFactory factory) { m_sinkFactory = std::move(factory); }
void ApiCall::setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
void ApiCall::setClock(std::function<QDateTime()> utcNow) { m_clock = std::move(utcNow); }
void ApiCall::setBaseRetryDelayMs(int ms) { m_baseRetryDelayMs = std::max(0, ms); }
void ApiCall::setConnectFailover(ConnectFailover failover) { m_failover = std::move(failover); }

bool ApiCall::couldNotConnect(const ReplyFacts &facts)
{
    if (facts.cancelled || facts.httpStatus != 0 || !facts.sslErrors.isEmpty())
        return false;
    if (facts.timedOut == ReplyFacts::Timeout::Connect)
        return true;
    switch (facts.networkError) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return true;
    default:
        return false;
    }
}

bool ApiCall::isRunning() const
{
    return !m_finished && (m_reply || m_retryTimer.isActive());
}

void ApiCall::start()
{
    if (m_attempt > 0 || m_finished || m_cancelled)
        return;
    if (m_options.maxTimeSeconds > 0)
        m_deadlineTimer.start(std::chrono::seconds(m_options.maxTimeSeconds));
    sendAttempt();
}

void ApiCall::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort();  // onFinished() reports the cancel
        return;
    }
    m_retryTimer.stop();
    ReplyFacts facts;
    facts.url = m_url;
    facts.cancelled = true;
    facts.localNowUtc = m_clock();
    ApiResult result;
    result.error = ErrorMapper::map(facts);
    result.attempts = m_attempt;
    QMetaObject::invokeMethod(this, [this, result] { finishWith(result); }, Qt::QueuedConnection);
}

void ApiCall::resetAttempt()
{
    m_connectTimer.stop();
    m_transferTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    if (m_sink)
        m_sink->discard();
    m_sink.reset();
    m_body.clear();
    m_sniff.clear();
    m_sslErrors.clear();
    m_received = 0;
    m_status = 0;
    m_bodyTruncated = false;
    m_connected = false;
    m_sinkFailed = false;
    m_timedOut = 0;
}

void ApiCall::sendAttempt()
{
    resetAttempt();
    ++m_attempt;
    auto failEarly = [this](const ApiError &error) {
        ApiResult result;
        result.error = error;
        result.attempts = m_attempt;
        QMetaObject::invokeMethod(this, [this, result] { finishWith(result); }, Qt::QueuedConnection);
    };
    if (!m_network) {
        failEarly(ErrorMapper::map(ReplyFacts{}));
        return;
    }
    std::optional<QNetworkProxy> configured;
    if (!m_options.proxyUrl.isEmpty()) {
        configured = TransportSetup::proxyFor(m_options.proxyUrl);
        if (!configured) {
            failEarly(ErrorMapper::badProxy(m_options.proxyUrl));
            return;
        }
    }
    // The manager is per profile: every call shares its proxy. Plain HTTP that would go direct goes
    // through the manager's tunnel (docs/PLATFORM.md "Network replies").
    TransportProxyFactory::install(m_network, configured);
    const HttpRequest request = m_factory();
    bool caFileOk = true;
    const QNetworkRequest nr = TransportSetup::networkRequest(request, m_options, &caFileOk);
    m_url = nr.url();
    if (!caFileOk) {
        failEarly(ErrorMapper::badCaFile(m_options.caFile));
        return;
    }
    m_reply = request.method == "GET" && request.body.isEmpty()
        ? m_network->get(nr)
        : m_network->sendCustomRequest(nr, request.method, request.body);
    m_reply->setReadBufferSize(kReadBufferBytes);
    traceRequest(request, nr);
    // Qt's HTTP thread drops a read-buffer limit set before it picked the request up (a POST starts
    // queued): set it again once the request is on the wire, or a fast server fills memory with the body.
    // Qt 6.4 does not always emit requestSent() for a request with a body; its last upload progress
    // says the same. Either one, once per attempt, tells "waiting for the answer".
    auto announced = std::make_shared<bool>(false);
    auto announceSent = [this, announced] {
        if (!std::exchange(*announced, true))
            emit requestSent();
    };
    connect(m_reply, &QNetworkReply::requestSent, this, [this, announceSent] {
        if (m_reply)
            m_reply->setReadBufferSize(kReadBufferBytes);
        announceSent();
    });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ApiCall::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, &ApiCall::onSslErrors);
    connect(m_reply, &QNetworkReply::encrypted, this, &ApiCall::markActivity);
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this, announceSent](qint64 sent, qint64 total) {
        if (sent > 0)
            markActivity();
        if (total > 0 && sent == total)
            announceSent();
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        markActivity();
        emit progress(received, total);
    });
    m_connectTimer.start(std::max(1, m_options.connectTimeoutSeconds) * 1000);
}

void ApiCall::markActivity()
{
    m_connectTimer.stop();
    m_connected = true;
    m_transferTimer.start(std::max(1, m_options.transferTimeoutSeconds) * 1000);
}

void ApiCall::onConnectTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = int(ReplyFacts::Timeout::Connect);
    m_reply->abort();
}

void ApiCall::onTransferTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = int(ReplyFacts::Timeout::Transfer);
    m_reply->abort();
}

void ApiCall::onDeadline()
{
    m_deadlinePassed = true;
    if (m_reply && m_reply->isFinished())
        return;  // its finished() is on its way: the answer came in time
    if (m_reply) {
        m_timedOut = int(ReplyFacts::Timeout::Total);
        m_reply->abort();  // onFinished() reports it
        return;
    }
    if (m_finished || !m_retryTimer.isActive())
        return;
    m_retryTimer.stop();  // waiting to retry: the limit ends the exchange here
    ReplyFacts facts;
    facts.url = m_url;
    facts.timedOut = ReplyFacts::Timeout::Total;
    facts.timeoutSeconds = m_options.maxTimeSeconds;
    facts.localNowUtc = m_clock();
    ApiResult result;
    result.error = ErrorMapper::map(facts);
    result.attempts = m_attempt;
    finishWith(result);
}

void ApiCall::onSslErrors(const QList<QSslError> &errors)
{
    m_sslErrors += errors;  // reported, never ignored: the handshake fails
}

void ApiCall::onMetaData()
{
    markActivity();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 0 && status != m_status) {
        m_status = status;
        emit responseStarted(status);
    }
}

bool ApiCall::prepareSink()
{
    m_sink = m_sinkFactory(m_reply ? m_reply->rawHeaderPairs() : HeaderList{});
    if (!m_sink)
        return true;
    if (!m_sink->open().ok()) {
        m_sinkFailed = true;
        return false;
    }
    return true;
}

bool ApiCall::flushToSink(const QByteArray &bytes)
{
    if (m_sink->write(bytes).ok())
        return true;
    m_sinkFailed = true;
    return false;
}

void ApiCall::onReadyRead()
{
    if (!m_reply)
        return;
    markActivity();
    if (m_status == 0)
        m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool success = m_status >= 200 && m_status < 300;
    const bool toDisk = success && m_sinkFactory;
    while (m_reply && m_reply->bytesAvailable() > 0) {
        const QByteArray chunk = m_reply->read(kReadChunk);
        if (chunk.isEmpty())
            break;
        m_received += chunk.size();
        if (toDisk && !m_sink && m_sniff.size() + chunk.size() <= kSniffBytes) {
            m_sniff += chunk;
            continue;
        }
        if (toDisk && !m_sink && !m_sinkFailed) {
            const QByteArray held = std::exchange(m_sniff, QByteArray());
            if (!prepareSink() || (m_sink && !flushToSink(held))) {
                m_reply->abort();
                return;
            }
        }
        if (m_sink) {
            if (!flushToSink(chunk)) {
                m_reply->abort();
                return;
            }
            continue;
        }
        const qint64 cap = success ? m_maxBodyBytes : kErrorExcerptBytes;
        const qint64 room = cap - m_body.size();
        if (room < chunk.size())
            m_bodyTruncated = true;  // keep reading: memory stays flat, the connection stays clean
        if (room > 0)
            m_body += chunk.left(room);
    }
}

void ApiCall::onFinished()
{
    if (!m_reply)
        return;
    m_connectTimer.stop();
    m_transferTimer.stop();
    if (!m_sinkFailed)
        onReadyRead();
    if (!m_reply)
        return;

    ReplyFacts facts;
    facts.url = m_url;
    facts.networkError = m_reply->error();
    facts.networkErrorString = m_reply->errorString();
    facts.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    facts.headers = m_reply->rawHeaderPairs();
    facts.body = m_body;
    facts.bodyBytesReceived = m_received;
    facts.bodyTruncated = m_bodyTruncated;
    facts.sslErrors = m_sslErrors;
    facts.timedOut = ReplyFacts::Timeout(m_timedOut);
    switch (facts.timedOut) {
    case ReplyFacts::Timeout::Connect: facts.timeoutSeconds = m_options.connectTimeoutSeconds; break;
    case ReplyFacts::Timeout::Total: facts.timeoutSeconds = m_options.maxTimeSeconds; break;
    default: facts.timeoutSeconds = m_options.transferTimeoutSeconds; break;
    }
    facts.cancelled = m_cancelled;
    facts.usingProxy = !m_options.proxyUrl.isEmpty() && m_options.proxyUrl != u"none";
    facts.localNowUtc = m_clock();

    ApiResult result;
    result.httpStatus = facts.httpStatus;
    result.headers = facts.headers;
    result.bytesReceived = m_received;
    result.attempts = m_attempt;
    result.bodyTruncated = m_bodyTruncated;
    if (m_sinkFailed && !m_cancelled) {
        result.error = m_sink ? m_sink->error() : ErrorMapper::localFile(QString(), QString());
        result.error.httpStatus = facts.httpStatus;
    } else {
        result.error = ErrorMapper::map(facts);
    }

    if (!result.error.isError() && m_sinkFactory) {
        if (!m_sink && isEmptyAnswer(m_sniff)) {
            result.noFile = true;
            result.body = m_sniff;
        } else {
            if (!m_sink && (!prepareSink() || (m_sink && !flushToSink(m_sniff))))
                result.error = m_sink ? m_sink->error() : ApiError{};
            if (m_sink && !result.error.isError()) {
                if (m_sink->commit().ok())
                    result.savedPath = m_sink->path();
                else
                    result.error = m_sink->error();
            }
            if (!m_sink && !result.error.isError())
                result.body = m_sniff;  // the factory chose to keep this body in memory
        }
    } else {
        result.body = m_body;
    }
    if (result.error.isError() && m_sink)
        m_sink->discard();

    traceAnswer(facts, result);

    // Another endpoint of the same service (docs/SERVICE.md "Using your SDK set-up"): only when this
    // one could not be connected, so nothing was sent and nothing answered.
    if (result.error.isError() && m_failover && !m_cancelled && !m_deadlinePassed && !m_sinkFailed
        && couldNotConnect(facts) && m_failover()) {
        ++m_failovers;
        HttpTraceEvent failover;
        failover.kind = HttpTraceEvent::Kind::Failover;
        failover.attempt = m_attempt;
        failover.url = m_url;
        trace(failover);
        resetAttempt();
        QMetaObject::invokeMethod(this, &ApiCall::sendAttempt, Qt::QueuedConnection);
        return;
    }
    const bool retry = result.error.isError() && m_options.retryTransient && !m_cancelled && !m_deadlinePassed
        && m_attempt - m_failovers < std::max(1, m_options.maxAttempts) && RetryPolicy::isTransient(result.error);
    if (retry) {
        const int delay = RetryPolicy::delayMs(m_attempt, result.header("Retry-After"), m_baseRetryDelayMs, m_clock());
        HttpTraceEvent next;
        next.kind = HttpTraceEvent::Kind::Retry;
        next.attempt = m_attempt + 1;
        next.url = m_url;
        next.retryDelayMs = delay;
        next.failure = result.error.headline;
        trace(next);
        resetAttempt();
        m_retryTimer.start(delay);
        // Announced once the wait has begun, so a listener may cancel() from here.
        emit retrying(m_attempt + 1, delay, result.error);
        return;
    }
    finishWith(result);
}

void ApiCall::trace(const HttpTraceEvent &event) const
{
    if (HttpTraceHub *hub = HttpTraceHub::of(m_network))
        hub->record(event);
}

void ApiCall::traceRequest(const HttpRequest &request, const QNetworkRequest &sent)
{
    m_attemptClock.start();
    m_method = request.method;
    if (!HttpTraceHub::of(m_network))
        return;
    HttpTraceEvent event;
    event.kind = HttpTraceEvent::Kind::Request;
    event.attempt = m_attempt;
    event.method = request.method;
    event.url = m_url;
    for (const QByteArray &name : sent.rawHeaderList())
        event.headers.append({name, sent.rawHeader(name)});
    event.bodyBytes = request.body.size();
    if (const auto *factory = dynamic_cast<const TransportProxyFactory *>(m_network->proxyFactory())) {
        const QNetworkProxy proxy = factory->chosenFor(QNetworkProxyQuery(m_url)).constFirst();
        if (proxy.type() != QNetworkProxy::NoProxy) {
            event.proxySource = factory->isConfigured() ? HttpTraceEvent::ProxySource::Configured
                                                        : HttpTraceEvent::ProxySource::System;
            event.proxy = proxyName(proxy);
        }
    }
    trace(event);
}

void ApiCall::traceAnswer(const ReplyFacts &facts, const ApiResult &result)
{
    if (!HttpTraceHub::of(m_network))
        return;
    HttpTraceEvent event;
    event.kind = facts.httpStatus != 0 ? HttpTraceEvent::Kind::Response : HttpTraceEvent::Kind::Failed;
    event.attempt = m_attempt;
    event.method = m_method;
    event.url = m_url;
    event.headers = facts.headers;
    event.bodyBytes = m_received;
    event.httpStatus = facts.httpStatus;
    event.reasonPhrase = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    event.elapsedMs = m_attemptClock.isValid() ? m_attemptClock.elapsed() : 0;
    event.requestId = UntrustedText::fromUtf8(result.header("X-Request-Id")).trimmed();
    if (m_url.scheme() == u"https") {
        const QSslConfiguration tls = m_reply->sslConfiguration();
        event.tlsProtocol = protocolName(tls.sessionProtocol());
        if (!event.tlsProtocol.isEmpty())
            event.tlsCipher = tls.sessionCipher().name();
    }
    if (facts.httpStatus >= 300 && facts.httpStatus < 400)
        event.location = UntrustedText::fromUtf8(result.header("Location"));
    if (event.kind == HttpTraceEvent::Kind::Failed || result.error.isError())
        event.failure = result.error.headline;
    trace(event);
}

void ApiCall::finishWith(ApiResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_connectTimer.stop();
    m_transferTimer.stop();
    m_retryTimer.stop();
    m_deadlineTimer.stop();
    result.requestId = result.error.requestId.isEmpty()
        ? UntrustedText::fromUtf8(result.header("X-Request-Id")).trimmed()
        : result.error.requestId;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_sink.reset();
    emit finished(result);
}

} // namespace smsc
