// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/ApiError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace smsc {

//! The fields an error body carries, whatever its shape (docs/SERVICE.md "Error bodies").
struct ParsedErrorBody
{
    QString errorCode;
    QString errorMsgRaw;              //!< placeholders intact, or readable text of a non-JSON body
    QString errorMsg;                 //!< with error_param substituted
    QStringList errorParam;
    QList<ErrorDetail> details;
    QString encodedAuthorizationMessage;
    QString requestId;                //!< the body's request_id (gateway errors)
    QString gatewayCanonicalRequest;  //!< "canonicalRequest:" echo with '|' turned into newlines
    std::optional<qint64> signatureSkewSeconds;  //!< from "signature time:…, server time:…"
    bool structured = false;          //!< a JSON object with a recognised code or message
    bool truncated = false;           //!< the body was cut (longer than kMaxBodyBytes): fields are from its first part
};

//! Parses error bodies of every shape the service, its gateway and proxies send. Pure.
class ErrorParser final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::ErrorParser)
public:
    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;  //!< bodies are cut here
    static constexpr qsizetype kMaxReadableChars = 300;      //!< cap for non-JSON text

    //! Body bytes (cut at kMaxBodyBytes) and the Content-Type header → the fields above.
    //! `bodyCut`: the caller already cut the body; a cut JSON body keeps the fields that arrived.
    static ParsedErrorBody parse(const QByteArray &body, const QByteArray &contentType = {}, bool bodyCut = false);
    //! Fills {0}, {1}, {0[0]}, {0[1]} and %s placeholders from `params`; unknown ones stay.
    static QString substitute(const QString &raw, const QStringList &params);
    //! A short readable sentence from any bytes: tags stripped, whitespace collapsed, capped.
    static QString readableText(const QByteArray &body, const QByteArray &contentType = {});
    //! The gateway's echoed canonical request from an APIGW.0303 message, or empty.
    static QString canonicalRequestEcho(const QString &message);
    //! Local-minus-server seconds from "signature time:…, server time:…", if both parse.
    static std::optional<qint64> signatureSkew(const QString &message);
};

} // namespace smsc
