// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace smsc {

struct ApiResult;
struct HttpRequest;
struct HttpTraceEvent;
struct ReplyFacts;

/*!
 * The debug-trace seam of one ApiCall: turns its steps into HttpTraceEvent values for the
 * HttpTraceHub on its network manager, and does nothing when there is none (docs/ARCHITECTURE.md
 * "The debug trace").
 */
class ApiCallTrace final
{
public:
    explicit ApiCallTrace(QNetworkAccessManager *network);

    //! Attempt `attempt` is on the wire: the request as sent, and the proxy chosen for `url`.
    void request(int attempt, const QUrl &url, const HttpRequest &request, const QNetworkRequest &sent);
    //! Attempt `attempt` ended: its answer, or its failure when no answer arrived.
    void answer(int attempt, const QUrl &url, const ReplyFacts &facts, const ApiResult &result,
                const QNetworkReply &reply, qint64 bodyBytes);
    //! Attempt `attempt` could not connect; the next endpoint is tried.
    void failover(int attempt, const QUrl &url);
    //! Attempt `nextAttempt` follows after `delayMs` because of `failure`.
    void retry(int nextAttempt, const QUrl &url, int delayMs, const QString &failure);

private:
    void record(const HttpTraceEvent &event) const;

    QPointer<QNetworkAccessManager> m_network;
    QElapsedTimer m_attemptClock;  // since the attempt was sent: the trace's timing
    QByteArray m_method;
};

} // namespace smsc
