// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/ApiError.h"
#include "http/ApiCallTrace.h"
#include "http/ApiResult.h"
#include "http/HttpRequest.h"
#include "profile/Profile.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace smsc {

class DownloadFile;
struct ReplyFacts;

/*!
 * One HTTP exchange (with optional retries) on an injected QNetworkAccessManager.
 * Owns its reply; connect and idle timeouts; cancel() distinct from a timeout; TLS errors are
 * reported, never ignored; redirects reported, never followed; opt-in retries follow RetryPolicy.
 * Emits finished() exactly once.
 */
class ApiCall final : public QObject
{
    Q_OBJECT
public:
    //! Returns the request to send, freshly signed: called once per attempt.
    using RequestFactory = std::function<HttpRequest()>;
    //! Creates the file a 2xx body streams into (names may depend on the headers); null keeps it in memory.
    using SinkFactory = std::function<std::unique_ptr<DownloadFile>(const HeaderList &headers)>;
    //! Called when an attempt could not connect at all (no HTTP answer); returns true when the
    //! caller switched its factory to another endpoint, which is then tried at once.
    using ConnectFailover = std::function<bool()>;

    static constexpr qint64 kErrorExcerptBytes = 1024 * 1024;
    static constexpr qint64 kReadBufferBytes = 256 * 1024;

    ApiCall(QNetworkAccessManager *network, RequestFactory factory, TransportOptions options,
            QObject *parent = nullptr);
    ~ApiCall() override;

    void setSinkFactory(SinkFactory factory);          //!< stream 2xx bodies to disk
    void setMaxBodyBytes(qint64 bytes);                //!< in-memory 2xx cap (default 1 MiB)
    void setClock(std::function<QDateTime()> utcNow); //!< for clock-skew measurement in tests
    void setBaseRetryDelayMs(int ms);                  //!< first backoff step (default 1000 ms)
    void setConnectFailover(ConnectFailover failover); //!< next endpoint after a connection failure

    void start();   //!< sends the first attempt (asynchronously reports every outcome)
    void cancel();  //!< aborts; finished() reports kind Cancelled
    bool isRunning() const;

signals:
    void progress(qint64 bytesReceived, qint64 bytesTotal);  //!< total -1 when unknown
    void requestSent();                                      //!< on the wire; the answer is awaited
    void responseStarted(int httpStatus);                    //!< headers arrived
    void retrying(int nextAttempt, int delayMs, const smsc::ApiError &reason);
    void finished(const smsc::ApiResult &result);

private:
    void sendAttempt();
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void onSslErrors(const QList<QSslError> &errors);
    void onConnectTimeout();
    void onTransferTimeout();
    void onDeadline();
    void markActivity();
    bool prepareSink();
    bool flushToSink(const QByteArray &bytes);
    void finishWith(ApiResult result);
    void resetAttempt();

    QPointer<QNetworkAccessManager> m_network;
    RequestFactory m_factory;
    SinkFactory m_sinkFactory;
    ConnectFailover m_failover;
    TransportOptions m_options;
    std::function<QDateTime()> m_clock;
    QNetworkReply *m_reply = nullptr;
    std::unique_ptr<DownloadFile> m_sink;
    QTimer m_connectTimer;
    QTimer m_transferTimer;
    QTimer m_retryTimer;
    QTimer m_deadlineTimer;  // TransportOptions::maxTimeSeconds, across every attempt
    QUrl m_url;
    QByteArray m_body;
    QByteArray m_sniff;  // first bytes of a 2xx body, held back to spot "OK" / "{}" answers
    QList<QSslError> m_sslErrors;
    ApiCallTrace m_trace;
    qint64 m_maxBodyBytes = 1024 * 1024;
    qint64 m_received = 0;
    int m_baseRetryDelayMs = 1000;
    int m_attempt = 0;
    int m_failovers = 0;  // attempts that went to the next endpoint: not retries
    int m_status = 0;
    bool m_bodyTruncated = false;
    bool m_connected = false;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_sinkFailed = false;
    int m_timedOut = 0;  // ReplyFacts::Timeout
    bool m_deadlinePassed = false;
};

} // namespace smsc

Q_DECLARE_METATYPE(smsc::ApiResult)
