// SPDX-License-Identifier: GPL-3.0-or-later
#include "doctor/steps/ClockStep.h"

#include "clock/ClockSkew.h"
#include "doctor/DoctorContext.h"
#include "export/ExportRequestBuilder.h"
#include "http/ApiCall.h"
#include "http/HttpDate.h"

using namespace Qt::StringLiterals;

namespace smsc {

ClockStep::ClockStep(DoctorContext *context, QObject *parent)
    : DoctorStep(DoctorCheckId::Clock, context, parent)
{
}

ClockStep::~ClockStep()
{
    if (m_call)
        m_call->cancel();
}

DoctorVerdict ClockStep::verdictFor(qint64 signingSkewSeconds)
{
    const qint64 size = std::llabs(signingSkewSeconds);
    if (size > kSignatureWindowSeconds)
        return DoctorVerdict::Failed;
    if (size > ClockSkew::kWarnSeconds)
        return DoctorVerdict::Warning;
    return DoctorVerdict::Ok;
}

QString ClockStep::signedSeconds(qint64 seconds)
{
    return seconds > 0 ? tr("+%1 s").arg(seconds) : tr("%1 s").arg(seconds);
}

void ClockStep::start()
{
    const QList<DoctorHost> &hosts = m_context->hosts;
    // The SMS host first: its gateway checks the signatures of the export.
    const auto usable = [](const DoctorHost &h) { return h.connected && !h.tlsFailed; };
    auto host = std::find_if(hosts.cbegin(), hosts.cend(), [&](const DoctorHost &h) { return usable(h) && h.hasRole(u"SMS"_s); });
    if (host == hosts.cend())
        host = std::find_if(hosts.cbegin(), hosts.cend(), usable);
    if (!m_context->configurationUsable || host == hosts.cend())
        return skip(tr("no host was reached (see Connection and TLS)"));
    const QUrl base = host->url;
    m_base = base;
    auto factory = [base] { return ExportRequestBuilder::requestFor(QByteArrayLiteral("GET"), base, u"/"_s); };
    TransportOptions transport = m_context->profile.transport;
    transport.retryTransient = false;
    m_call = new ApiCall(m_context->network, factory, transport, this);
    m_call->setClock(m_context->localClock);
    connect(m_call, &ApiCall::finished, this, &ClockStep::onFinished);
    m_call->start();
}

void ClockStep::onFinished(const ApiResult &result)
{
    m_call->deleteLater();
    const QByteArray date = result.header(QByteArrayLiteral("Date"));
    const std::optional<qint64> skew = HttpDate::clockSkew(date, m_context->localClock());
    DoctorCheck check = blank();
    if (!skew) {
        check.verdict = result.httpStatus == 0 ? DoctorVerdict::Failed : DoctorVerdict::Warning;
        check.figure = result.httpStatus == 0 ? tr("no answer: %1").arg(result.error.headline)
                                              : tr("the service sent no readable Date header");
        check.fix = result.httpStatus == 0 ? tr("See the connection and TLS checks above.")
                                           : tr("Make sure this computer's clock is set automatically (NTP).");
        return finish(check);
    }
    const qint64 offset = m_context->offset.seconds();
    const qint64 signing = *skew + offset;
    check.verdict = verdictFor(signing);
    check.figure = offset == 0 ? tr("skew %1").arg(signedSeconds(*skew))
                               : tr("skew %1, %2 with the clock offset %3")
                                     .arg(signedSeconds(*skew), signedSeconds(signing), signedSeconds(offset));
    check.detail = tr("Server time (Date header): %1\nThis computer: %2\nMeasured against %3")
                       .arg(HttpDate::parse(date).toString(Qt::ISODate), m_context->localClock().toString(Qt::ISODate),
                            m_base.toString());
    if (check.verdict != DoctorVerdict::Ok) {
        check.detail += u'\n' + ClockSkew::warningText(*skew);
        check.fix = tr("Set this computer's clock (turn on automatic time, NTP), or sign with the server's time: "
                       "--clock-offset %1 (or --clock-offset auto).").arg(-*skew);
    }
    const bool signs = !m_context->credentials || m_context->credentials->mode != AuthMode::IamToken;
    if (check.verdict == DoctorVerdict::Failed && signs && m_context->signedBlocked.isEmpty())
        m_context->signedBlocked = tr("the clock is more than 15 minutes off: the gateway would refuse every "
                                      "signature (see Clock)");
    finish(check);
}

} // namespace smsc
