// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/AccountCommandSupport.h"

#include "clock/ClockRetry.h"
#include "clock/ClockSkew.h"
#include "output/Console.h"
#include "output/JsonReport.h"
#include "output/ReportPrinter.h"
#include "signing/CanonicalRequestDiff.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace smsc::cli {

namespace {

constexpr qint64 kMaxOffsetSeconds = 7 * 24 * 3600;

ExportOutcome outcomeOf(const ApiError &error, const ExchangeRecord &exchange)
{
    ExportOutcome outcome;
    outcome.error = error;
    outcome.httpStatus = error.httpStatus;
    outcome.requestId = error.requestId.isEmpty() ? exchange.requestId : error.requestId;
    outcome.request = exchange.request;
    outcome.endpoint = exchange.endpoint;
    return outcome;
}

} // namespace

QCommandLineOption AccountCommandSupport::clockOffsetOption()
{
    return QCommandLineOption(u"clock-offset"_s,
                              tr("Correct a wrong local clock: \"auto\" retries once with the measured offset "
                                 "when the signature is rejected as expired; a number adds that many seconds "
                                 "to the signing time."),
                              u"auto|SECONDS"_s);
}

ClockOffsetChoice AccountCommandSupport::clockOffset(const QString &value)
{
    ClockOffsetChoice choice;
    const QString v = value.trimmed();
    if (v.isEmpty())
        return choice;
    if (v.compare(u"auto", Qt::CaseInsensitive) == 0) {
        choice.automatic = true;
        return choice;
    }
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (!ok || seconds < -kMaxOffsetSeconds || seconds > kMaxOffsetSeconds)
        choice.error = tr("--clock-offset takes \"auto\" or a number of seconds (at most a week either way), "
                          "not \"%1\".").arg(value);
    else
        choice.fixed = ClockOffset(seconds);
    return choice;
}

QString AccountCommandSupport::comparisonText(const ApiError &error, const ExchangeRecord &exchange)
{
    if (error.gatewayCanonicalRequest.isEmpty() || exchange.request.canonicalRequest.isEmpty())
        return {};
    return CanonicalRequestDiff::toText(CanonicalRequestDiff::compare(
        error.gatewayCanonicalRequest, QString::fromUtf8(exchange.request.canonicalRequest),
        QString::fromUtf8(exchange.request.stringToSign)));
}

void AccountCommandSupport::announceClockRetry(Console &console, const ApiError &error, const ClockOffset &offset)
{
    if (error.clockSkewSeconds)
        console.note(ClockSkew::warningText(*error.clockSkewSeconds));
    console.note(tr("Retrying once with the signing time moved by %1 seconds.").arg(offset.seconds()));
}

void AccountCommandSupport::reportFailure(Console &console, bool json, const ApiError &error,
                                          const ExchangeRecord &exchange)
{
    if (json)
        console.outRaw(JsonReport::toBytes(jsonFailure(error, exchange)));
    printFailure(console, error, exchange);
}

void AccountCommandSupport::printFailure(Console &console, const ApiError &error, const ExchangeRecord &exchange)
{
    ReportPrinter::printFailure(console, outcomeOf(error, exchange));
    printDiagnosis(console, error, exchange);
}

void AccountCommandSupport::printDiagnosis(Console &console, const ApiError &error, const ExchangeRecord &exchange)
{
    const QString comparison = comparisonText(error, exchange);
    if (!comparison.isEmpty())
        console.errRaw(comparison.toUtf8());
    if (ClockRetry::offsetFor(error))
        console.err(tr("The clock is off: run the command again with --clock-offset auto to sign with the "
                       "measured offset."));
}

QJsonObject AccountCommandSupport::jsonFailure(const ApiError &error, const ExchangeRecord &exchange)
{
    QJsonObject report = JsonReport::fromOutcome(outcomeOf(error, exchange));
    if (!error.gatewayCanonicalRequest.isEmpty() && !exchange.request.canonicalRequest.isEmpty()) {
        const CanonicalComparison c = CanonicalRequestDiff::compare(
            error.gatewayCanonicalRequest, QString::fromUtf8(exchange.request.canonicalRequest));
        report.insert(u"canonical_request_comparison"_s,
                      QJsonObject{{u"first_differing_line"_s, c.firstDifference < 0 ? QJsonValue() : QJsonValue(c.firstDifference + 1)},
                                  {u"cause"_s, CanonicalRequestDiff::causeId(c.cause)},
                                  {u"cause_text"_s, c.causeText},
                                  {u"header"_s, c.headerName}});
    }
    return report;
}

} // namespace smsc::cli
