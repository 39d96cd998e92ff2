// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/HttpRequest.h"

#include "http/UriEncoding.h"

#include <algorithm>

namespace smsc {

QUrl HttpRequest::wireUrl() const
{
    // The signed canonical URI minus its trailing slash: every segment encoded exactly once.
    QByteArray wirePath = UriEncoding::path(path);
    if (wirePath.size() > 1)
        wirePath.chop(1);
    QByteArray encoded = scheme.toUtf8() + "://" + host.toUtf8() + wirePath;
    if (!query.isEmpty()) {
        encoded += '?';
        bool first = true;
        for (const auto &[key, value] : query) {
            if (key.isEmpty() && value.isEmpty())
                continue;  // an empty query part ("a=1&&b=2"): neither signed nor sent
            if (!first)
                encoded += '&';
            first = false;
            encoded += UriEncoding::component(key) + '=' + UriEncoding::component(value);
        }
    }
    // StrictMode keeps every %XX as given; QUrl only re-decodes encoded unreserved characters,
    // which the signer never produces.
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

QString HttpRequest::hostFor(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    QString host = url.host(QUrl::FullyEncoded);  // FullyEncoded includes EncodeUnicode: the ACE form
    if (host.contains(u':'))
        host = u'[' + host + u']';
    const int port = url.port();
    const bool defaultPort = (scheme == u"https" && port == 443) || (scheme == u"http" && port == 80);
    if (port != -1 && !defaultPort)
        host += u':' + QString::number(port);
    return host;
}

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void HttpRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    const auto matches = [&name](const QPair<QByteArray, QByteArray> &pair) {
        return pair.first.compare(name, Qt::CaseInsensitive) == 0;
    };
    const auto it = std::find_if(headers.begin(), headers.end(), matches);
    if (it == headers.end()) {
        headers.append({name, value});
        return;
    }
    // Keep the header's position (and the caller's spelling); drop any later duplicates.
    it->second = value;
    headers.erase(std::remove_if(std::next(it), headers.end(), matches), headers.end());
}

} // namespace smsc
