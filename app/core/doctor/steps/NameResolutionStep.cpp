// SPDX-License-Identifier: GPL-3.0-or-later
#include "doctor/steps/NameResolutionStep.h"

#include "doctor/DoctorContext.h"

using namespace Qt::StringLiterals;

namespace smsc {

NameResolutionStep::NameResolutionStep(DoctorContext *context, QObject *parent)
    : DoctorStep(DoctorCheckId::NameResolution, context, parent)
{
}

NameResolutionStep::~NameResolutionStep()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

void NameResolutionStep::start()
{
    if (!m_context->configurationUsable || m_context->hosts.isEmpty())
        return skip(tr("no endpoint to look up (see Configuration)"));
    lookupNext();
}

void NameResolutionStep::lookupNext()
{
    if (m_index >= m_context->hosts.size()) {
        DoctorCheck check = blank();
        check.detail = m_lines.join(u'\n');
        if (!m_failed.isEmpty()) {
            check.verdict = DoctorVerdict::Failed;
            check.figure = tr("%1 not found").arg(m_failed.join(u", "_s));
            check.fix = tr("Check the endpoint's spelling, this computer's DNS settings and network, or set the "
                           "proxy your network requires.");
        } else {
            check.verdict = m_viaProxy.isEmpty() ? DoctorVerdict::Ok : DoctorVerdict::Warning;
            check.figure = tr("%n address(es), %1 ms", nullptr, m_addresses).arg(m_totalMs);
            if (!m_viaProxy.isEmpty())
                check.fix = tr("%1 did not resolve here; the proxy has to resolve it.").arg(m_viaProxy.join(u", "_s));
        }
        return finish(check);
    }
    m_timer.start();
    m_lookupId = QHostInfo::lookupHost(m_context->hosts.at(m_index).host, this, &NameResolutionStep::onLookedUp);
}

void NameResolutionStep::onLookedUp(const QHostInfo &info)
{
    m_lookupId = -1;
    const qint64 ms = m_timer.elapsed();
    m_totalMs += ms;
    DoctorHost &host = m_context->hosts[m_index++];
    const QString who = tr("%1 (%2)").arg(host.host, host.roles.join(u", "_s));
    if (info.error() == QHostInfo::NoError && !info.addresses().isEmpty()) {
        host.resolved = true;
        QStringList addresses;
        for (const QHostAddress &a : info.addresses())
            addresses << a.toString();
        m_addresses += int(addresses.size());
        m_lines << tr("%1: %2 in %3 ms").arg(who, addresses.join(u", "_s)).arg(ms);
    } else {
        const std::optional<QNetworkProxy> proxy = m_context->proxyFor(host.url);
        const bool viaProxy = proxy && proxy->type() != QNetworkProxy::NoProxy;
        host.resolved = viaProxy;  // the proxy is asked for the name, not this computer
        (viaProxy ? m_viaProxy : m_failed) << host.host;
        m_lines << tr("%1: not found after %2 ms (%3)").arg(who).arg(ms).arg(info.errorString());
    }
    lookupNext();
}

} // namespace smsc
