// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/JsonReport.h"

#include "util/UntrustedText.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace smsc::cli {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject emptyReport()
{
    QJsonObject o;
    for (const QString &key : JsonReport::keys())
        o.insert(key, QJsonValue::Null);
    o.insert(u"ok"_s, false);
    o.insert(u"error_param"_s, QJsonArray());
    o.insert(u"details"_s, QJsonArray());
    return o;
}

} // namespace

const QStringList &JsonReport::keys()
{
    static const QStringList list = {
        u"ok"_s, u"http_status"_s, u"request_id"_s, u"error_code"_s, u"error_msg"_s, u"error_param"_s,
        u"details"_s, u"encoded_authorization_message"_s, u"hint"_s, u"clock_skew_seconds"_s,
        u"output_file"_s, u"bytes"_s,
    };
    return list;
}

QJsonObject JsonReport::fromOutcome(const ExportOutcome &outcome)
{
    QJsonObject o = emptyReport();
    const ApiError &e = outcome.error;
    // The job calls a 200 without a file "ok" (the service accepted it); for the user it is not.
    const bool saved = outcome.ok() && !outcome.noFile;
    o.insert(u"ok"_s, saved);
    const int status = outcome.httpStatus ? outcome.httpStatus : e.httpStatus;
    o.insert(u"http_status"_s, status ? QJsonValue(status) : QJsonValue(QJsonValue::Null));
    o.insert(u"request_id"_s, textOrNull(outcome.requestId.isEmpty() ? e.requestId : outcome.requestId));
    o.insert(u"error_code"_s, textOrNull(e.errorCode));
    QString message = e.errorMsg;
    if (message.isEmpty() && e.isError())
        message = e.headline;
    if (e.kind == ErrorKind::LocalFile && !e.technicalDetail.isEmpty())
        message += u" ("_s + e.technicalDetail + u')';  // the OS's own reason, e.g. "No space left on device"
    o.insert(u"error_msg"_s, textOrNull(message));
    o.insert(u"error_param"_s, QJsonArray::fromStringList(e.errorParam));
    QJsonArray details;
    for (const ErrorDetail &d : e.details)
        details.append(QJsonObject{{u"error_code"_s, d.code}, {u"error_msg"_s, d.message}});
    o.insert(u"details"_s, details);
    o.insert(u"encoded_authorization_message"_s, textOrNull(e.encodedAuthorizationMessage));
    o.insert(u"hint"_s, textOrNull(e.hint));
    o.insert(u"clock_skew_seconds"_s,
             e.clockSkewSeconds ? QJsonValue(double(*e.clockSkewSeconds)) : QJsonValue(QJsonValue::Null));
    o.insert(u"output_file"_s, textOrNull(saved ? outcome.filePath : QString()));
    o.insert(u"bytes"_s, saved && !outcome.filePath.isEmpty() ? QJsonValue(double(outcome.bytes))
                                                               : QJsonValue(QJsonValue::Null));
    return o;
}

QJsonObject JsonReport::failure(const QString &message)
{
    QJsonObject o = emptyReport();
    o.insert(u"error_msg"_s, message);
    return o;
}

QJsonObject JsonReport::request(const RequestRecord &record, const QString &curlCommand)
{
    QJsonArray headers;
    for (const auto &[name, value] : record.headers)
        headers.append(QJsonArray{QString::fromUtf8(name), QString::fromUtf8(value)});
    return QJsonObject{
        {u"method"_s, QString::fromUtf8(record.method)},
        {u"url"_s, record.url},
        {u"headers"_s, headers},
        {u"body"_s, QString::fromUtf8(record.body)},
        {u"canonical_request"_s, QString::fromUtf8(record.canonicalRequest)},
        {u"string_to_sign"_s, QString::fromUtf8(record.stringToSign)},
        {u"curl"_s, curlCommand},
    };
}

QByteArray JsonReport::toBytes(const QJsonObject &report)
{
    return UntrustedText::jsonEscaped(QJsonDocument(report).toJson(QJsonDocument::Compact)) + '\n';
}

} // namespace smsc::cli
