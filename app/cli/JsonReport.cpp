#include "JsonReport.h"

#include <QJsonArray>
#include <QJsonDocument>

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
    o.insert(u"ok"_qs, false);
    o.insert(u"error_param"_qs, QJsonArray());
    o.insert(u"details"_qs, QJsonArray());
    return o;
}

} // namespace

const QStringList &JsonReport::keys()
{
    static const QStringList list = {
        u"ok"_qs, u"http_status"_qs, u"request_id"_qs, u"error_code"_qs, u"error_msg"_qs, u"error_param"_qs,
        u"details"_qs, u"encoded_authorization_message"_qs, u"hint"_qs, u"clock_skew_seconds"_qs,
        u"output_file"_qs, u"bytes"_qs,
    };
    return list;
}

QJsonObject JsonReport::fromOutcome(const ExportOutcome &outcome)
{
    QJsonObject o = emptyReport();
    const ApiError &e = outcome.error;
    // The job calls a 200 without a file "ok" (the service accepted it); for the user it is not.
    const bool saved = outcome.ok && !outcome.noFile;
    o.insert(u"ok"_qs, saved);
    const int status = outcome.httpStatus ? outcome.httpStatus : e.httpStatus;
    o.insert(u"http_status"_qs, status ? QJsonValue(status) : QJsonValue(QJsonValue::Null));
    o.insert(u"request_id"_qs, textOrNull(outcome.requestId.isEmpty() ? e.requestId : outcome.requestId));
    o.insert(u"error_code"_qs, textOrNull(e.errorCode));
    QString message = e.errorMsg;
    if (message.isEmpty() && e.isError())
        message = e.headline;
    o.insert(u"error_msg"_qs, textOrNull(message));
    o.insert(u"error_param"_qs, QJsonArray::fromStringList(e.errorParam));
    QJsonArray details;
    for (const ErrorDetail &d : e.details)
        details.append(QJsonObject{{u"error_code"_qs, d.code}, {u"error_msg"_qs, d.message}});
    o.insert(u"details"_qs, details);
    o.insert(u"encoded_authorization_message"_qs, textOrNull(e.encodedAuthorizationMessage));
    o.insert(u"hint"_qs, textOrNull(e.hint));
    o.insert(u"clock_skew_seconds"_qs,
             e.clockSkewSeconds ? QJsonValue(double(*e.clockSkewSeconds)) : QJsonValue(QJsonValue::Null));
    o.insert(u"output_file"_qs, textOrNull(saved ? outcome.filePath : QString()));
    o.insert(u"bytes"_qs, saved && !outcome.filePath.isEmpty() ? QJsonValue(double(outcome.bytes))
                                                               : QJsonValue(QJsonValue::Null));
    return o;
}

QJsonObject JsonReport::failure(const QString &message)
{
    QJsonObject o = emptyReport();
    o.insert(u"error_msg"_qs, message);
    return o;
}

QJsonObject JsonReport::request(const RequestRecord &record, const QString &curlCommand)
{
    QJsonArray headers;
    for (const auto &[name, value] : record.headers)
        headers.append(QJsonArray{QString::fromUtf8(name), QString::fromUtf8(value)});
    return QJsonObject{
        {u"method"_qs, QString::fromUtf8(record.method)},
        {u"url"_qs, record.url},
        {u"headers"_qs, headers},
        {u"body"_qs, QString::fromUtf8(record.body)},
        {u"canonical_request"_qs, QString::fromUtf8(record.canonicalRequest)},
        {u"string_to_sign"_qs, QString::fromUtf8(record.stringToSign)},
        {u"curl"_qs, curlCommand},
    };
}

QByteArray JsonReport::toBytes(const QJsonObject &report)
{
    return QJsonDocument(report).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace smsc::cli
