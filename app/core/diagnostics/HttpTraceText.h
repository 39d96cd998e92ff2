// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HttpTraceEvent.h"
#include "redaction/SecretScrubber.h"

#include <QCoreApplication>
#include <QStringList>

namespace smsc {

/*!
 * The text of a debug trace (docs/ARCHITECTURE.md "The debug trace"), in the style of `curl -v`:
 * "> " what was sent, "< " what came back, "* " what happened. Request headers pass RequestRedactor
 * (signature, tokens), every line the scrubber (the SK, tokens, the full AK), and server text
 * UntrustedText. Bodies are never shown, only their sizes. Pure.
 */
class HttpTraceText final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::HttpTraceText)
public:
    //! The lines of one event, without line ends.
    static QStringList lines(const HttpTraceEvent &event, const SecretScrubber &scrubber);
};

} // namespace smsc
