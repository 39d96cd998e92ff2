// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace smsc {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;  //!< ordered, names as given
using QueryList = QList<QPair<QString, QString>>;         //!< ordered raw pairs, repeats allowed

//! A request before signing: raw path and query (encoded once, by the signer's rules).
struct HttpRequest
{
    QByteArray method = "GET";
    // Headers cannot use the u"…"_s literal without a using-directive; QStringLiteral is the same thing.
    QString scheme = QStringLiteral("https");
    QString host;          //!< hostFor(): ASCII, IPv6 in brackets, ":port" unless the default
    QString path = QStringLiteral("/");  //!< raw text, not percent-encoded
    QueryList query;
    HeaderList headers;
    QByteArray body;

    //! The URL exactly as it goes on the wire (path segments and query encoded once).
    QUrl wireUrl() const;
    //! The host of `url` as signed and sent (docs/SIGNATURE.md "Which headers are signed"): ASCII
    //! (punycode) form, an IPv6 literal in brackets, ":port" only when not the scheme's default.
    static QString hostFor(const QUrl &url);
    //! Value of a header (case-insensitive name), or a null QByteArray.
    QByteArray header(const QByteArray &name) const;
    void setHeader(const QByteArray &name, const QByteArray &value);  //!< replaces, case-insensitive
};

} // namespace smsc
