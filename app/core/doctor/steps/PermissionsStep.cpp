// SPDX-License-Identifier: GPL-3.0-or-later
#include "doctor/steps/PermissionsStep.h"

#include "account/AccountListParser.h"
#include "account/StsClient.h"
#include "account/StsParser.h"
#include "doctor/DoctorContext.h"
#include "doctor/DoctorPolicy.h"
#include "doctor/steps/CredentialsStep.h"
#include "export/ExportRequestBuilder.h"
#include "http/ApiCall.h"
#include "util/UntrustedText.h"

using namespace Qt::StringLiterals;

namespace smsc {

PermissionsStep::PermissionsStep(DoctorContext *context, QObject *parent)
    : DoctorStep(DoctorCheckId::Permissions, context, parent)
    , m_check(DoctorCheck::make(DoctorCheckId::Permissions))
{
}

PermissionsStep::~PermissionsStep()
{
    if (m_call)
        m_call->cancel();
    if (m_sts)
        m_sts->cancel();
}

void PermissionsStep::start()
{
    DoctorContext &c = *m_context;
    if (!c.signedBlocked.isEmpty() || !c.configurationUsable) {
        m_check.verdict = DoctorVerdict::Skipped;
        m_check.figure = c.configurationUsable ? c.signedBlocked : tr("no endpoint (see Configuration)");
        return finishWith({});
    }
    if (!c.reachable(u"SMS"_s)) {
        m_check.verdict = DoctorVerdict::Skipped;
        m_check.figure = tr("SMS was not reached (see Connection and TLS)");
        return finishWith({});
    }
    const QUrl base = c.endpoints.sms;
    const Profile profile = c.profile;
    const QString accountId = c.accountIdForScope();
    const Credentials credentials = *c.credentials;
    const auto clock = c.signingClock();
    auto factory = [=] {
        HttpRequest request = ExportRequestBuilder::getRequest(base, u"/v3/sources"_s, AccountListParser::serverQuery({}, 1, 0));
        // The same scope header as the export (docs/SERVICE.md "Scope header").
        if (profile.scopeHeader == ScopeHeader::ProjectId) {
            if (!profile.projectId.trimmed().isEmpty())
                request.setHeader(QByteArrayLiteral("X-Project-Id"), profile.projectId.trimmed().toUtf8());
        } else if (!accountId.isEmpty()) {
            request.setHeader(QByteArrayLiteral("X-Domain-Id"), accountId.toUtf8());
        }
        return ExportRequestBuilder::authorize(request, credentials, clock()).request;
    };
    TransportOptions transport = c.profile.transport;
    transport.retryTransient = false;
    m_call = new ApiCall(c.network, factory, transport, this);
    connect(m_call, &ApiCall::finished, this, &PermissionsStep::onListed);
    m_call->start();
}

void PermissionsStep::onListed(const ApiResult &result)
{
    m_call->deleteLater();
    const QString action = DoctorPolicy::listAction();
    const ApiError &e = result.error;
    if (result.ok()) {
        m_check.verdict = DoctorVerdict::Ok;
        m_check.figure = tr("allowed: %1 (GET /v3/sources)").arg(action);
        return finishWith({});
    }
    m_check.verdict = DoctorVerdict::Failed;
    QStringList lines{e.headline, e.errorMsg};
    if (!e.requestId.isEmpty())
        lines << tr("Request id: %1").arg(e.requestId);
    if (e.kind == ErrorKind::Authentication) {
        m_check.figure = tr("the list call was refused (%1)").arg(e.errorCode);
        m_check.fix = tr("The gateway refused the request: check the key and the scope header's id (see Account id). %1")
                          .arg(CredentialsStep::rejectedKeyFix());
        m_context->signedBlocked = CredentialsStep::rejectedKeyBlock();
        return finishWith(lines);
    }
    if (e.kind != ErrorKind::Permission) {
        m_check.figure = e.headline;
        m_check.fix = e.hint;
        return finishWith(lines);
    }
    m_check.figure = tr("denied: %1 (%2)").arg(action, e.errorCode);
    m_check.fix = tr("Ask an administrator to grant %1 (needed to pick servers from the account) and the two "
                     "actions of the export, e.g. with the custom policy below.").arg(action);
    if (e.encodedAuthorizationMessage.isEmpty() || !m_context->endpoints.sts.isValid()
        || m_context->endpoints.sts.isEmpty()) {
        return finishWith(lines);
    }
    m_check.detail = lines.join(u'\n');
    m_sts = new StsClient(m_context->network, m_context->profile, *m_context->credentials, this);
    m_sts->setClock(m_context->signingClock());
    connect(m_sts, &StsClient::decodeFinished, this, &PermissionsStep::onDecoded);
    m_sts->decode(e.encodedAuthorizationMessage);
}

void PermissionsStep::onDecoded(const DecodeResult &result)
{
    m_sts->deleteLater();
    QStringList lines{m_check.detail};
    if (result.ok()) {
        lines << tr("The denial, decoded by STS:") << StsParser::decisionText(result.decision);
        if (!result.decision.action.isEmpty())
            m_check.figure = tr("denied: %1, decoded: %2").arg(DoctorPolicy::listAction(), result.decision.action);
    } else {
        lines << tr("The encoded authorization message could not be decoded: %1").arg(result.error.headline);
    }
    finishWith(lines);
}

void PermissionsStep::finishWith(QStringList lines)
{
    lines << DoctorPolicy::statement() << QString::fromUtf8(DoctorPolicy::customPolicyJson()).trimmed();
    lines.removeAll(QString());
    m_check.detail = UntrustedText::neutralised(lines.join(u'\n'), UntrustedText::Lines::Keep);
    finish(m_check);
}

} // namespace smsc
