// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/ReportPrinter.h"

#include "output/Console.h"
#include "util/UntrustedText.h"

using namespace Qt::StringLiterals;

namespace smsc::cli {

void ReportPrinter::printSaved(Console &console, const ExportOutcome &outcome)
{
    console.out(outcome.filePath);
    if (!outcome.requestedPath.isEmpty() && outcome.requestedPath != outcome.filePath) {
        console.err(tr("%1 appeared while the file was downloading; both are kept: this export is %2.")
                        .arg(outcome.requestedPath, outcome.filePath));
    }
    if (outcome.replacedLink)
        console.err(tr("Replaced the symbolic link %1 itself; its target was not changed.").arg(outcome.filePath));
    if (outcome.requestId.isEmpty())
        console.note(tr("Saved %1 bytes.").arg(outcome.bytes));
    else
        console.note(tr("Saved %1 bytes; request id %2.").arg(outcome.bytes).arg(outcome.requestId));
}

QString ReportPrinter::noFileMessage(const ExportOutcome &outcome)
{
    const QString returned = UntrustedText::fromUtf8(outcome.returnedBody.left(200)).trimmed();
    if (returned.isEmpty())
        return tr("The service returned no file (HTTP %1 with an empty body).").arg(outcome.httpStatus);
    return tr("The service returned no file (HTTP %1); it returned: %2").arg(outcome.httpStatus).arg(returned);
}

void ReportPrinter::printFailure(Console &console, const ExportOutcome &outcome)
{
    if (outcome.noFile) {
        console.err(noFileMessage(outcome));
        return;
    }
    const ApiError &e = outcome.error;
    console.err(e.headline.isEmpty() ? tr("The export failed (%1).").arg(errorKindId(e.kind)) : e.headline);
    if (e.httpStatus)
        console.err(tr("HTTP status: %1").arg(e.httpStatus));
    if (!e.errorCode.isEmpty())
        console.err(tr("Error code: %1").arg(e.errorCode));
    if (!e.errorMsg.isEmpty())
        console.err(tr("Message: %1").arg(e.errorMsg));
    if (!e.errorParam.isEmpty())
        console.err(tr("Parameters: %1").arg(e.errorParam.join(u", "_s)));
    for (const ErrorDetail &d : e.details)
        console.err(tr("Detail: %1 %2").arg(d.code, d.message));
    if (!e.technicalDetail.isEmpty())
        console.err(tr("Detail: %1").arg(e.technicalDetail));
    if (!e.redirectLocation.isEmpty())
        console.err(tr("Redirected to: %1").arg(e.redirectLocation));
    if (!e.requestId.isEmpty())
        console.err(tr("Request id: %1").arg(e.requestId));
    if (e.clockSkewSeconds)
        console.err(tr("Clock skew: %1 s (this computer minus the server)").arg(*e.clockSkewSeconds));
    if (!e.encodedAuthorizationMessage.isEmpty())
        console.err(tr("Encoded authorization message (%1 characters; decode it with STS): %2")
                        .arg(e.encodedAuthorizationMessage.size())
                        .arg(e.encodedAuthorizationMessage));
    if (!e.gatewayCanonicalRequest.isEmpty()) {
        console.err(tr("The gateway's canonical request:"));
        console.err(e.gatewayCanonicalRequest);
    }
    if (!e.hint.isEmpty())
        console.err(tr("Hint: %1").arg(e.hint));
}

void ReportPrinter::printDryRun(Console &console, const ExportOutcome &outcome)
{
    const RequestRecord &r = outcome.request;
    console.note(tr("Dry run: nothing was sent. The signed request (signature and tokens redacted):"));
    if (!outcome.curlCommand.isEmpty()) {
        console.out(outcome.curlCommand);
    } else {
        console.out(QString::fromUtf8(r.method) + u' ' + r.url);
        for (const auto &[name, value] : r.headers)
            console.out(QString::fromUtf8(name) + u": "_s + QString::fromUtf8(value));
        console.out(QString());
        console.out(QString::fromUtf8(r.body));
    }
    if (!r.canonicalRequest.isEmpty()) {
        console.out(QString());
        console.out(tr("Canonical request:"));
        console.out(QString::fromUtf8(r.canonicalRequest));
        console.out(QString());
        console.out(tr("String to sign:"));
        console.out(QString::fromUtf8(r.stringToSign));
    }
}

} // namespace smsc::cli
