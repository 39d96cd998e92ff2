// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/ErrorReport.h"

#include <QLineEdit>
#include <QString>
#include <QWidget>

//! Error reports the error dialog tests render: a 403 with every field, and a rejected signature.
namespace smsc::test {

using namespace Qt::StringLiterals;

inline const QString kAk = u"SMSCTESTAK0000000001"_s;
inline const QString kSk = u"SMSCTESTSECRETKEY0000000000000000000000000"_s;
inline const QString kSecurityToken = u"SMSCTESTSECURITYTOKEN00000000000000000000"_s;
inline const QString kSignature = u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_s;
inline const QString kEncoded = QString(1234, u'E');

inline ErrorReport forbiddenReport()
{
    ApiError e;
    e.kind = ErrorKind::Permission;
    e.httpStatus = 403;
    e.errorCode = u"SMS.0204"_s;
    e.errorMsgRaw = u"Insufficient permissions. Cause: {0[0]}"_s;
    e.errorMsg = u"Insufficient permissions. Cause: sms:server:getBatchConsistencyResults"_s;
    e.errorParam = {u"sms:server:getBatchConsistencyResults"_s};
    e.details = {{u"IAM.0002"_s, u"Policy denies the action"_s}, {u"IAM.0003"_s, u"No allow statement"_s}};
    e.encodedAuthorizationMessage = kEncoded;
    e.requestId = u"req-7f3a"_s;
    e.serverDate = QDateTime(QDate(2026, 11, 27), QTime(19, 0, 30), Qt::UTC);
    e.clockSkewSeconds = -30;
    e.headline = u"You do not have permission to export consistency results."_s;
    e.hint = u"Ask your administrator for sms:server:getBatchConsistencyResults."_s;
    RequestRecord r;
    r.method = "POST";
    r.url = u"https://sms.example.test/v3/tasks/consistency-results/export"_s;
    r.headers = {{"Authorization", (u"SDK-HMAC-SHA256 Access="_s + kAk + u", SignedHeaders=host;x-sdk-date, Signature="
                                    + kSignature).toLatin1()},
                 {"X-Security-Token", kSecurityToken.toLatin1()}};
    r.sentAtUtc = QDateTime(QDate(2026, 11, 27), QTime(19, 0, 0), Qt::UTC);
    const QString curl = u"curl -X POST 'https://sms.example.test/v3/tasks/consistency-results/export' "
                         u"-H 'Authorization: SDK-HMAC-SHA256 Access="_s + kAk + u", Signature="_s + kSignature
                         + u"' -H 'X-Security-Token: "_s + kSecurityToken + u"'"_s;
    return ErrorReport(e, r, {u"prod"_s, u"https://sms.example.test"_s, AuthMode::TemporaryAkSk, curl, {}, {}, {}},
                       {AuthMode::TemporaryAkSk, kAk, kSk, kSecurityToken, {}});
}

// A signature rejected by the gateway, with its canonical request echoed: the hash lines are
// 64 hexadecimal characters, the longest lines of both panes.
inline ErrorReport signatureReport()
{
    const QString hash = u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s;
    const QString ours = u"POST\n/v3/tasks/consistency-results/export/\n\ncontent-type:application/json;charset=UTF-8\n"
                         u"host:sms.ap-southeast-3.myhuaweicloud.com\nx-domain-id:0a1b2c3d4e5f60718293a4b5c6d7e8f9\n"
                         u"x-sdk-date:20261127T190000Z\n\ncontent-type;host;x-domain-id;x-sdk-date\n"_s + hash;
    ApiError e;
    e.kind = ErrorKind::Authentication;
    e.httpStatus = 401;
    e.errorCode = u"APIGW.0303"_s;
    e.errorMsg = u"verify signature fail"_s;
    e.headline = u"The gateway rejected the signature."_s;
    e.gatewayCanonicalRequest = QString(ours).replace(u"/export/"_s, u"/export"_s);
    RequestRecord r;
    r.method = "POST";
    r.url = u"https://sms.ap-southeast-3.myhuaweicloud.com/v3/tasks/consistency-results/export"_s;
    r.canonicalRequest = ours.toUtf8();
    r.stringToSign = (u"SDK-HMAC-SHA256\n20261127T190000Z\n"_s + hash).toUtf8();
    return ErrorReport(e, r, {u"prod"_s, u"https://sms.example.test"_s, AuthMode::AkSk, {}, {}, {}, {}},
                       {AuthMode::AkSk, kAk, kSk, {}, {}});
}

//! The report of forbiddenReport() with an encoded authorization message of `length` characters.
inline ErrorReport forbiddenReportWithEncodedMessage(qsizetype length)
{
    ErrorReport report = forbiddenReport();
    ApiError e = report.error();
    e.encodedAuthorizationMessage = QString(length, u'Q');
    return ErrorReport(e, report.request(), report.context(), {AuthMode::TemporaryAkSk, kAk, kSk, kSecurityToken, {}});
}

template<typename T>
inline T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no widget named %s", name);
    return widget;
}

inline QString lineText(QWidget *parent, const char *name)
{
    auto *edit = child<QLineEdit>(parent, name);
    return edit ? edit->text() : QString();
}

inline bool containsSecret(const QByteArray &data)
{
    for (const QString &secret : {kSk, kSecurityToken, kSignature, kAk})
        if (data.contains(secret.toUtf8()))
            return true;
    return false;
}

} // namespace smsc::test
