// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/SignCommand.h"

#include "input/BodyFile.h"
#include "input/CredentialSource.h"
#include "output/Console.h"
#include "output/ExitCode.h"
#include "signing/Signer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTimeZone>
#include <QUrl>

#include <optional>

using namespace Qt::StringLiterals;

namespace smsc::cli {

namespace {

// Percent-decoded UTF-8, or nothing when the bytes are not UTF-8 (never U+FFFD in a signed text).
std::optional<QString> decodedStrictly(const QByteArray &encoded)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(QByteArray::fromPercentEncoding(encoded));
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

} // namespace

QString SignCommand::name() const
{
    return u"sign"_s;
}

QString SignCommand::summary() const
{
    return tr("Print the canonical request, string to sign and Authorization header for a request.");
}

void SignCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Signs one request with SDK-HMAC-SHA256 using CLOUD_SDK_AK / CLOUD_SDK_SK "
                                        "from the environment and prints every intermediate. Nothing is sent."));
    const QCommandLineOption method(u"method"_s, tr("HTTP method, e.g. POST."), u"METHOD"_s);
    const QCommandLineOption url(u"url"_s, tr("Full request URL (scheme, host, path, query)."), u"URL"_s);
    const QCommandLineOption header(u"header"_s, tr("A header to sign, 'Name: value' (repeatable)."), u"HEADER"_s);
    const QCommandLineOption bodyFile(u"body-file"_s,
                                      tr("Read the exact request body from FILE (at most 10 MiB, within 5 seconds)."),
                                      u"FILE"_s);
    const QCommandLineOption date(u"date"_s, tr("Sign as of this UTC time instead of now."), u"YYYYMMDDTHHMMSSZ"_s);
    const QCommandLineOption json(u"json"_s, tr("Print one JSON object instead of text."));
    parser.addOptions({method, url, header, bodyFile, date, json});
    if (!parse(parser, arguments,
               u"sms-consistency-cli sign --method METHOD --url URL [--header 'Name: value']... "
               "[--body-file FILE] [--date YYYYMMDDTHHMMSSZ] [--json]"_s))
        return;
    const bool asJson = parser.isSet(json);
    if (!parser.positionalArguments().isEmpty())
        return failUsage(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()), asJson);
    if (!parser.isSet(method) || !parser.isSet(url))
        return failUsage(tr("sign needs --method and --url."), asJson);

    const QUrl target(parser.value(url), QUrl::StrictMode);
    if (!target.isValid() || target.scheme().isEmpty() || target.host().isEmpty())
        return failUsage(tr("The URL \"%1\" is not a full URL such as https://host/path.").arg(parser.value(url)), asJson);

    HttpRequest request;
    request.method = parser.value(method).trimmed().toUpper().toUtf8();
    request.scheme = target.scheme().toLower();
    request.host = HttpRequest::hostFor(target);
    const std::optional<QString> path = decodedStrictly(target.path(QUrl::FullyEncoded).toLatin1());
    if (!path)
        return failUsage(tr("The URL path \"%1\" has a percent-escape that is not UTF-8; no signer can sign it as sent.")
                             .arg(target.path(QUrl::FullyEncoded)), asJson);
    request.path = path->isEmpty() ? u"/"_s : *path;
    // Split by hand: QUrlQuery turns an empty part ("a=1&&b=2") into an empty key and a bad
    // escape into U+FFFD; the official signer drops the first and cannot send the second.
    for (const QByteArray &part : target.query(QUrl::FullyEncoded).toLatin1().split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        const QByteArray rawKey = eq < 0 ? part : part.left(eq);
        const std::optional<QString> key = decodedStrictly(rawKey);
        const std::optional<QString> value = decodedStrictly(eq < 0 ? QByteArray() : part.mid(eq + 1));
        if (!key || !value)
            return failUsage(tr("The query parameter \"%1\" has a percent-escape that is not UTF-8; no signer can "
                                "sign it as sent.").arg(QString::fromLatin1(rawKey)), asJson);
        request.query.append({*key, *value});
    }
    for (const QString &line : parser.values(header)) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QByteArray name = line.left(colon).trimmed().toUtf8();
        if (colon <= 0 || !Signer::isHeaderName(name))
            return failUsage(tr("The header \"%1\" is not in the form 'Name: value'.").arg(line), asJson);
        if (!request.header(name).isNull())  // one value per name, as the request would be sent
            return failUsage(tr("The header \"%1\" is given more than once.").arg(QString::fromUtf8(name)), asJson);
        request.headers.append({name, line.mid(colon + 1).trimmed().toUtf8()});
    }
    if (const std::optional<QByteArray> bad = Signer::unsendableHeader(request)) {
        return failUsage(tr("The header \"%1\" cannot be sent: a name must be a plain token and a value must not "
                            "contain CR, LF or NUL.").arg(QString::fromUtf8(*bad)), asJson);
    }
    if (parser.isSet(bodyFile)) {
        Outcome<QByteArray> body = BodyFile::read(parser.value(bodyFile));
        if (!body.ok())
            return failUsage(body.error(), asJson);
        request.body = std::move(body).value();
    }
    QDateTime when = QDateTime::currentDateTimeUtc();
    if (parser.isSet(date)) {
        when = QDateTime::fromString(parser.value(date), u"yyyyMMdd'T'HHmmss'Z'"_s);
        when.setTimeZone(QTimeZone::utc());
        if (!when.isValid())
            return failUsage(tr("--date must look like 20250314T092653Z, not \"%1\".").arg(parser.value(date)), asJson);
    }

    const EnvironmentCredentials env = CredentialSource::fromEnvironment(m_context.environment, {});
    if (!env.ok() || env.credentials.mode == AuthMode::IamToken) {
        return fail(NoCredentials,
                    env.ok() ? tr("sign needs CLOUD_SDK_AK and CLOUD_SDK_SK (an IAM token is not signed).") : env.error,
                    asJson);
    }
    m_context.console->addSecret(env.credentials.secretKey);
    m_context.console->addSecret(env.credentials.securityToken);
    if (env.credentials.mode == AuthMode::TemporaryAkSk && request.header("X-Security-Token").isNull())
        request.headers.append({"X-Security-Token", env.credentials.securityToken.toUtf8()});

    const SignatureParts parts = Signer::sign(request, env.credentials.accessKey, env.credentials.secretKey, when);
    if (asJson) {
        const QJsonObject o{
            {u"canonical_request"_s, QString::fromUtf8(parts.canonicalRequest)},
            {u"string_to_sign"_s, QString::fromUtf8(parts.stringToSign)},
            {u"signed_headers"_s, QString::fromUtf8(parts.signedHeaders)},
            {u"authorization"_s, QString::fromUtf8(parts.authorization)},
        };
        m_context.console->outRaw(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    } else {
        Console &out = *m_context.console;
        out.out(tr("Canonical request:"));
        out.out(QString::fromUtf8(parts.canonicalRequest));
        out.out(QString());
        out.out(tr("String to sign:"));
        out.out(QString::fromUtf8(parts.stringToSign));
        out.out(QString());
        out.out(tr("Signed headers: %1").arg(QString::fromUtf8(parts.signedHeaders)));
        out.out(tr("X-Sdk-Date: %1").arg(QString::fromUtf8(parts.sdkDate)));
        out.out(tr("Authorization: %1").arg(QString::fromUtf8(parts.authorization)));
    }
    finish(Success);
}

} // namespace smsc::cli
