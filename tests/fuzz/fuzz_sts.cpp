// SPDX-License-Identifier: GPL-3.0-or-later
// STS answers (decode-authorization-message, caller-identity), the IAM domain and project lists, and the text
// `decode` reads (a message, or a 403 answer carrying one). The same bytes go through each reader.
#include "FuzzSupport.h"

#include "account/AccountIdResolver.h"
#include "account/ProjectIdResolver.h"
#include "account/StsClient.h"
#include "account/StsParser.h"
#include "account/WhoAmIReport.h"
#include "commands/DecodeCommand.h"
#include "profile/Profile.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace smsc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray body = fuzz::bytes(data, size);

    const AuthorizationDecision decision = StsParser::parseDecision(body);
    SMSC_FUZZ_CHECK(!StsParser::decisionText(decision).isEmpty());
    if (decision.verdict == AuthorizationDecision::Verdict::Allow)
        SMSC_FUZZ_CHECK(!decision.explicitDeny);

    CallerIdentityResult caller;
    caller.identity = StsParser::parseCallerIdentity(body);
    SMSC_FUZZ_CHECK(caller.identity.accountId.isEmpty() != caller.identity.problem.isEmpty());
    caller.endpoint = u"https://sts.example.com"_s;
    caller.serverDate = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
    const WhoAmIReport report = WhoAmIReport::from(caller, Profile{}, caller.identity.accountId);
    SMSC_FUZZ_CHECK(!report.toText().isEmpty());
    SMSC_FUZZ_CHECK(!report.toJson().isEmpty());

    QString name;
    const PrincipalKind kind = WhoAmIReport::principalKindOf(QString::fromUtf8(body), &name);
    if (kind == PrincipalKind::Unknown)
        SMSC_FUZZ_CHECK(name.isEmpty());

    std::ignore = AccountIdResolver::domainIdFromIam(body);
    std::ignore = AccountIdResolver::accountIdFromSts(body);
    const ProjectLookup project = ProjectIdResolver::projectFromIam(body, u"cn-north-4"_s);
    SMSC_FUZZ_CHECK((project.status == ProjectLookup::Status::Found) == (project.projectId.size() == 32));

    const QString message = cli::DecodeCommand::messageFrom(body);
    SMSC_FUZZ_CHECK(message == message.trimmed());
    const QString problem = StsParser::checkEncodedMessage(message);
    SMSC_FUZZ_CHECK(problem.isEmpty() == (message.size() >= 1 && message.size() <= StsParser::kMaxEncodedChars));
    const AuthorizationDecision sent = StsParser::parseDecision(StsParser::decodeRequestBody(message));
    SMSC_FUZZ_CHECK(sent.verdict == AuthorizationDecision::Verdict::Unknown);
    std::ignore = StsParser::actionNamedIn(QString::fromUtf8(body));
    return 0;
}
