// SPDX-License-Identifier: GPL-3.0-or-later
// Error answers: status, Content-Type, headers and body through ErrorParser, ErrorMapper and the
// redacted ErrorReport. Input: "<status>\0<content type>\0<header lines>\0<body>".
#include "FuzzSupport.h"

#include "errors/ErrorMapper.h"
#include "errors/ErrorParser.h"
#include "errors/ErrorReport.h"
#include "http/RequestRecord.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace smsc;

namespace {

// A body that echoes these must not carry them into a report.
constexpr char kSecretKey[] = "FuzzSecretKeyZ9q8w7e6r5t4y3u2i1o0pAsDfGhJk";
constexpr char kToken[] = "FuzzSecurityTokenMIIEpAIBAAKCAQEA7b3dGhFuzz";

HeaderList headerLines(const QByteArray &text)
{
    HeaderList headers;
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return headers;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QList<QByteArray> in = fuzz::parts(data, size, 4);
    const QByteArray &contentType = in.at(1);
    const QByteArray &body = in.at(3);

    const ParsedErrorBody parsed = ErrorParser::parse(body, contentType);
    SMSC_FUZZ_CHECK(parsed.truncated == (body.size() > ErrorParser::kMaxBodyBytes));
    const QString readable = ErrorParser::readableText(body, contentType);
    SMSC_FUZZ_CHECK(readable.size() <= ErrorParser::kMaxReadableChars + 1);
    SMSC_FUZZ_CHECK(!fuzz::hasControl(readable));
    SMSC_FUZZ_CHECK(!readable.contains(u'\n') && !readable.contains(u'\r'));

    ReplyFacts facts;
    facts.url = QUrl(u"https://sms.example.com/v3/consistency-results/export"_s);
    facts.httpStatus = qBound(0, in.at(0).trimmed().toInt(), 999);
    facts.headers = headerLines(in.at(2));
    facts.headers.append({"Content-Type", contentType});
    facts.body = body;
    facts.bodyBytesReceived = body.size();
    facts.localNowUtc = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
    const ApiError error = ErrorMapper::map(facts);
    if (facts.httpStatus >= 200 && facts.httpStatus < 300)
        SMSC_FUZZ_CHECK(!error.isError());
    if (error.isError())
        SMSC_FUZZ_CHECK(!error.headline.isEmpty());

    Credentials credentials;
    credentials.mode = AuthMode::TemporaryAkSk;
    credentials.accessKey = u"FUZZACCESSKEY0123456"_s;
    credentials.secretKey = QString::fromLatin1(kSecretKey);
    credentials.securityToken = QString::fromLatin1(kToken);
    ErrorReportContext context;
    context.profileName = u"fuzz"_s;
    context.appVersion = u"0"_s;
    context.osName = u"fuzz"_s;
    context.createdUtc = facts.localNowUtc;
    const ErrorReport report(error, RequestRecord{}, context, credentials);
    const QString text = report.toText() + report.toSummary();
    const QByteArray json = report.toJson();
    for (const char *secret : {kSecretKey, kToken}) {
        SMSC_FUZZ_CHECK(!text.contains(QLatin1StringView(secret)));
        SMSC_FUZZ_CHECK(!json.contains(secret));
    }
    SMSC_FUZZ_CHECK(!report.headline().isEmpty());
    return 0;
}
