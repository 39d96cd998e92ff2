// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/CanonicalRequestDiff.h"

#include "redaction/RequestRedactor.h"

#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

struct HeaderLine
{
    QString name;   // as shown in the canonical request
    QString value;
};

HeaderLine splitHeader(const QString &line)
{
    const qsizetype colon = line.indexOf(u':');
    if (colon < 0)
        return {line, QString()};
    return {line.left(colon), line.mid(colon + 1)};
}

QString decodedComponent(QString text)
{
    text.replace(u'+', u' ');  // a form decoder's view: lets '+' and %20 compare equal
    return QUrl::fromPercentEncoding(text.toUtf8());
}

QStringList decodedQuery(const QString &query)
{
    QStringList pairs;
    for (const QString &pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        const QString key = eq < 0 ? pair : pair.left(eq);
        const QString value = eq < 0 ? QString() : pair.mid(eq + 1);
        pairs << decodedComponent(key) + u'=' + decodedComponent(value);
    }
    pairs.sort();
    return pairs;
}

QString withoutTrailingSlash(QString uri)
{
    while (uri.size() > 1 && uri.endsWith(u'/'))
        uri.chop(1);
    return uri;
}

QString partName(CanonicalPart part)
{
    switch (part) {
    case CanonicalPart::Method: return CanonicalRequestDiff::tr("method");
    case CanonicalPart::Uri: return CanonicalRequestDiff::tr("canonical URI");
    case CanonicalPart::Query: return CanonicalRequestDiff::tr("canonical query");
    case CanonicalPart::Header: return CanonicalRequestDiff::tr("canonical header");
    case CanonicalPart::HeadersEnd: return CanonicalRequestDiff::tr("end of headers");
    case CanonicalPart::SignedHeaders: return CanonicalRequestDiff::tr("signed headers");
    case CanonicalPart::PayloadHash: return CanonicalRequestDiff::tr("payload hash");
    case CanonicalPart::Extra: break;
    }
    return CanonicalRequestDiff::tr("extra line");
}

// The cause of a difference found on line `index` (both sides already split into lines).
SignatureMismatchCause causeAt(int index, const QStringList &ours, const QStringList &theirs,
                               const QList<CanonicalPart> &ourParts, const QList<CanonicalPart> &theirParts,
                               QString *header)
{
    const CanonicalPart ourPart = index < ourParts.size() ? ourParts.at(index) : CanonicalPart::Extra;
    const CanonicalPart theirPart = index < theirParts.size() ? theirParts.at(index) : CanonicalPart::Extra;
    const QString a = ours.value(index);
    const QString b = theirs.value(index);
    if (ourPart == CanonicalPart::Method)
        return SignatureMismatchCause::Method;
    if (ourPart == CanonicalPart::Uri) {
        if (withoutTrailingSlash(a) == withoutTrailingSlash(b))
            return SignatureMismatchCause::PathSlash;
        return QUrl::fromPercentEncoding(a.toUtf8()) == QUrl::fromPercentEncoding(b.toUtf8())
            ? SignatureMismatchCause::PathEncoding : SignatureMismatchCause::Path;
    }
    if (ourPart == CanonicalPart::Query)
        return decodedQuery(a) == decodedQuery(b) ? SignatureMismatchCause::QueryEncoding
                                                  : SignatureMismatchCause::Query;
    if (ourPart == CanonicalPart::Header || theirPart == CanonicalPart::Header) {
        const HeaderLine mine = splitHeader(a);
        const HeaderLine gateway = splitHeader(b);
        if (ourPart == CanonicalPart::Header && theirPart == CanonicalPart::Header
            && mine.name.compare(gateway.name, Qt::CaseInsensitive) == 0) {
            *header = mine.name.toLower();
            return mine.name != gateway.name ? SignatureMismatchCause::HeaderNameCase
                                             : SignatureMismatchCause::HeaderValue;
        }
        auto hasHeader = [](const QStringList &lines, const QList<CanonicalPart> &parts, const QString &name) {
            for (int i = 0; i < lines.size() && i < parts.size(); ++i) {
                if (parts.at(i) == CanonicalPart::Header
                    && splitHeader(lines.at(i)).name.compare(name, Qt::CaseInsensitive) == 0)
                    return true;
            }
            return false;
        };
        if (ourPart == CanonicalPart::Header && !hasHeader(theirs, theirParts, mine.name)) {
            *header = mine.name.toLower();
            return SignatureMismatchCause::MissingHeader;
        }
        if (theirPart == CanonicalPart::Header) {
            *header = gateway.name.toLower();
            return SignatureMismatchCause::ExtraHeader;
        }
        return SignatureMismatchCause::Unknown;
    }
    if (ourPart == CanonicalPart::SignedHeaders)
        return SignatureMismatchCause::SignedHeaders;
    if (ourPart == CanonicalPart::PayloadHash)
        return SignatureMismatchCause::BodyHash;
    return SignatureMismatchCause::Unknown;
}

} // namespace

