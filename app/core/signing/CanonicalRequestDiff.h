// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace smsc {

//! Which part of the canonical request a line belongs to (docs/SIGNATURE.md "The canonical request").
enum class CanonicalPart { Method, Uri, Query, Header, HeadersEnd, SignedHeaders, PayloadHash, Extra };

//! The likely reason the gateway computed a different canonical request.
enum class SignatureMismatchCause {
    None,            //!< both canonical requests are identical (the SK or the date is wrong instead)
    Method,
    PathSlash,       //!< one side has the trailing '/' and the other does not
    PathEncoding,    //!< same path, encoded differently
    Path,            //!< a different path altogether
    QueryEncoding,   //!< same parameters, encoded differently ('+' vs %20, non-ASCII, order)
    Query,           //!< different parameters or values
    HeaderNameCase,
    HeaderValue,
    MissingHeader,   //!< we signed a header the gateway did not see
    ExtraHeader,     //!< the gateway signed a header we did not
    SignedHeaders,
    BodyHash,
    Unknown,
};

//! One line of the side-by-side view.
struct CanonicalLine
{
    int index = 0;
    CanonicalPart part = CanonicalPart::Extra;
    QString ours;       //!< null when our request has fewer lines
    QString theirs;     //!< null when the gateway's has fewer lines
    bool differs = false;
};

//! Result of comparing the gateway's echoed canonical request with ours.
struct CanonicalComparison
{
    QList<CanonicalLine> lines;
    int firstDifference = -1;   //!< index into `lines`; -1 when identical
    SignatureMismatchCause cause = SignatureMismatchCause::None;
    QString headerName;         //!< the header the cause is about (lower case), if any
    QString causeText;          //!< translated sentence naming the likely cause
    QString stringToSign;       //!< ours, shown next to the comparison
    bool identical() const { return firstDifference < 0; }
};

//! Compares canonical requests line by line and names the likely signing mistake. Pure.
class CanonicalRequestDiff final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::CanonicalRequestDiff)
public:
    //! `gateway`: the echo with newlines (ApiError::gatewayCanonicalRequest); `ours`/`stringToSign`
    //! from SignatureParts.
    static CanonicalComparison compare(const QString &gateway, const QString &ours,
                                       const QString &stringToSign = QString());
    //! Translated sentence for a cause; `header` names the header when the cause concerns one.
    static QString causeText(SignatureMismatchCause cause, const QString &header = QString());
    //! Stable id for JSON output, e.g. "path_slash".
    static QString causeId(SignatureMismatchCause cause);
    //! Plain-text side-by-side rendering (the CLI prints this), the first difference marked.
    static QString toText(const CanonicalComparison &comparison);
    //! The part each line index of a canonical request text belongs to.
    static QList<CanonicalPart> partsOf(const QStringList &lines);
};

} // namespace smsc
