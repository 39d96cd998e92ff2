// SPDX-License-Identifier: GPL-3.0-or-later
#include "doctor/steps/AccountIdStep.h"

#include "account/AccountIdResolver.h"
#include "doctor/DoctorContext.h"
#include "doctor/steps/CredentialsStep.h"

using namespace Qt::StringLiterals;

namespace smsc {

AccountIdStep::AccountIdStep(DoctorContext *context, QObject *parent)
    : DoctorStep(DoctorCheckId::AccountId, context, parent)
{
}

AccountIdStep::~AccountIdStep()
{
    if (m_resolver)
        m_resolver->cancel();
}

void AccountIdStep::start()
{
    DoctorContext &c = *m_context;
    if (!c.signedBlocked.isEmpty())
        return skip(c.signedBlocked);
    if (!c.configurationUsable)
        return skip(tr("no endpoint (see Configuration)"));
    if (!c.reachable(u"IAM"_s) && !c.reachable(u"STS"_s))
        return skip(tr("neither IAM nor STS was reached (see Connection and TLS)"));
    m_resolver = new AccountIdResolver(c.network, c.endpoints, *c.credentials, c.profile.transport, this);
    m_resolver->setClock(c.signingClock());
    connect(m_resolver, &AccountIdResolver::finished, this, &AccountIdStep::onFinished);
    m_resolver->start();
}

void AccountIdStep::onFinished(const AccountIdResult &result)
{
    m_resolver->deleteLater();
    DoctorContext &c = *m_context;
    DoctorCheck check = blank();
    const QString configured = c.profile.domainId.trimmed();
    const bool needed = c.profile.scopeHeader == ScopeHeader::DomainId;
    if (!result.ok()) {
        const ApiError &e = result.error;
        check.detail = QStringList{e.headline, e.errorMsg}.join(u'\n').trimmed();
        if (e.kind == ErrorKind::Authentication) {
            check.verdict = DoctorVerdict::Failed;
            check.figure = tr("key rejected (%1)").arg(e.errorCode);
            check.fix = CredentialsStep::rejectedKeyFix();
            c.signedBlocked = CredentialsStep::rejectedKeyBlock();
            return finish(check);
        }
        // Without a configured id the export must resolve it too, and would fail the same way.
        check.verdict = configured.isEmpty() && needed ? DoctorVerdict::Failed : DoctorVerdict::Warning;
        check.figure = configured.isEmpty() ? tr("could not be resolved: %1").arg(e.headline)
                                            : tr("%1 configured, could not be confirmed").arg(configured);
        check.fix = configured.isEmpty() ? tr("Enter the account id in the profile (My Credentials in the console "
                                              "shows it), or allow the user to read it (IAM, or STS caller-identity).")
                                         : e.hint;
        return finish(check);
    }
    c.resolvedAccountId = result.accountId;
    const QString source = result.source == AccountIdSource::Iam   ? tr("IAM")
                         : result.source == AccountIdSource::Sts   ? tr("STS")
                         : result.source == AccountIdSource::Cache ? tr("cache")
                                                                   : QString();
    check.detail = tr("Resolved through %1: %2").arg(source, result.accountId);
    if (configured.isEmpty()) {
        check.verdict = DoctorVerdict::Ok;
        check.figure = tr("%1 (none configured: resolved through %2)").arg(result.accountId, source);
    } else if (configured.compare(result.accountId, Qt::CaseInsensitive) == 0) {
        check.verdict = DoctorVerdict::Ok;
        check.figure = tr("%1, as configured").arg(configured);
    } else {
        check.verdict = DoctorVerdict::Failed;
        check.figure = tr("configured %1, but the keys belong to %2").arg(configured, result.accountId);
        check.fix = tr("Correct the account id in the profile (or --domain-id) to %1, or leave it empty so that "
                       "it is resolved.").arg(result.accountId);
    }
    finish(check);
}

} // namespace smsc
