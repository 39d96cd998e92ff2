// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace smsc {

//! A parsed Content-Disposition header (RFC 6266, with RFC 8187 `filename*`). Pure.
class ContentDisposition final
{
public:
    static constexpr int kMaxFileNameLength = 150;  //!< code points, extension included

    //! Parses a header value; unknown parameters are ignored, malformed ones skipped.
    static ContentDisposition parse(const QByteArray &headerValue);

    QString type() const { return m_type; }          //!< "attachment", "inline", … (lower case)
    QString fileName() const { return m_fileName; }  //!< as sent: filename* wins over filename
    //! fileName() made safe to create inside a chosen folder; empty when nothing usable is left.
    QString sanitisedFileName() const { return sanitise(m_fileName); }

    //! No separators, no "..", no control or format characters, no leading dots,
    //! Windows-reserved characters and device names defused, length capped.
    static QString sanitise(const QString &name);
    //! File extension (without dot) for a Content-Type; "bin" when unknown.
    static QString extensionFor(const QByteArray &contentType);
    //! consistency-results-YYYYMMDD-HHMMSS.<ext> for `when` (local time as the user sees it).
    static QString fallbackFileName(const QByteArray &contentType, const QDateTime &when);
    //! The name to save a response as: sanitised Content-Disposition name, else the fallback.
    static QString fileNameFor(const QByteArray &contentDisposition, const QByteArray &contentType,
                               const QDateTime &when);

private:
    QString m_type;
    QString m_fileName;
};

} // namespace smsc
