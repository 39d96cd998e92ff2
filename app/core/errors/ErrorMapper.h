// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/ApiError.h"
#include "http/HttpRequest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QUrl>

namespace smsc {

//! Everything observed about one exchange, gathered by ApiCall (or a test) for ErrorMapper.
struct ReplyFacts
{
    enum class Timeout { None, Connect, Transfer, Total };  //!< Total: TransportOptions::maxTimeSeconds

    QUrl url;                                   //!< what was requested (host named in messages)
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;                 //!< Qt's errorString(): technical detail only
    int httpStatus = 0;                         //!< 0 when no HTTP answer arrived
    HeaderList headers;                         //!< response headers as received
    QByteArray body;                            //!< body excerpt, at most 1 MiB
    qint64 bodyBytesReceived = -1;              //!< whole body size as received; -1 when not counted
    bool bodyTruncated = false;                 //!< `body` is only the first part of a longer body
    QList<QSslError> sslErrors;
    Timeout timedOut = Timeout::None;
    int timeoutSeconds = 0;                     //!< the limit that was hit
    bool cancelled = false;                     //!< the user cancelled (never confused with a timeout)
    bool usingProxy = false;                    //!< an explicit or system proxy was in the way
    QDateTime localNowUtc;                      //!< local clock when the answer arrived
};

/*!
 * THE one place that turns what happened on the wire into an ApiError: kind, translated
 * headline, parsed body fields, request id, server date, clock skew and hint.
 */
class ErrorMapper final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::ErrorMapper)
public:
    //! Maps one exchange; kind None when it succeeded (2xx without a transport error).
    static ApiError map(const ReplyFacts &facts);

    //! Rows failed validation: every problem line goes into technicalDetail; nothing was sent.
    static ApiError invalidInput(const QString &headline, const QStringList &problems);
    //! Credentials are incomplete or the keychain could not give them.
    static ApiError credentials(const QString &reason);
    //! The output file could not be created, written or committed (names the path).
    static ApiError localFile(const QString &path, const QString &reason);
    //! The target file exists and overwriting was not allowed.
    static ApiError fileExists(const QString &path);
    //! The configured proxy address cannot be used (shown without its password).
    static ApiError badProxy(const QString &proxyUrl);
    //! The configured CA file cannot be read or holds no PEM certificate.
    static ApiError badCaFile(const QString &path);

    //! Kind for an HTTP status and (when present) a service error code; the code wins.
    static ErrorKind kindFor(int httpStatus, const QString &errorCode);
    //! Plain translated words for a kind (the headline when nothing more specific is known).
    static QString headlineFor(ErrorKind kind, int httpStatus = 0);
    //! Translated name of a certificate problem, e.g. "the certificate has expired".
    static QString sslProblemText(const QSslError &error);
private:
    static void mapTransport(const ReplyFacts &facts, ApiError *error);
    static void mapHttp(const ReplyFacts &facts, ApiError *error);
    static void addHint(ApiError *error);
};

} // namespace smsc
