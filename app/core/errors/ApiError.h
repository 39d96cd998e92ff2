// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace smsc {

//! What went wrong, in the categories the user acts on (each has its own message).
enum class ErrorKind {
    None,
    InvalidInput,    //!< 400 or local validation: fix the request
    Authentication,  //!< 401, APIGW.0301/0303, SMS.0202/0205: the key, token or clock
    Permission,      //!< 403: IAM policy
    NotFound,        //!< 404 / APIGW.0101
    Throttled,       //!< 429 / APIGW.0308
    Server,          //!< 5xx, or an unexpected answer
    Network,         //!< connection refused/reset/DNS/proxy
    Tls,             //!< certificate or handshake problem (never ignored)
    Timeout,         //!< connect or transfer timeout (not a cancel)
    Cancelled,       //!< the user cancelled
    Redirected,      //!< a 3xx answer; redirects are reported, never followed
    LocalFile,       //!< the output file could not be written
    Credentials,     //!< secrets missing or the keychain unavailable
};

QString errorKindId(ErrorKind kind);  //!< stable id for JSON/reports, e.g. "permission"
//! The kind of an errorKindId(); Server for an id this version does not know (still a failure).
ErrorKind errorKindFromId(const QString &id);

struct ErrorDetail
{
    QString code;
    QString message;
    friend bool operator==(const ErrorDetail &, const ErrorDetail &) = default;
};

//! One structured failure: everything support staff need, parsed in exactly one place (ErrorMapper).
struct ApiError
{
    ErrorKind kind = ErrorKind::None;
    int httpStatus = 0;               //!< 0 when no HTTP answer arrived
    QString errorCode;                //!< e.g. SMS.0204, APIGW.0301
    QString errorMsgRaw;              //!< as sent, placeholders intact
    QString errorMsg;                 //!< with error_param substituted
    QStringList errorParam;
    QList<ErrorDetail> details;
    QString encodedAuthorizationMessage;
    QString requestId;                //!< X-Request-Id header, else body request_id
    QDateTime serverDate;             //!< the response's Date header (UTC), if any
    std::optional<qint64> clockSkewSeconds;  //!< local clock minus server clock
    QString gatewayCanonicalRequest;  //!< APIGW.0303 echo, '|' turned back into newlines
    QString redirectLocation;         //!< for Redirected
    QString headline;                 //!< translated one-line summary in plain words
    QString hint;                     //!< translated advice from ErrorHints, may be empty
    QString technicalDetail;          //!< network/TLS/file detail (already translated or verbatim from the OS)
    QByteArray bodyExcerpt;           //!< the raw body, cut at 1 MiB

    bool isError() const { return kind != ErrorKind::None; }
};

//! `error` with every text that may have come from the network neutralised (util/UntrustedText):
//! code, parameters, request id, redirect and headline on one line; messages, details, the
//! gateway echo, hint and technical detail keep their lines. bodyExcerpt stays raw bytes.
ApiError neutralised(ApiError error);

} // namespace smsc

Q_DECLARE_METATYPE(smsc::ApiError)