QList<CanonicalPart> CanonicalRequestDiff::partsOf(const QStringList &lines)
{
    const int n = int(lines.size());
    QList<CanonicalPart> parts(n, CanonicalPart::Extra);
    const CanonicalPart head[] = {CanonicalPart::Method, CanonicalPart::Uri, CanonicalPart::Query};
    for (int i = 0; i < std::min(n, 3); ++i)
        parts[i] = head[i];
    if (n < 6)
        return parts;
    parts[n - 1] = CanonicalPart::PayloadHash;
    parts[n - 2] = CanonicalPart::SignedHeaders;
    parts[n - 3] = CanonicalPart::HeadersEnd;
    for (int i = 3; i < n - 3; ++i)
        parts[i] = CanonicalPart::Header;
    return parts;
}

CanonicalComparison CanonicalRequestDiff::compare(const QString &gateway, const QString &ours,
                                                  const QString &stringToSign)
{
    CanonicalComparison result;
    result.stringToSign = stringToSign;
    // Both sides shown token-free: a signed security token is echoed by the gateway.
    auto redacted = [](const QString &text) {
        return QString::fromUtf8(RequestRedactor::redactedCanonicalRequest(text.toUtf8()));
    };
    const QStringList mine = redacted(ours).split(u'\n');
    const QStringList theirs = redacted(gateway).split(u'\n');
    const QList<CanonicalPart> ourParts = partsOf(mine);
    const QList<CanonicalPart> theirParts = partsOf(theirs);
    const int n = int(std::max(mine.size(), theirs.size()));
    for (int i = 0; i < n; ++i) {
        CanonicalLine line;
        line.index = i;
        line.part = i < ourParts.size() ? ourParts.at(i) : theirParts.value(i, CanonicalPart::Extra);
        if (i < mine.size())
            line.ours = mine.at(i);
        if (i < theirs.size())
            line.theirs = theirs.at(i);
        line.differs = i >= mine.size() || i >= theirs.size() || mine.at(i) != theirs.at(i);
        if (line.differs && result.firstDifference < 0)
            result.firstDifference = i;
        result.lines << line;
    }
    if (result.firstDifference >= 0)
        result.cause = causeAt(result.firstDifference, mine, theirs, ourParts, theirParts, &result.headerName);
    result.causeText = causeText(result.cause, result.headerName);
    return result;
}

