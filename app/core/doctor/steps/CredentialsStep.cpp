// SPDX-License-Identifier: GPL-3.0-or-later
#include "doctor/steps/CredentialsStep.h"

#include "account/StsClient.h"
#include "account/WhoAmIReport.h"
#include "clock/ClockSkew.h"
#include "doctor/DoctorContext.h"
#include "util/UntrustedText.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace smsc {

CredentialsStep::CredentialsStep(DoctorContext *context, QObject *parent)
    : DoctorStep(DoctorCheckId::Credentials, context, parent)
{
}

CredentialsStep::~CredentialsStep()
{
    if (m_client)
        m_client->cancel();
}

QString CredentialsStep::rejectedKeyFix()
{
    return tr("Check the AK and SK (or the token) against the console, and that the key is enabled. The gateway "
              "locks a key after 5 failed attempts: the doctor sent it once and sends it no more.");
}

QString CredentialsStep::rejectedKeyBlock()
{
    return tr("the key was rejected (see Credentials accepted): it is not sent again");
}

void CredentialsStep::start()
{
    DoctorContext &c = *m_context;
    if (!c.signedBlocked.isEmpty())
        return skip(c.signedBlocked);
    if (!c.configurationUsable)
        return skip(tr("no endpoint (see Configuration)"));
    if (c.endpoints.sts.isEmpty())
        return skip(tr("no STS endpoint for this region"), EndpointCatalogue::noStsEndpointMessage(c.endpoints.regionId));
    if (!c.reachable(u"STS"_s))
        return skip(tr("STS was not reached (see Connection and TLS)"));
    m_client = new StsClient(c.network, c.profile, *c.credentials, this);
    m_client->setClock(c.signingClock());
    connect(m_client, &StsClient::callerIdentityFinished, this, &CredentialsStep::onFinished);
    m_client->callerIdentity();
}

void CredentialsStep::onFinished(const CallerIdentityResult &result)
{
    m_client->deleteLater();
    DoctorContext &c = *m_context;
    DoctorCheck check = blank();
    const ApiError &e = result.error;
    if (result.ok()) {
        const WhoAmIReport who = WhoAmIReport::from(result, c.profile, c.profile.domainId);
        c.callerAccountId = who.accountId;
        check.verdict = DoctorVerdict::Ok;
        const QString kind = who.principalKind == PrincipalKind::Agency ? tr("agency %1").arg(who.principalName)
                           : who.principalKind == PrincipalKind::User   ? tr("user %1").arg(who.principalName)
                                                                        : tr("principal %1").arg(who.principalUrn);
        check.figure = tr("account %1, %2").arg(who.accountId, kind);
        QStringList lines{tr("Principal URN: %1").arg(who.principalUrn), tr("Principal id: %1").arg(who.principalId)};
        switch (c.credentials->mode) {
        case AuthMode::AkSk:
            lines << tr("Key: permanent access key");
            break;
        case AuthMode::TemporaryAkSk:
            lines << tr("Key: temporary access key with a security token; caller-identity does not say when it "
                        "expires");
            break;
        case AuthMode::IamToken:
            lines << tr("Key: IAM token (valid for 24 hours from when it was issued)");
            break;
        }
        lines << tr("STS endpoint: %1").arg(result.endpoint);
        check.detail = UntrustedText::neutralised(lines.join(u'\n'), UntrustedText::Lines::Keep);
        return finish(check);
    }
    check.verdict = DoctorVerdict::Failed;
    check.detail = QStringList{e.headline, e.errorCode, e.errorMsg, e.requestId.isEmpty() ? QString() : tr("Request id: %1").arg(e.requestId)}
                       .filter(QRegularExpression(u"."_s))
                       .join(u'\n');
    if (e.kind == ErrorKind::Authentication) {
        if (ClockSkew::isSignatureExpired(e)) {
            check.figure = tr("signature refused: this computer's clock is off (%1)").arg(e.errorCode);
            check.fix = tr("Correct the clock (see Clock) or use --clock-offset.");
        } else {
            check.figure = tr("key rejected (%1)").arg(e.errorCode.isEmpty() ? tr("HTTP %1").arg(e.httpStatus) : e.errorCode);
            check.fix = rejectedKeyFix();
        }
        c.signedBlocked = rejectedKeyBlock();
    } else if (e.kind == ErrorKind::Permission) {
        check.verdict = DoctorVerdict::Warning;  // the key was accepted; only this STS action is not allowed
        check.figure = tr("key accepted, but STS caller-identity is not allowed (%1)").arg(e.errorCode);
        check.fix = e.hint;
    } else {
        check.figure = e.headline;
        check.fix = e.hint.isEmpty() ? tr("See the checks above; try again when the service is reachable.") : e.hint;
    }
    finish(check);
}

} // namespace smsc
