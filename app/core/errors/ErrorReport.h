// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/ApiError.h"
#include "http/RequestRecord.h"
#include "profile/credentials/Credentials.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace smsc {

//! Who and what the failed call was about, besides the error itself.
struct ErrorReportContext
{
    QString profileName;
    QString endpoint;      //!< the SMS base URL used
    AuthMode authMode = AuthMode::AkSk;
    QString curlCommand;   //!< the request as a cURL line (redacted again by the report)
    QString appVersion;    //!< empty: QCoreApplication::applicationVersion()
    QString osName;        //!< empty: QSysInfo::prettyProductName() and kernel
    QDateTime createdUtc;  //!< empty: now
};

/*!
 * Everything support staff need about one failure, as a value. Built from the structured error,
 * the request record and the profile; every text in it is redacted on the way in (SK, tokens,
 * signatures, the full AK), so toText(), toJson() and the accessors can be shown and saved as is.
 */
class ErrorReport final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::ErrorReport)
public:
    ErrorReport() = default;
    //! `credentials` are used only to mask the AK and to scrub secrets; none of them is kept.
    ErrorReport(const ApiError &error, const RequestRecord &request,
                const ErrorReportContext &context, const Credentials &credentials);

    const ApiError &error() const { return m_error; }          //!< redacted copy
    const RequestRecord &request() const { return m_request; } //!< redacted copy
    const ErrorReportContext &context() const { return m_context; }
    QString maskedAccessKey() const { return m_maskedAk; }     //!< Credentials::maskedAccessKey(), or empty
    QDateTime requestTimeUtc() const;                          //!< when the request was sent
    QString headline() const;                                  //!< never empty
    QString authModeName() const;                              //!< translated auth mode
    QString clockSkewText() const;                             //!< translated, empty when unknown
    //! STS's decoded authorization message once the user decoded it; toText() and toJson() include it.
    void setDecodedAuthorizationMessage(const QString &decodedJson) { m_decoded = decodedJson; }
    QString decodedAuthorizationMessage() const { return m_decoded; }

    QString toSummary() const;   //!< a few lines for a chat or a ticket title
    QString toText() const;      //!< every field, plain text, translated labels
    QByteArray toJson() const;   //!< every field, stable English keys, indented

    //! Local and UTC renderings used by the report and the dialog.
    static QString formatUtc(const QDateTime &time);
    static QString formatLocal(const QDateTime &time);
    //! `error` with every text field scrubbed of the credentials' secrets, the AK shown masked.
    static ApiError redacted(const ApiError &error, const Credentials &credentials);

private:
    ApiError m_error;
    RequestRecord m_request;
    ErrorReportContext m_context;
    QString m_maskedAk;
    QString m_decoded;
};

} // namespace smsc