QString CanonicalRequestDiff::causeText(SignatureMismatchCause cause, const QString &header)
{
    switch (cause) {
    case SignatureMismatchCause::None:
        return tr("Both canonical requests are identical, so the signature itself differs: the secret key "
                  "does not belong to this access key, or the X-Sdk-Date sent differs from the one signed.");
    case SignatureMismatchCause::Method:
        return tr("The HTTP method differs: the request was sent with another method than the one signed.");
    case SignatureMismatchCause::PathSlash:
        return tr("The path differs only in its trailing slash: the canonical URI must end with '/' "
                  "while the path sent keeps none (or a proxy added or removed one).");
    case SignatureMismatchCause::PathEncoding:
        return tr("The path is the same but encoded differently: each path segment must be "
                  "percent-encoded exactly once, with upper-case hex.");
    case SignatureMismatchCause::Path:
        return tr("The gateway received a different path: a proxy or a custom endpoint with a path prefix "
                  "may rewrite it.");
    case SignatureMismatchCause::QueryEncoding:
        return tr("The query string holds the same parameters encoded differently: spaces must be sent as "
                  "%20 (never '+'), '+' as %2B, and non-ASCII as UTF-8 percent-encoding.");
    case SignatureMismatchCause::Query:
        return tr("The gateway received different query parameters than the ones signed.");
    case SignatureMismatchCause::HeaderNameCase:
        return tr("The header name \"%1\" differs in letter case: signed header names must be lower case.")
            .arg(header);
    case SignatureMismatchCause::HeaderValue:
        return tr("The value of the header \"%1\" differs: it was changed on the way (by a proxy or the HTTP "
                  "stack) or not trimmed before signing.").arg(header);
    case SignatureMismatchCause::MissingHeader:
        return tr("The header \"%1\" was signed but the gateway did not receive it: it was dropped on the way.")
            .arg(header);
    case SignatureMismatchCause::ExtraHeader:
        return tr("The gateway signed the header \"%1\", which is not in our canonical request.").arg(header);
    case SignatureMismatchCause::SignedHeaders:
        return tr("The list of signed headers differs: it must be the lower-case names, sorted, joined by ';'.");
    case SignatureMismatchCause::BodyHash:
        return tr("The body hash differs: the body the gateway received is not byte for byte the one signed.");
    case SignatureMismatchCause::Unknown:
        break;
    }
    return tr("The canonical requests differ, but not in a way this app recognises.");
}

QString CanonicalRequestDiff::causeId(SignatureMismatchCause cause)
{
    switch (cause) {
    case SignatureMismatchCause::None: return u"none"_s;
    case SignatureMismatchCause::Method: return u"method"_s;
    case SignatureMismatchCause::PathSlash: return u"path_slash"_s;
    case SignatureMismatchCause::PathEncoding: return u"path_encoding"_s;
    case SignatureMismatchCause::Path: return u"path"_s;
    case SignatureMismatchCause::QueryEncoding: return u"query_encoding"_s;
    case SignatureMismatchCause::Query: return u"query"_s;
    case SignatureMismatchCause::HeaderNameCase: return u"header_case"_s;
    case SignatureMismatchCause::HeaderValue: return u"header_value"_s;
    case SignatureMismatchCause::MissingHeader: return u"missing_header"_s;
    case SignatureMismatchCause::ExtraHeader: return u"extra_header"_s;
    case SignatureMismatchCause::SignedHeaders: return u"signed_headers"_s;
    case SignatureMismatchCause::BodyHash: return u"body_hash"_s;
    case SignatureMismatchCause::Unknown: break;
    }
    return u"unknown"_s;
}

QString CanonicalRequestDiff::toText(const CanonicalComparison &comparison)
{
    QString out = tr("Canonical request: ours compared with the gateway's") + u'\n';
    for (const CanonicalLine &line : comparison.lines) {
        const QString number = QString::number(line.index + 1).rightJustified(3);
        if (!line.differs) {
            out += u"  %1  %2"_s.arg(number, line.ours) + u'\n';
            continue;
        }
        const QString missing = tr("(no line)");
        out += tr("> %1  ours:    %2").arg(number, line.ours.isNull() ? missing : line.ours) + u'\n';
        out += tr("       gateway: %1").arg(line.theirs.isNull() ? missing : line.theirs) + u'\n';
    }
    if (comparison.identical()) {
        out += tr("No line differs.") + u'\n';
    } else {
        const CanonicalLine &first = comparison.lines.at(comparison.firstDifference);
        out += tr("First difference: line %1 (%2).").arg(first.index + 1).arg(partName(first.part)) + u'\n';
    }
    out += tr("Likely cause: %1").arg(comparison.causeText) + u'\n';
    if (!comparison.stringToSign.isEmpty()) {
        out += tr("Our string to sign:") + u'\n';
        for (const QString &line : comparison.stringToSign.split(u'\n'))
            out += u"       %1"_s.arg(line) + u'\n';
    }
    return out;
}

} // namespace smsc
