// SPDX-License-Identifier: GPL-3.0-or-later
#include "doctor/DoctorRun.h"

#include "doctor/DoctorContext.h"
#include "doctor/DoctorStep.h"
#include "doctor/steps/AccountIdStep.h"
#include "doctor/steps/ClockStep.h"
#include "doctor/steps/ConfigurationStep.h"
#include "doctor/steps/ConnectionStep.h"
#include "doctor/steps/CredentialsStep.h"
#include "doctor/steps/NameResolutionStep.h"
#include "doctor/steps/PermissionsStep.h"
#include "doctor/steps/TlsStep.h"
#include "redaction/SecretScrubber.h"
#include "util/UntrustedText.h"

#include <QNetworkAccessManager>

namespace smsc {

DoctorRun::DoctorRun(QNetworkAccessManager *network, Profile profile, std::optional<Credentials> credentials,
                     QObject *parent)
    : QObject(parent)
    , m_context(std::make_unique<DoctorContext>())
{
    m_context->network = network;
    m_context->profile = std::move(profile);
    m_context->credentials = std::move(credentials);
    m_context->localClock = [] { return QDateTime::currentDateTimeUtc(); };
}

DoctorRun::~DoctorRun()
{
    // Steps (the running one and those awaiting deleteLater) stop their sockets and calls before
    // the context they use goes.
    qDeleteAll(findChildren<DoctorStep *>(Qt::FindDirectChildrenOnly));
}

void DoctorRun::setCredentialsProblem(const QString &reason) { m_context->credentialsProblem = reason; }
void DoctorRun::setClock(std::function<QDateTime()> utcNow) { m_context->localClock = std::move(utcNow); }
void DoctorRun::setClockOffset(const ClockOffset &offset) { m_context->offset = offset; }
bool DoctorRun::isRunning() const { return m_started && !m_finished; }
int DoctorRun::checkCount() { return int(DoctorCheck::order().size()); }

void DoctorRun::start()
{
    if (m_started)
        return;
    m_started = true;
    QMetaObject::invokeMethod(this, &DoctorRun::startNext, Qt::QueuedConnection);
}

void DoctorRun::cancel()
{
    if (!isRunning() || m_next < 0)
        return;
    delete m_step;
    m_next = -1;  // nothing more starts
    QMetaObject::invokeMethod(this, [this] {
        // The running check and those after it end as skipped, each reported like any other.
        const QList<DoctorCheckId> order = DoctorCheck::order();
        for (qsizetype i = m_checks.size(); i < order.size(); ++i) {
            DoctorCheck check = DoctorCheck::make(order.at(i));
            check.figure = tr("cancelled");
            m_checks << check;
            emit checkFinished(check);
        }
        m_finished = true;
        emit finished(m_checks);
    }, Qt::QueuedConnection);
}

DoctorStep *DoctorRun::makeStep(DoctorCheckId id)
{
    DoctorContext *c = m_context.get();
    switch (id) {
    case DoctorCheckId::Configuration:
        return new ConfigurationStep(c, this);
    case DoctorCheckId::NameResolution:
        return new NameResolutionStep(c, this);
    case DoctorCheckId::Connection:
        return new ConnectionStep(c, this);
    case DoctorCheckId::Tls:
        return new TlsStep(c, this);
    case DoctorCheckId::Clock:
        return new ClockStep(c, this);
    case DoctorCheckId::Credentials:
        return new CredentialsStep(c, this);
    case DoctorCheckId::AccountId:
        return new AccountIdStep(c, this);
    case DoctorCheckId::Permissions:
        return new PermissionsStep(c, this);
    }
    return nullptr;
}

void DoctorRun::startNext()
{
    if (m_next < 0 || m_finished)
        return;
    const QList<DoctorCheckId> order = DoctorCheck::order();
    if (m_next >= order.size()) {
        m_finished = true;
        emit finished(m_checks);
        return;
    }
    const int index = m_next++;
    m_step = makeStep(order.at(index));
    connect(m_step, &DoctorStep::finished, this, &DoctorRun::onStepFinished);
    emit checkStarted(index, DoctorCheck::title(order.at(index)));
    m_step->start();
}

void DoctorRun::onStepFinished(DoctorCheck check)
{
    if (m_step) {
        m_step->deleteLater();
        m_step = nullptr;
    }
    check = cleaned(check);
    m_checks << check;
    emit checkFinished(check);
    startNext();
}

DoctorCheck DoctorRun::cleaned(DoctorCheck check) const
{
    // Steps neutralise what they took from the network; this second pass makes sure a new field
    // cannot forget it, and that no secret of the run survives in any text (docs/ARCHITECTURE.md
    // "Text from the network").
    const QStringList secrets = m_context->secrets();
    const auto oneLine = [&](const QString &t) {
        return UntrustedText::neutralised(SecretScrubber::redact(t, secrets), UntrustedText::Lines::Escape);
    };
    const auto lines = [&](const QString &t) {
        return UntrustedText::neutralised(SecretScrubber::redact(t, secrets), UntrustedText::Lines::Keep);
    };
    check.name = oneLine(check.name);
    check.figure = oneLine(check.figure);
    check.detail = lines(check.detail).trimmed();
    check.fix = lines(check.fix).trimmed();
    return check;
}

} // namespace smsc
